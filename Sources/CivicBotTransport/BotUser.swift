/// A Bot API `User`: a person or a bot.
public struct BotUser: Sendable, Equatable, Decodable {
    /// `id`, stable per user.
    public var id: Int64
    /// `is_bot`.
    public var isBot: Bool
    /// `first_name`.
    public var firstName: String
    /// `username` without the `@`, if the user has one.
    public var username: String?
    /// `can_read_all_group_messages` (getMe only): false when the bot is in privacy mode, and then
    /// receives in groups only commands, replies to it and mentions.
    public var canReadAllGroupMessages: Bool?

    /// Creates a user value (tests and fakes; the client decodes them).
    public init(id: Int64, isBot: Bool = false, firstName: String, username: String? = nil, canReadAllGroupMessages: Bool? = nil) {
        self.id = id
        self.isBot = isBot
        self.firstName = firstName
        self.username = username
        self.canReadAllGroupMessages = canReadAllGroupMessages
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case isBot = "is_bot"
        case firstName = "first_name"
        case username
        case canReadAllGroupMessages = "can_read_all_group_messages"
    }
}
