import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// Delivers the outbox in order per chat, round robin across chats (the oldest part of each, a few
/// chats side by side: `ServeConfiguration.sendConcurrency`), within
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
            // In rounds: the oldest unsent part of each chat that flood control lets go now, up to
            // `sendConcurrency` chats, sent side by side; then the next round from what is left.
            // One part of a chat per round keeps each chat's order. A chat that must wait does not
            // hold up the others; its later parts wait with it.
            var queue = pending
            var waiting: Set<Int64> = []
            var soonest: Duration?
            var sent = false
            while !shouldStop {
                var round: [OutboxMessage] = []
                var chats: Set<Int64> = []
                for item in queue where round.count < max(1, configuration.sendConcurrency) {
                    guard !waiting.contains(item.chatID), chats.insert(item.chatID).inserted else { continue }
                    var probe = flood  // a value: asking does not book a slot
                    let wait = probe.reserve(chatID: item.chatID, isGroup: item.isGroup, now: clock.now())
                    if wait > .zero {
                        waiting.insert(item.chatID)
                        soonest = min(soonest ?? wait, wait)
                        continue
                    }
                    flood = probe
                    round.append(item)
                }
                if round.isEmpty { break }
                let outcomes = await sendSideBySide(round)
                sent = true
                if outcomes.contains(.unauthorized) { throw ServeError.unauthorized }
                let waits = outcomes.compactMap { if case .retry(let after) = $0 { return after } else { return nil } }
                if let longest = waits.max() {
                    // The pause is taken once for the round; then again from the oldest pending part.
                    await clock.sleep(longest == .zero ? backoff.next() : longest)
                    break
                }
                backoff.reset()
                let done = Set(round.map(\.id))
                queue.removeAll { done.contains($0.id) }
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

    /// Sends `items` (each of another chat) side by side; their outcomes, in no particular order.
    func sendSideBySide(_ items: [OutboxMessage]) async -> [Outcome] {
        if items.count == 1 { return [await send(items[0])] }
        return await withTaskGroup(of: Outcome.self) { group in
            for item in items { group.addTask { await send(item) } }
            var outcomes: [Outcome] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
    }

    /// Sends one part and records the outcome.
    func send(_ item: OutboxMessage) async -> Outcome {
        let at = now()
        do {
            try await delivery.deliver(item)
            await recordSent(item, at: at)
            ServeMetrics.sent(delivery.platform.rawValue, via: "sendMessage")
            notifier.watchdog()
            logger.debug("sent", metadata: ["outbox.id": "\(item.id)", "update.id": "\(item.updateID)", "chat.id": "\(item.chatID)"])
            return .sent
        } catch let error as TransportError {
            switch error {
            case .unauthorized:
                return .unauthorized
            case .rateLimited(let seconds):
                try? await store.noteAttempt(item.id, error: "\(error)")
                ServeMetrics.sendFailed(delivery.platform.rawValue, reason: "rate_limited")
                logger.warning("rate limited while sending", metadata: ["chat.id": "\(item.chatID)", "retry_after": "\(seconds)"])
                return .retry(after: .seconds(max(1, seconds)))
            case _ where error.isRetryable:
                try? await store.noteAttempt(item.id, error: "\(error)")
                ServeMetrics.sendFailed(delivery.platform.rawValue, reason: "retryable")
                logger.warning("send failed, will retry", metadata: ["outbox.id": "\(item.id)", "chat.id": "\(item.chatID)", "error": "\(error)"])
                return .retry(after: .zero)
            default:
                try? await store.markDropped(item.id, error: "\(error)", at: at)
                ServeMetrics.sendFailed(delivery.platform.rawValue, reason: "refused")
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
