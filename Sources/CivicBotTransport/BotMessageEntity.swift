/// A Bot API `MessageEntity`: a typed span of the message text.
public struct BotMessageEntity: Sendable, Equatable, Decodable {
    /// `type`: "mention", "bot_command", "text_mention", "url", ...
    public var type: String
    /// `offset` in UTF-16 code units.
    public var offset: Int
    /// `length` in UTF-16 code units.
    public var length: Int
    /// `user`, for "text_mention" entities.
    public var user: BotUser?

    /// Creates an entity value (tests and fakes; the client decodes them).
    public init(type: String, offset: Int, length: Int, user: BotUser? = nil) {
        self.type = type
        self.offset = offset
        self.length = length
        self.user = user
    }

    /// The slice of `text` this entity covers, or nil if the offsets fall outside it.
    public func substring(of text: String) -> String? {
        let units = text.utf16
        guard offset >= 0, length >= 0, offset + length <= units.count else { return nil }
        let start = units.index(units.startIndex, offsetBy: offset)
        let end = units.index(start, offsetBy: length)
        guard let lower = start.samePosition(in: text), let upper = end.samePosition(in: text) else { return nil }
        return String(text[lower..<upper])
    }
}
