/// The kind of chat a message comes from.
public enum ChatType: String, Sendable, Codable, Equatable {
    /// One person and the bot.
    case `private`
    /// A group or supergroup: the bot speaks only when it should.
    case group
}

/// A message as any transport hands it to the bot.
public struct Message: Sendable, Equatable {
    /// The text as typed.
    public var text: String
    /// Numeric id of the sender (roles go by this, never by username).
    public var userID: Int64
    /// Numeric id of the chat.
    public var chatID: Int64
    /// Private or group.
    public var chatType: ChatType
    /// Sender's username, if any.
    public var username: String?
    /// True when the message replies to one of the bot's messages.
    public var repliesToBot: Bool
    /// True when the message was forwarded from someone else: it is never a command.
    public var isForwarded: Bool
    /// The platform it came from.
    public var platform: Platform
    /// The sender's id on a platform whose ids are not numbers (LINE's `U…`); nil on Telegram and
    /// the console. `userID` is then 0, which is never an admin: roles go by Telegram ids only.
    public var platformUserID: String?
    /// True when the platform itself marks the bot as mentioned (LINE's `mentionees[].isSelf`),
    /// whatever the mention's text: it addresses the bot as an `@username` does on Telegram.
    public var mentionsBot: Bool

    /// Makes a message.
    public init(text: String, userID: Int64, chatID: Int64, chatType: ChatType, username: String? = nil, repliesToBot: Bool = false,
                isForwarded: Bool = false, platform: Platform = .telegram, platformUserID: String? = nil, mentionsBot: Bool = false) {
        self.text = text
        self.userID = userID
        self.chatID = chatID
        self.chatType = chatType
        self.username = username
        self.repliesToBot = repliesToBot
        self.isForwarded = isForwarded
        self.platform = platform
        self.platformUserID = platformUserID
        self.mentionsBot = mentionsBot
    }
}

/// What the bot decided for a message: the intent and slots, and the text to send or nil for silence.
public struct Reply: Sendable, Equatable {
    /// Intent id.
    public var intent: IntentID
    /// Slot values.
    public var slots: [String: String]
    /// Text to send, or nil when the bot stays silent.
    public var text: String?
    /// The language of the message it answers, and of `text` (admin replies are Thai whatever it is).
    public var language: Language

    /// Makes a reply.
    public init(intent: IntentID, slots: [String: String], text: String?, language: Language = .thai) {
        self.intent = intent
        self.slots = slots
        self.text = text
        self.language = language
    }
}
