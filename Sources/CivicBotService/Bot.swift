import CivicBotCore
import CivicBotStore
import Foundation
import Logging

/// The bot's pipeline, the same for the REPL and the service: normalise, understand, decide,
/// answer from the store, and log the interaction. One failing message never stops the bot.
public struct Bot: Sendable {
    /// Longest message the bot reads, in characters; longer ones get a polite refusal.
    public static let maxMessageLength = 2_000
    /// Longest text the interaction log keeps of a message, in characters (Telegram's own limit).
    public static let maxStoredLength = 4_096

    /// The matcher (built once from Intents/).
    public let matcher: IntentMatcher
    /// The store answers come from and interactions go to.
    public let store: AppDatabase
    /// The bot's own username, without `@`.
    public let username: String
    let answerer: Answerer
    /// The admin intents (issue 4): roles, private-chat rule, the trainer register, stats.
    let adminDesk: AdminDesk
    let logger: Logger
    let now: @Sendable () -> Date

    /// Makes a bot.
    public init(matcher: IntentMatcher, store: AppDatabase, username: String = "civicbot", logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.matcher = matcher
        self.store = store
        self.username = username
        self.answerer = Answerer(matcher: matcher, store: store)
        self.adminDesk = AdminDesk(matcher: matcher, store: store, logger: logger, now: now)
        self.logger = logger
        self.now = now
    }

    /// Decides the reply to `message` without touching the log.
    public func reply(to message: Message) -> Reply {
        let addressing = Addressing.parse(message.text, botUsername: username)
        if addressing.forOtherBot { return Reply(intent: "unknown", slots: [:], text: nil) }
        let addressed = addressing.command != nil || addressing.mentioned || message.repliesToBot
        // UTF-8 length bounds the character count from above: count characters only when it might matter.
        if message.text.utf8.count > Self.maxMessageLength, message.text.count > Self.maxMessageLength {
            let text = message.chatType == .private || addressed ? answerer.template("unknown", "too_long", ["max": "\(Self.maxMessageLength)"]) : nil
            return Reply(intent: "unknown", slots: [:], text: text)
        }
        let normalized = ThaiNormalizer.normalize(addressing.text)
        var understanding: Understanding
        if let command = addressing.command, !message.isForwarded {
            if let intent = matcher.intent(forCommand: command) {
                understanding = Understanding.unknown
                understanding.intent = intent
            } else {
                understanding = matcher.understand(normalized)
            }
        } else if normalized.isEmpty {
            let speak = message.chatType == .private || addressed
            return Reply(intent: "unknown", slots: [:], text: speak ? answerer.template("unknown", "empty") : nil)
        } else {
            understanding = matcher.understand(normalized)
        }
        if message.isForwarded, AdminDesk.handles(understanding.intent) {
            // A forwarded message is never a command: read as ordinary text, its admin request is not carried out.
            understanding = Understanding.unknown
        }
        let definition = matcher.catalogue.intent(understanding.intent)
        guard ReplyPolicy.shouldAnswer(understanding, definition: definition, chatType: message.chatType,
                                       addressing: addressing, repliesToBot: message.repliesToBot) else {
            return Reply(intent: understanding.intent, slots: understanding.slots, text: nil)
        }
        do {
            // Admin intents (issue 4): the desk checks role and chat before anything changes.
            if AdminDesk.handles(understanding.intent) {
                let text = try adminDesk.reply(understanding, to: message, text: addressing.text, addressed: addressed)
                return Reply(intent: understanding.intent, slots: understanding.slots, text: text)
            }
            let text = try answerer.answer(understanding, normalized: normalized, chatType: message.chatType, addressed: addressed)
            return Reply(intent: understanding.intent, slots: understanding.slots, text: text)
        } catch {
            logger.error("answer failed", metadata: ["intent.name": "\(understanding.intent)", "error": "\(error)"])
            return Reply(intent: understanding.intent, slots: understanding.slots, text: answerer.fallback())
        }
    }

    /// The polite refusal of a message too long to read (the `unknown` intent's `too_long` template).
    public func tooLongReply() -> Reply {
        Reply(intent: "unknown", slots: [:], text: answerer.template("unknown", "too_long", ["max": "\(Self.maxMessageLength)"]))
    }

    /// Decides the reply and writes the interaction to the log; a log failure is reported, not thrown.
    public func handle(_ message: Message) -> Reply {
        let started = DispatchTime.now().uptimeNanoseconds
        let reply = reply(to: message)
        let micros = Int64((DispatchTime.now().uptimeNanoseconds - started) / 1_000)
        do {
            try store.log(interactionRecord(message, reply, micros: micros))
        } catch {
            logger.error("interaction log failed", metadata: ["chat.id": "\(message.chatID)", "error": "\(error)"])
        }
        logger.debug("handled", metadata: ["chat.id": "\(message.chatID)", "intent.name": "\(reply.intent)", "silent": "\(reply.text == nil)"])
        return reply
    }

    /// The log row for a handled message.
    public func interactionRecord(_ message: Message, _ reply: Reply, micros: Int64) -> InteractionRecord {
        InteractionRecord(
            at: Self.timestamp(now()), chatID: message.chatID, chatType: message.chatType.rawValue,
            userID: message.userID, username: message.username,
            text: message.text.utf8.count > Self.maxStoredLength ? String(message.text.prefix(Self.maxStoredLength)) : message.text,
            intent: reply.intent, slotsJSON: JSONLine.encode(reply.slots), reply: reply.text, processingMicros: micros
        )
    }

    /// UTC time as `2026-11-28T03:18:26.123Z`, the form every time in the database takes.
    public static func timestamp(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        var seconds = time_t(t.rounded(.down))
        let millis = min(999, Int(((t - t.rounded(.down)) * 1_000).rounded(.down)))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int32, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(millis), 3))Z"
    }
}
