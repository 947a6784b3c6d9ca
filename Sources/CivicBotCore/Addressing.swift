/// How a message addresses the bot: a slash command, a mention, or neither.
public struct Addressing: Sendable, Equatable {
    /// The command name without `/` and bot suffix (`help` for `/help@civicbot`), if any.
    public var command: String?
    /// True when the command names another bot (`/help@otherbot`): the message is not ours.
    public var forOtherBot: Bool
    /// True when the text mentions `@ownname`.
    public var mentioned: Bool
    /// The text with the command word and our mention taken out, for understanding.
    public var text: String

    /// Makes an addressing.
    public init(command: String?, forOtherBot: Bool, mentioned: Bool, text: String) {
        self.command = command
        self.forOtherBot = forOtherBot
        self.mentioned = mentioned
        self.text = text
    }

    /// Reads the command and mentions out of `text` for a bot called `botUsername` (no `@`).
    public static func parse(_ text: String, botUsername: String) -> Addressing {
        let own = botUsername.lowercased()
        var body = Substring(text).drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        var command: String?
        var forOtherBot = false
        if body.first == "/" {
            let word = body.prefix { !$0.isWhitespace }
            let parts = word.dropFirst().split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            if let name = parts.first, !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                command = name.lowercased()
                if parts.count == 2, parts[1].lowercased() != own { forOtherBot = true }
                body = body.dropFirst(word.count)
            }
        }
        // Mentions: @civicbot anywhere, any case; only whole usernames (not @civicbot2).
        // Most messages have no "@" at all: skip the search (this runs for every message).
        guard body.utf8.contains(UInt8(ascii: "@")) else {
            return Addressing(command: command, forOtherBot: forOtherBot, mentioned: false, text: String(body))
        }
        var mentioned = false
        var out = ""
        var rest = body[...]
        let marker = "@" + own
        var previous: Character? = nil
        while let range = rest.range(of: marker, options: [.caseInsensitive]) {
            // A whole @name: not inside a longer name (@civicbot2) nor an address (somchai@civicbot.com).
            let after = rest[range.upperBound...].first
            let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : previous
            // Thai text glued to it ("…อะไรอะ@CivicBot", "@CivicBotช่วยหน่อย") is no part of a username or address.
            func joins(_ c: Character) -> Bool { (c.isASCII && (c.isLetter || c.isNumber)) || c == "_" || c == "." }
            let isWhole = !(after.map(joins) ?? false) && !(before.map(joins) ?? false)
            previous = rest[rest.index(before: range.upperBound)]
            out += rest[..<range.lowerBound]
            if isWhole { mentioned = true; out += " " } else { out += rest[range] }
            rest = rest[range.upperBound...]
        }
        out += rest
        return Addressing(command: command, forOtherBot: forOtherBot, mentioned: mentioned, text: out)
    }
}
