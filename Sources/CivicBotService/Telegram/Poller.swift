import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// The getUpdates long-poll loop. For each getUpdates answer one transaction writes every
/// update's interaction, its reply into the outbox and the next offset, so a crash never answers
/// twice or loses a message.
/// Failures back off exponentially with jitter; 429 waits `retry_after`; 409 says another
/// instance or a webhook is in the way; 401 stops the service.
public struct Poller: Service {
    let api: BotAPIClient
    let bot: Bot
    var store: AppDatabase { bot.store }
    let configuration: ServeConfiguration
    let logger: Logger
    let now: @Sendable () -> Date
    let clock: ServeClock
    let notifier: SystemdNotifier

    /// Makes a poller; `now` stamps the records, `clock` times the waits, `notifier` tells systemd
    /// when the service is ready (after the start-up checks) and alive (after each successful poll).
    public init(api: BotAPIClient, bot: Bot, configuration: ServeConfiguration, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init, clock: ServeClock = .real, notifier: SystemdNotifier = .disabled) {
        self.notifier = notifier
        self.api = api
        self.bot = bot
        self.configuration = configuration
        self.logger = logger
        self.now = now
        self.clock = clock
    }

    /// Learns the bot's username, removes any webhook, then polls until graceful shutdown.
    public func run() async throws {
        var backoff = Backoff(initial: configuration.backoffInitial, maximum: configuration.backoffMaximum)
        guard let identity = try await startUp(&backoff) else { return }
        let username = identity.username
        await StartupChecks.run(identity: identity, api: api, store: store, catalogue: bot.matcher.catalogue, at: now(), logger: logger)
        let bot = bot.named(username)
        logger.info("polling", metadata: ["bot.username": "\(username)"])
        notifier.ready(status: "polling as @\(username)" + (identity.readsAllGroupMessages ? "" : "; " + StartupChecks.privacyModeWarning))
        defer { notifier.stopping() }
        var offset = try await store.nextOffset()
        while !shouldStop {
            let updates: [BotUpdate]
            let asked = offset
            do {
                updates = try await cancelWhenGracefulShutdown {
                    try await api.getUpdates(offset: asked, timeout: configuration.pollTimeout, limit: configuration.pollLimit)
                }
                try? await store.notePoll(at: now(), error: nil)
                notifier.watchdog()
                backoff.reset()
            } catch let error as TransportError {
                try? await store.notePoll(at: now(), error: "\(error)")
                try await recover(from: error, backoff: &backoff, call: "getUpdates")
                continue
            } catch {
                break  // cancelled: shutting down
            }
            // Telegram never returns an update below the offset it was sent, except after it reset
            // its ids (a week without updates): take the new ids as they come.
            if let lowest = updates.map(\.updateID).min(), lowest < asked {
                logger.warning("update_id reset: rebasing the offset", metadata: ["offset": "\(asked)", "update.id": "\(lowest)"])
                do {
                    try await store.rebaseOffset(to: lowest)
                    offset = lowest
                } catch {
                    logger.error("offset not rebased", metadata: ["update.id": "\(lowest)", "error": "\(error)"])
                    await clock.sleep(backoff.next())
                    continue
                }
            }
            do {
                offset = try await take(updates, bot: bot, offset: offset)
            } catch let error as ServeError {
                throw error
            } catch {
                // The store refused the write: nothing of the batch was kept (or, one by one, nothing
                // from the failing update on), so poll it again from the offset stored.
                if StoreFailure(error) == .damaged {
                    logger.critical("database damaged: stopping", metadata: ["error": "\(error)"])
                    throw ServeError.databaseDamaged("\(error)")
                }
                logger.error("updates not recorded", metadata: ["update.id": "\(updates.first?.updateID ?? 0)", "error": "\(error)"])
                offset = (try? await store.nextOffset()) ?? offset
                await clock.sleep(backoff.next())
            }
        }
    }

    /// One getUpdates answer in one transaction (`storeBatch`), falling back to one transaction
    /// an update (`handle`, with the quarantine for what SQLite refuses); the next offset.
    func take(_ updates: [BotUpdate], bot: Bot, offset: Int64) async throws -> Int64 {
        for update in updates where update.updateID >= offset {
            if let reason = update.unreadable {
                logger.error("update quarantined: unreadable", metadata: ["update.id": "\(update.updateID)", "reason": "\(reason)"])
            }
        }
        return try await Self.storeBatch(updates, bot: bot, offset: offset, now: now) { update, next in
            do {
                return try await handle(update, bot: bot, offset: next) ? update.updateID + 1 : next
            } catch {
                if try await setAside(update, after: error) { return update.updateID + 1 }
                throw error
            }
        }
    }

    /// getMe and deleteWebhook, retried until they work; nil when shut down first.
    func startUp(_ backoff: inout Backoff) async throws -> BotIdentity? {
        while !shouldStop {
            do {
                let identity = try await cancelWhenGracefulShutdown { try await api.identity() }
                try await cancelWhenGracefulShutdown { try await api.deleteWebhook() }
                backoff.reset()
                return identity
            } catch let error as TransportError {
                try await recover(from: error, backoff: &backoff, call: "getMe")
            } catch {
                return nil
            }
        }
        return nil
    }

    /// Waits as the error asks, or stops the service when retrying cannot help.
    func recover(from error: TransportError, backoff: inout Backoff, call: String) async throws {
        switch error {
        case .unauthorized:
            logger.critical("token refused", metadata: ["api.method": "\(call)"])
            throw ServeError.unauthorized
        case .rateLimited(let seconds):
            logger.warning("rate limited", metadata: ["api.method": "\(call)", "retry_after": "\(seconds)"])
            await clock.sleep(.seconds(max(1, seconds)))
        case .conflict:
            logger.warning("409 Conflict: another instance is polling or a webhook is set", metadata: ["api.method": "\(call)"])
            await clock.sleep(backoff.next())
        default:
            logger.warning("Bot API call failed", metadata: ["api.method": "\(call)", "error": "\(error)"])
            await clock.sleep(backoff.next())
        }
    }

    /// Processes one update; false when it was already processed (below the stored offset).
    func handle(_ update: BotUpdate, bot: Bot, offset: Int64) async throws -> Bool {
        guard update.updateID >= offset else { return false }
        if let reason = update.unreadable {
            // A poison update: set aside with the offset, so the updates after it are answered.
            logger.error("update quarantined: unreadable", metadata: ["update.id": "\(update.updateID)", "reason": "\(reason)"])
            let skipped = ProcessedUpdate(updateID: update.updateID, interaction: nil, chatID: update.message?.chat.id ?? 0, isGroup: false,
                                          replyToMessageID: nil, parts: [], quarantine: "unreadable update: \(reason)")
            return try await store.record(skipped, at: now())
        }
        guard let converted = UpdateConverter.convert(update, botUsername: bot.username) else {
            let skipped = ProcessedUpdate(updateID: update.updateID, interaction: nil, chatID: 0, isGroup: false, replyToMessageID: nil, parts: [])
            return try await store.record(skipped, at: now())
        }
        let message = converted.message
        let replyTo = message.chatType == .group ? converted.messageID : nil
        let reply: Reply
        let parts: Int
        do {
            (reply, parts) = try await bot.process(message) { [now, logger] tx, reply, micros in
                let (parts, quarantine) = Self.outgoing(reply)
                if let quarantine {
                    logger.error("update quarantined: its reply cannot be sent", metadata: ["update.id": "\(update.updateID)", "reason": "\(quarantine)"])
                }
                let processed = ProcessedUpdate(
                    updateID: update.updateID, interaction: bot.interactionRecord(message, reply, micros: micros),
                    chatID: message.chatID, isGroup: message.chatType == .group, replyToMessageID: replyTo, parts: parts,
                    quarantine: quarantine, platform: message.platform.rawValue)
                // Processed before a crash: undo everything of this message, admin change included.
                guard try tx.record(processed, at: now()) else { throw AlreadyProcessed() }
                return parts.count
            }
        } catch is AlreadyProcessed {
            return false
        }
        ServeMetrics.received("telegram")
        logger.debug("update handled", metadata: [
            "update.id": "\(update.updateID)", "chat.id": "\(message.chatID)", "intent.name": "\(reply.intent.rawValue)", "reply.parts": "\(parts)",
        ])
        logger.trace("update text", metadata: ["update.id": "\(update.updateID)", "text": "\(message.text)"])
        return true
    }
}

/// An update found already recorded inside its own transaction: the transaction is rolled back.
struct AlreadyProcessed: Error {}

extension Poller: CustomStringConvertible {
    /// A short name for the service group's logs (never the token or the catalogue).
    public var description: String { "Poller(\(configuration))" }
}
