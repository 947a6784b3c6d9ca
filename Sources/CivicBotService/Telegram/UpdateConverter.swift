import CivicBotCore
import CivicBotTransport

/// Turns a Bot API update into the bot's `Message`, or nil for updates the bot does not read
/// (no text, a channel post, a message from another bot). An anonymous group admin's message is
/// read as the group's own: an unknown user of that group, never an admin.
public enum UpdateConverter {
    /// Telegram's GroupAnonymousBot, the `from` of messages anonymous group admins send.
    public static let groupAnonymousBotID: Int64 = 1_087_968_824

    /// A message and where a reply goes.
    public struct Converted: Sendable, Equatable {
        /// The message for the pipeline.
        public let message: Message
        /// The Telegram message id, for replying in groups.
        public let messageID: Int64
    }

    /// Converts `update`; `botUsername` (without `@`) spots replies to the bot.
    public static func convert(_ update: BotUpdate, botUsername: String) -> Converted? {
        guard let m = update.message, let text = m.text, let from = m.from else { return nil }
        var sender = (id: from.id, username: from.username)
        if from.isBot {
            // Only an anonymous group admin, posting as the group; the chat's id is never an admin's (admins are > 0).
            guard let group = m.senderChat, group.id == m.chat.id || from.id == groupAnonymousBotID else { return nil }
            sender = (group.id, nil)
        }
        let chatType: ChatType
        switch m.chat.type {
        case "private": chatType = .private
        case "group", "supergroup": chatType = .group
        default: return nil
        }
        let repliesToBot = m.replyToMessage?.from.map { $0.isBot && $0.username?.lowercased() == botUsername.lowercased() } ?? false
        let message = Message(text: text, userID: sender.id, chatID: m.chat.id, chatType: chatType, username: sender.username, repliesToBot: repliesToBot,
                              isForwarded: m.isForwarded, platform: .telegram)
        return Converted(message: message, messageID: m.messageID)
    }
}

/// A reply cut into messages that fit the Bot API once HTML-escaped.
public enum OutgoingText {
    /// Parts of `text`, each at most `BotAPIClient.maxMessageLength` UTF-16 units after escaping.
    public static func parts(_ text: String, limit: Int = BotAPIClient.maxMessageLength) -> [String] {
        var size = limit
        while true {
            let parts = MessageSplitter.split(text, limit: size)
            if parts.allSatisfy({ HTMLEscaper.escape($0).utf16.count <= limit }) || size <= 256 { return parts }
            size -= size / 4
        }
    }
}
