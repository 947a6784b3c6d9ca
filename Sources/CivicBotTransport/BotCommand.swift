/// A Bot API `BotCommand`: one line of the `/` menu.
public struct BotCommand: Sendable, Equatable, Codable {
    /// Without `/`: 1-32 of a-z, 0-9 and _.
    public var command: String
    /// 1-256 characters.
    public var description: String

    /// Makes a menu line.
    public init(command: String, description: String) {
        self.command = command
        self.description = description
    }
}

/// What `getMe` tells the bot about itself.
public struct BotIdentity: Sendable, Equatable {
    /// The username, without `@`.
    public var username: String
    /// `can_read_all_group_messages`: false in privacy mode (the default for a new bot), when groups
    /// deliver only commands, replies to the bot and mentions.
    public var readsAllGroupMessages: Bool

    /// Makes an identity.
    public init(username: String, readsAllGroupMessages: Bool) {
        self.username = username
        self.readsAllGroupMessages = readsAllGroupMessages
    }
}
