/// A Bot API `Chat`: its id and kind.
public struct BotChat: Sendable, Equatable, Decodable {
    /// `id` (negative for groups).
    public var id: Int64
    /// `type`: "private", "group", "supergroup" or "channel".
    public var type: String
    /// `title` of a group, supergroup or channel.
    public var title: String?

    /// Creates a chat value (tests and fakes; the client decodes them).
    public init(id: Int64, type: String, title: String? = nil) {
        self.id = id
        self.type = type
        self.title = title
    }

    /// Whether the chat is a group or supergroup (group etiquette and flood limits apply).
    public var isGroup: Bool { type == "group" || type == "supergroup" }
}
