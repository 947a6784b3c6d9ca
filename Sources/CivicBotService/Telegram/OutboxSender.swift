import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// Delivers the outbox in order per chat, round robin across chats (the oldest part of each), within
/// Telegram's flood limits (a chat that must wait, or has many parts queued, does not hold up the
/// others), and marks each part sent. Retryable
/// failures back off and retry the same part (per-chat order is kept); 429 waits `retry_after`;
/// any other 4xx is logged and dropped, never retried in a loop; 401 stops the service.
/// At graceful shutdown it tries what is left once, for a few seconds at most, within the same
/// limits: what they do not let go out at once waits in the outbox for the next start.
public struct OutboxSender: Service {
    let delivery: any MessageDelivery
    let store: AppDatabase
    let configuration: ServeConfiguration
    let logger: Logger
    let now: @Sendable () -> Date
    let clock: ServeClock
    let notifier: SystemdNotifier

    /// What became of one send.
    enum Outcome: Equatable {
        case sent
        case dropped
        case retry(after: Duration)
        case unauthorized
    }

    /// Makes a sender of Telegram's parts through `api`.
    public init(api: BotAPIClient, store: AppDatabase, configuration: ServeConfiguration, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init, clock: ServeClock = .real, notifier: SystemdNotifier = .disabled) {
        self.init(delivery: TelegramDelivery(api: api), store: store, configuration: configuration, logger: logger, now: now, clock: clock,
                  notifier: notifier)
    }

    /// Makes a sender of the parts of `delivery`'s platform; `now` stamps the records, `clock`
    /// times flood control and the waits.
    public init(delivery: any MessageDelivery, store: AppDatabase, configuration: ServeConfiguration, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init, clock: ServeClock = .real, notifier: SystemdNotifier = .disabled) {
        self.notifier = notifier
        self.delivery = delivery
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.now = now
        self.clock = clock
    }

    /// Sends until graceful shutdown, then tries the rest once.
    public func run() async throws {
        var flood = FloodControl(isEnabled: configuration.floodControl)
        var backoff = Backoff(initial: configuration.backoffInitial, maximum: configuration.backoffMaximum)
        while !shouldStop {
            let pending = try await store.nextOutboxParts(limit: 100, platform: delivery.platform.rawValue)
            if pending.isEmpty {
                await clock.sleep(configuration.outboxIdleInterval)
                continue
            }
            // A chat that must wait does not hold up the others; its later parts wait with it (order per chat).
            var waiting: Set<Int64> = []
            var soonest: Duration?
            var sent = false
            for item in pending where !waiting.contains(item.chatID) {
                var probe = flood  // a value: asking does not book a slot
                let wait = probe.reserve(chatID: item.chatID, isGroup: item.isGroup, now: clock.now())
                if wait > .zero {
                    waiting.insert(item.chatID)
                    soonest = min(soonest ?? wait, wait)
                    continue
                }
                flood = probe
                if shouldStop { break }
                let outcome = await send(item)
                if outcome == .unauthorized { throw ServeError.unauthorized }
                if case .retry(let after) = outcome {
                    await clock.sleep(after == .zero ? backoff.next() : after)
                    sent = true  // the pause was taken; start again from the oldest pending part
                    break
                }
                backoff.reset()
                sent = true
            }
            if !sent, let soonest { await clock.sleep(soonest) }
        }
        await finalAttempt(flood: flood)
    }

    /// At shutdown: the oldest part of each chat once, if `flood` (the limits booked so far) lets it
    /// go now, without waiting, within `shutdownGrace`; the rest waits for the next start.
    func finalAttempt(flood: FloodControl) async {
        var flood = flood
        let deadline = clock.now() + configuration.shutdownGrace
        guard let pending = try? await store.nextOutboxParts(limit: 100, platform: delivery.platform.rawValue), !pending.isEmpty else { return }
        logger.info("sending the outbox once before exit, within the flood limits", metadata: ["outbox.chats": "\(pending.count)"])
        for item in pending where clock.now() < deadline {
            var probe = flood
            guard probe.reserve(chatID: item.chatID, isGroup: item.isGroup, now: clock.now()) == .zero else { continue }
            flood = probe
            if await send(item) != .sent { break }
        }
    }

    /// Marks a delivered part sent, retrying the write (never the send) until it sticks or the
    /// service stops: a busy or failing database must not make a reply go out twice.
    func recordSent(_ item: OutboxMessage, at: Date) async {
        var backoff = Backoff(initial: configuration.backoffInitial, maximum: configuration.backoffMaximum)
        while true {
            do {
                try await store.markSent(item.id, at: at)
                return
            } catch {
                logger.error("delivered but not recorded, retrying the write", metadata: ["outbox.id": "\(item.id)", "error": "\(error)"])
                if shouldStop { return }
                await clock.sleep(backoff.next())
            }
        }
    }

    /// Sends one part and records the outcome.
    func send(_ item: OutboxMessage) async -> Outcome {
        let at = now()
        do {
            try await delivery.deliver(item)
            await recordSent(item, at: at)
            notifier.watchdog()
            logger.debug("sent", metadata: ["outbox.id": "\(item.id)", "update.id": "\(item.updateID)", "chat.id": "\(item.chatID)"])
            return .sent
        } catch let error as TransportError {
            switch error {
            case .unauthorized:
                return .unauthorized
            case .rateLimited(let seconds):
                try? await store.noteAttempt(item.id, error: "\(error)")
                logger.warning("rate limited while sending", metadata: ["chat.id": "\(item.chatID)", "retry_after": "\(seconds)"])
                return .retry(after: .seconds(max(1, seconds)))
            case _ where error.isRetryable:
                try? await store.noteAttempt(item.id, error: "\(error)")
                logger.warning("send failed, will retry", metadata: ["outbox.id": "\(item.id)", "chat.id": "\(item.chatID)", "error": "\(error)"])
                return .retry(after: .zero)
            default:
                try? await store.markDropped(item.id, error: "\(error)", at: at)
                logger.error("send refused, dropped", metadata: ["outbox.id": "\(item.id)", "chat.id": "\(item.chatID)", "error": "\(error)"])
                return .dropped
            }
        } catch {
            // Cancelled, or the store failed after a send: leave the row pending.
            logger.warning("send interrupted", metadata: ["outbox.id": "\(item.id)", "error": "\(error)"])
            return .retry(after: .zero)
        }
    }
}

extension OutboxSender: CustomStringConvertible {
    /// A short name for the service group's logs (never the token).
    public var description: String { "OutboxSender(\(configuration))" }
}
