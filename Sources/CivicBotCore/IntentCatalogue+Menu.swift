/// One line of Telegram's `/` menu: a command and the Thai words shown beside it.
public struct MenuCommand: Sendable, Equatable, Codable {
    /// The command without `/` (a-z, 0-9, _).
    public let command: String
    /// What the menu shows (1-256 characters).
    public let description: String

    /// Makes a menu line.
    public init(command: String, description: String) {
        self.command = command
        self.description = description
    }
}

extension IntentCatalogue {
    /// The `/` menu: the first command of every intent with a `menu:` line, `help` first, then by
    /// intent id. Data from Intents/; `serve` sends it with `setMyCommands` when it differs.
    public var commandMenu: [MenuCommand] {
        intents.compactMap { intent -> (IntentID, MenuCommand)? in
            guard let menu = intent.menu, let command = intent.commands.first else { return nil }
            return (intent.id, MenuCommand(command: command, description: menu.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        .sorted { a, b in a.0 == .help ? b.0 != .help : (b.0 == .help ? false : a.0 < b.0) }
        .map(\.1)
    }
}
