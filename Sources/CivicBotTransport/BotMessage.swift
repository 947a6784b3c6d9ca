/// A Bot API `Message`, reduced to the fields the bot reads.
public struct BotMessage: Sendable, Equatable, Decodable {
    /// `message_id`, unique within its chat; the target of `replyTo`.
    public var messageID: Int64
    /// `from`: the sender (absent for channel posts).
    public var from: BotUser?
    /// `chat`: where the message was sent.
    public var chat: BotChat
    /// `sender_chat`: the chat the message was sent on behalf of (the group itself for an
    /// anonymous group admin, whose `from` is then GroupAnonymousBot).
    public var senderChat: BotChat?
    /// `date`: Unix time the message was sent.
    public var date: Int64?
    /// `text`, absent for stickers, photos and the like.
    public var text: String?
    /// `entities`: mentions, commands, links inside `text` (offsets in UTF-16 units).
    public var entities: [BotMessageEntity]
    /// True when the message was forwarded: `forward_origin` is present, or one of the legacy
    /// `forward_from`, `forward_from_chat`, `forward_sender_name`, `forward_date`.
    public var isForwarded: Bool
    private var reply: ReplyBox?

    /// `reply_to_message`: the message this one answers (Telegram never nests it further).
    public var replyToMessage: BotMessage? {
        get { reply?.message }
        set { reply = newValue.map { .message($0) } }
    }

    /// Creates a message value (tests and fakes; the client decodes them).
    public init(
        messageID: Int64, from: BotUser?, chat: BotChat, date: Int64? = nil, text: String?,
        entities: [BotMessageEntity] = [], replyToMessage: BotMessage? = nil, isForwarded: Bool = false, senderChat: BotChat? = nil
    ) {
        self.messageID = messageID
        self.from = from
        self.chat = chat
        self.senderChat = senderChat
        self.date = date
        self.text = text
        self.entities = entities
        self.isForwarded = isForwarded
        self.reply = replyToMessage.map { .message($0) }
    }

    /// Decodes the Bot API JSON shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messageID = try container.decode(Int64.self, forKey: .messageID)
        from = try container.decodeIfPresent(BotUser.self, forKey: .from)
        chat = try container.decode(BotChat.self, forKey: .chat)
        senderChat = try container.decodeIfPresent(BotChat.self, forKey: .senderChat)
        date = try container.decodeIfPresent(Int64.self, forKey: .date)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        entities = try container.decodeIfPresent([BotMessageEntity].self, forKey: .entities) ?? []
        isForwarded = [.forwardOrigin, .forwardFrom, .forwardFromChat, .forwardSenderName, .forwardDate].contains { container.contains($0) }
        reply = try container.decodeIfPresent(BotMessage.self, forKey: .replyToMessage).map { .message($0) }
    }

    private enum CodingKeys: String, CodingKey {
        case messageID = "message_id"
        case from, chat, date, text, entities
        case senderChat = "sender_chat"
        case replyToMessage = "reply_to_message"
        case forwardOrigin = "forward_origin", forwardFrom = "forward_from", forwardFromChat = "forward_from_chat"
        case forwardSenderName = "forward_sender_name", forwardDate = "forward_date"
    }

    /// Heap box that lets a message hold the message it replies to.
    private indirect enum ReplyBox: Sendable, Equatable {
        case message(BotMessage)

        /// The boxed message.
        var message: BotMessage {
            switch self { case .message(let message): return message }
        }
    }
}
