/// `{}` for methods without parameters.
struct EmptyBody: Encodable {}

/// `deleteWebhook` parameters.
struct DeleteWebhookBody: Encodable {
    /// `drop_pending_updates`.
    var dropPendingUpdates: Bool

    private enum CodingKeys: String, CodingKey {
        case dropPendingUpdates = "drop_pending_updates"
    }
}

/// `getUpdates` parameters; `allowed_updates` is always `["message"]`.
struct GetUpdatesBody: Encodable {
    /// `offset`: the first update id wanted; omitted on the very first poll.
    var offset: Int64?
    /// `timeout`: long-poll seconds.
    var timeout: Int
    /// `limit`: 1–100.
    var limit: Int
    /// `allowed_updates`.
    var allowedUpdates = ["message"]

    private enum CodingKeys: String, CodingKey {
        case offset, timeout, limit
        case allowedUpdates = "allowed_updates"
    }
}

/// `sendMessage` parameters; nil fields are left out of the JSON.
struct SendMessageBody: Encodable {
    /// `chat_id`.
    var chatID: Int64
    /// `text`.
    var text: String
    /// `parse_mode`: "HTML", or nil for plain text.
    var parseMode: String?
    /// `reply_parameters`, when answering a message in a group.
    var replyParameters: ReplyParameters?
    /// `reply_markup`: a reply keyboard whose buttons send their text as the user (private chats).
    var replyMarkup: ReplyKeyboardMarkup? = nil

    private enum CodingKeys: String, CodingKey {
        case chatID = "chat_id"
        case text
        case parseMode = "parse_mode"
        case replyParameters = "reply_parameters"
        case replyMarkup = "reply_markup"
    }
}

/// `ReplyKeyboardMarkup`: one button a row, shown once, sized to the buttons.
struct ReplyKeyboardMarkup: Encodable {
    struct Button: Encodable { let text: String }
    let keyboard: [[Button]]
    let resizeKeyboard = true
    let oneTimeKeyboard = true

    init(texts: [String]) { keyboard = texts.map { [Button(text: $0)] } }

    private enum CodingKeys: String, CodingKey {
        case keyboard
        case resizeKeyboard = "resize_keyboard"
        case oneTimeKeyboard = "one_time_keyboard"
    }
}

/// `ReplyParameters`.
struct ReplyParameters: Encodable {
    /// `message_id` of the message answered.
    var messageID: Int64
    /// `allow_sending_without_reply`: send even if that message was deleted.
    var allowSendingWithoutReply: Bool

    private enum CodingKeys: String, CodingKey {
        case messageID = "message_id"
        case allowSendingWithoutReply = "allow_sending_without_reply"
    }
}

/// `setMyCommands` parameters (default scope, every language).
struct SetMyCommandsBody: Encodable {
    /// The menu, in order.
    var commands: [BotCommand]
}

/// `setWebhook`'s body: where Telegram posts updates, and the secret it sends with each.
struct SetWebhookBody: Encodable {
    var url: String
    var secretToken: String
    var maxConnections: Int
    var allowedUpdates: [String]
    var dropPendingUpdates: Bool

    private enum CodingKeys: String, CodingKey {
        case url
        case secretToken = "secret_token"
        case maxConnections = "max_connections"
        case allowedUpdates = "allowed_updates"
        case dropPendingUpdates = "drop_pending_updates"
    }
}

/// What `getWebhookInfo` answers, as far as serve reads it.
public struct BotWebhookInfo: Sendable, Decodable, Equatable {
    /// The webhook's URL; empty when none is set (long polling allowed).
    public let url: String
    /// Updates waiting to be delivered.
    public let pendingUpdateCount: Int?

    private enum CodingKeys: String, CodingKey {
        case url
        case pendingUpdateCount = "pending_update_count"
    }
}
