import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging

/// Telegram's webhook (`serve --telegram-webhook URL`): checks `X-Telegram-Bot-Api-Secret-Token`
/// in constant time, reads the update, and stores it in one transaction (interaction, outbox,
/// next offset) before the 200, as the poller does for a getUpdates answer. Nothing is stored for
/// a request it refuses. Updates come one at a time and in order (`setWebhook` asks for
/// `max_connections` 1), so the one that can come again is the last stored (id = offset − 1):
/// it is acknowledged, not answered again. An id further below is Telegram's reset of its ids
/// after a week without updates: the offset is rebased to it.
public struct TelegramWebhookHandler: Sendable {
    /// The bot under its getMe username, set once `setWebhook` worked; until then requests get 503.
    public final class Gate: @unchecked Sendable {
        let lock = NSLock()
        var current: Bot?
        /// An empty gate.
        public init() {}
        /// Opens the gate for `bot`.
        public func open(_ bot: Bot) { lock.withLock { current = bot } }
        var bot: Bot? { lock.withLock { current } }
    }

    let gate: Gate
    let secret: [UInt8]
    let logger: Logger
    let now: @Sendable () -> Date

    /// A handler that accepts requests carrying `secretToken`.
    public init(gate: Gate, secretToken: String, logger: Logger, now: @escaping @Sendable () -> Date = Date.init) {
        self.gate = gate
        self.secret = Array(secretToken.utf8)
        self.logger = logger
        self.now = now
    }

    /// True when `header` is the secret; every byte compared, whatever differs first.
    static func matches(_ header: String?, _ secret: [UInt8]) -> Bool {
        let given = Array((header ?? "").utf8)
        guard given.count == secret.count, !secret.isEmpty else { return false }
        var difference: UInt8 = 0
        for i in secret.indices { difference |= given[i] ^ secret[i] }
        return difference == 0
    }

    /// Handles one request's raw body and secret header.
    public func handle(body: Data, secretHeader: String?) async -> WebhookAnswer {
        let started = DispatchTime.now().uptimeNanoseconds
        guard Self.matches(secretHeader, secret) else {
            ServeMetrics.rejected("telegram", reason: "secret")
            logger.warning("Telegram webhook refused: bad or missing secret token", metadata: ["http.body_bytes": "\(body.count)"])
            return .refuse(401, "bad secret token")
        }
        guard let bot = gate.bot else { return .refuse(503, "starting") }
        let update: BotUpdate
        do {
            update = try JSONDecoder().decode(BotUpdate.self, from: body)
        } catch {
            ServeMetrics.rejected("telegram", reason: "body")
            logger.warning("Telegram webhook refused: not an update", metadata: ["http.body_bytes": "\(body.count)"])
            return .refuse(400, "invalid body")
        }
        do {
            var offset = try await bot.store.nextOffset()
            if update.updateID == offset - 1 {
                ServeMetrics.duplicate("telegram")
                logger.info("redelivered Telegram update acknowledged, not answered again", metadata: ["update.id": "\(update.updateID)"])
                return WebhookAnswer(status: 200, reason: "ok", events: 1, new: 0)
            }
            if update.updateID < offset - 1 {
                logger.warning("update_id reset: rebasing the offset", metadata: ["offset": "\(offset)", "update.id": "\(update.updateID)"])
                try await bot.store.rebaseOffset(to: update.updateID)
                offset = update.updateID
            }
            if let reason = update.unreadable {
                logger.error("update quarantined: unreadable", metadata: ["update.id": "\(update.updateID)", "reason": "\(reason)"])
            }
            let next = try await Poller.storeBatch([update], bot: bot, offset: offset, now: now) { [self] update, next in
                // SQLite refused what the update holds: set aside, never retried for ever.
                logger.error("update quarantined: the database refused it", metadata: ["update.id": "\(update.updateID)"])
                let skipped = ProcessedUpdate(updateID: update.updateID, interaction: nil, chatID: update.message?.chat.id ?? 0, isGroup: false,
                                              replyToMessageID: nil, parts: [], quarantine: "refused by the database")
                return try await bot.store.record(skipped, at: now()) ? update.updateID + 1 : next
            }
            try? await bot.store.notePoll(at: now(), error: nil)
            ServeMetrics.answerLatency("telegram", nanoseconds: Int64(DispatchTime.now().uptimeNanoseconds - started))
            return WebhookAnswer(status: 200, reason: "ok", events: 1, new: next > offset ? 1 : 0)
        } catch {
            ServeMetrics.rejected("telegram", reason: "store")
            logger.error("Telegram update not stored (Telegram delivers it again)", metadata: ["update.id": "\(update.updateID)", "error": "\(error)"])
            return .refuse(500, "not stored")
        }
    }
}
