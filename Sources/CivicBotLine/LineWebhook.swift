import Foundation

/// The body of one LINE webhook request: `{"destination", "events": [...]}`. Events the decoder
/// cannot read are kept as `nil` entries (counted, acknowledged, never answered), so one odd
/// event never fails the others.
public struct LineWebhook: Sendable, Decodable {
    /// The bot's own user id.
    public let destination: String?
    /// The events, in order; nil where an event could not be read.
    public let events: [LineEvent?]

    enum CodingKeys: String, CodingKey { case destination, events }

    /// Decodes leniently: unknown fields are ignored (LINE adds fields without notice).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        destination = try c.decodeIfPresent(String.self, forKey: .destination)
        var list = try c.nestedUnkeyedContainer(forKey: .events)
        var events: [LineEvent?] = []
        while !list.isAtEnd {
            if let event = try? list.decode(LineEvent.self) {
                events.append(event)
            } else {
                _ = try? list.decode(Skip.self)
                events.append(nil)
            }
        }
        self.events = events
    }

    /// Parses a raw body; throws on anything that is not a JSON object with an `events` array.
    public static func parse(_ body: Data) throws -> LineWebhook {
        try JSONDecoder().decode(LineWebhook.self, from: body)
    }

    private struct Skip: Decodable {}
}

/// One webhook event, with the fields the bot reads.
public struct LineEvent: Sendable, Decodable, Equatable {
    /// `message`, `follow`, `unfollow`, `join`, `leave`, `memberJoined`, `postback`, ...
    public let type: String
    /// Unique per event, the same on a redelivery: the key that makes answers exactly-once.
    public let webhookEventId: String
    /// True when LINE sends the event again because an earlier webhook answer failed.
    public let isRedelivery: Bool
    /// Milliseconds since the epoch.
    public let timestamp: Int64?
    /// Where the event happened.
    public let source: LineSource?
    /// Single-use token of the reply API (message, follow, join, postback events).
    public let replyToken: String?
    /// The message of a `message` event.
    public let message: LineIncomingMessage?
    /// `active` or `standby` (a module channel holds the chat); only active events are answered.
    public let mode: String?
    /// The data of a `postback` event.
    public let postbackData: String?

    enum CodingKeys: String, CodingKey {
        case type, webhookEventId, deliveryContext, timestamp, source, replyToken, message, mode, postback
    }
    struct DeliveryContext: Decodable { let isRedelivery: Bool? }
    struct Postback: Decodable { let data: String? }

    /// Decodes one event; it must have a type and a webhookEventId.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(String.self, forKey: .type)
        webhookEventId = try c.decode(String.self, forKey: .webhookEventId)
        isRedelivery = (try? c.decodeIfPresent(DeliveryContext.self, forKey: .deliveryContext))??.isRedelivery ?? false
        timestamp = try? c.decodeIfPresent(Int64.self, forKey: .timestamp)
        source = try? c.decodeIfPresent(LineSource.self, forKey: .source)
        replyToken = try? c.decodeIfPresent(String.self, forKey: .replyToken)
        message = try? c.decodeIfPresent(LineIncomingMessage.self, forKey: .message)
        mode = try? c.decodeIfPresent(String.self, forKey: .mode)
        postbackData = (try? c.decodeIfPresent(Postback.self, forKey: .postback))??.data
    }

    /// Makes an event (tests and the fake platform).
    public init(type: String, webhookEventId: String, isRedelivery: Bool = false, timestamp: Int64? = nil, source: LineSource?,
                replyToken: String?, message: LineIncomingMessage?, mode: String? = "active", postbackData: String? = nil) {
        self.type = type
        self.webhookEventId = webhookEventId
        self.isRedelivery = isRedelivery
        self.timestamp = timestamp
        self.source = source
        self.replyToken = replyToken
        self.message = message
        self.mode = mode
        self.postbackData = postbackData
    }
}

/// The chat of an event: a one-to-one chat (`user`), a group (`group`) or a multi-person chat (`room`).
public struct LineSource: Sendable, Decodable, Equatable {
    /// `user`, `group` or `room`.
    public let type: String
    /// The sender (absent in groups when the user has not consented to share it).
    public let userId: String?
    /// The group's id (`C…`).
    public let groupId: String?
    /// The room's id (`R…`).
    public let roomId: String?

    /// Makes a source.
    public init(type: String, userId: String?, groupId: String? = nil, roomId: String? = nil) {
        self.type = type
        self.userId = userId
        self.groupId = groupId
        self.roomId = roomId
    }

    /// Where a push goes: the group, the room, or the user.
    public var chatID: String? { groupId ?? roomId ?? userId }
    /// True for groups and rooms (the bot's group etiquette applies).
    public var isGroup: Bool { type == "group" || type == "room" }
}

/// A message of a `message` event: text messages carry `text` and perhaps `mention`.
public struct LineIncomingMessage: Sendable, Decodable, Equatable {
    /// `text`, `image`, `sticker`, ...
    public let type: String
    /// The message id.
    public let id: String?
    /// The text of a text message.
    public let text: String?
    /// Mentions in the text.
    public let mention: LineMention?
    /// The id of the message this one quotes, if any.
    public let quotedMessageId: String?

    /// Makes a message.
    public init(type: String, id: String?, text: String?, mention: LineMention? = nil, quotedMessageId: String? = nil) {
        self.type = type
        self.id = id
        self.text = text
        self.mention = mention
        self.quotedMessageId = quotedMessageId
    }
}

/// `message.mention`: who is mentioned, where in the text (UTF-16 offsets).
public struct LineMention: Sendable, Decodable, Equatable {
    /// One mentioned user (or `all`).
    public struct Mentionee: Sendable, Decodable, Equatable {
        /// Start of the mention in the text, UTF-16 units.
        public let index: Int
        /// Length of the mention, UTF-16 units.
        public let length: Int
        /// `user` or `all`.
        public let type: String?
        /// The mentioned user.
        public let userId: String?
        /// True when the mentioned user is this bot.
        public let isSelf: Bool?

        /// Makes a mentionee.
        public init(index: Int, length: Int, type: String? = "user", userId: String? = nil, isSelf: Bool? = nil) {
            self.index = index
            self.length = length
            self.type = type
            self.userId = userId
            self.isSelf = isSelf
        }
    }

    /// Everyone mentioned.
    public let mentionees: [Mentionee]

    /// Makes a mention.
    public init(mentionees: [Mentionee]) { self.mentionees = mentionees }
}
