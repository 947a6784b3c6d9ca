import Foundation
import CivicBotCore
import CivicBotLine
import CivicBotStore

/// What the bot does with one LINE event: answer a text message through the pipeline, greet a
/// group it joined or a user who followed it, or only record the event.
public enum LineWork: Sendable, Equatable {
    /// A text message for the pipeline.
    case message(Message)
    /// The bot was added to a group or room: a short greeting that says how to ask.
    case join
    /// A user added the bot as a friend (or unblocked it): a welcome.
    case follow
    /// Recorded only (leave, unfollow, memberJoined, postback, stickers, images, standby events).
    case record
}

/// Turns LINE events into the bot's work, with the same group etiquette as Telegram: a LINE group
/// or room is a `group` chat, a one-to-one chat `private`; a mention of the bot
/// (`mentionees[].isSelf`) addresses it, and the mention's text is taken out of the message.
public enum LineEventConverter {
    /// The work for `event`.
    /// `quotesBot`: the message quotes one of the bot's own messages (LINE's reply), which
    /// addresses the bot in a group as a mention does.
    public static func work(for event: LineEvent, quotesBot: Bool = false) -> LineWork {
        guard event.mode ?? "active" == "active", let source = event.source else { return .record }
        switch event.type {
        case "join": return .join
        case "follow": return .follow
        case "message":
            guard let m = event.message, m.type == "text", let text = m.text, let chat = source.chatID else { return .record }
            let selfMentions = (m.mention?.mentionees ?? []).filter { $0.isSelf == true }
            let message = Message(
                text: removing(selfMentions, from: text), userID: source.userId.map(userKey) ?? 0, chatID: chatKey(chat), chatType: source.isGroup ? .group : .private,
                repliesToBot: quotesBot, platform: .line, platformUserID: source.userId, mentionsBot: !selfMentions.isEmpty)
            return .message(message)
        default:
            return .record
        }
    }

    /// The record of `event` the store keeps once.
    public static func record(of event: LineEvent) -> LineEventRecord {
        LineEventRecord(webhookEventId: event.webhookEventId, type: String(event.type.prefix(64)),
                        chatType: event.source.map { $0.isGroup ? "group" : "private" }, chatID: event.source?.chatID,
                        redelivered: event.isRedelivery)
    }

    /// `text` without the mentions (UTF-16 ranges), trimmed.
    static func removing(_ mentions: [LineMention.Mentionee], from text: String) -> String {
        guard !mentions.isEmpty else { return text }
        var units = Array(text.utf16)
        for m in mentions.sorted(by: { $0.index > $1.index }) where m.index >= 0 && m.length > 0 && m.index + m.length <= units.count {
            units.replaceSubrange(m.index..<(m.index + m.length), with: [0x20])
        }
        return String(decoding: units, as: UTF16.self).trimmingCharacters(in: .whitespaces)
    }

    /// The numeric stand-in of a LINE user id where a number is stored (the log's userID, the
    /// audit's actor, a trainer's createdBy): negative, so it is never a Telegram user's id and
    /// never in the Telegram `admin` table (roles on LINE go by the `U…` id, in `lineAdmin`).
    public static func userKey(_ id: String) -> Int64 { -chatKey(id) }

    /// The numeric key of a LINE chat id (FNV-1a, 62 bits, positive), for the columns and the
    /// conversation contexts that take numbers; the id itself is kept beside it.
    public static func chatKey(_ id: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(hash & 0x3fff_ffff_ffff_ffff) | 1
    }
}
