import CivicBotLine
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// Delivers LINE's outbox: each event's answer in one reply call with its single-use token; when
/// the token has expired, a push (with a retry key per outbox row) where the operator allows it,
/// else the answer is dropped and counted. A reply is marked in flight before it is sent, so that
/// after a crash or a timeout a used token is never mistaken for an expired one: an in-flight
/// reply whose token is refused counts as delivered (never pushed a second time). Retryable
/// failures back off; a refused access token stops the service.
public struct LineSender: Service {
    let api: LineAPIClient
    let store: AppDatabase
    let configuration: LineConfiguration
    let serve: ServeConfiguration
    let logger: Logger
    let now: @Sendable () -> Date
    let clock: ServeClock
    let notifier: SystemdNotifier
    /// Rung by the webhook handler when it has queued answers: with it, the sender waits for a
    /// ring (or `bellPollInterval`) instead of polling the outbox every `outboxIdleInterval`.
    let bell: OutboxBell?
    /// The poll with a bell: rows another process queued, or a ring missed.
    static let bellPollInterval: Duration = .seconds(1)

    /// What became of one answer.
    enum Outcome: Equatable {
        /// Delivered; `messageIDs` are the ids LINE gave the messages (a quote of one replies to the bot).
        case sent(note: String?, messageIDs: [String] = [])
        case dropped
        case retry(after: Duration)
        case unauthorized
    }

    /// A sender through `api`; `serve` gives the backoff and idle intervals.
    public init(api: LineAPIClient, store: AppDatabase, configuration: LineConfiguration, serve: ServeConfiguration, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init, clock: ServeClock = .real, notifier: SystemdNotifier = .disabled,
                bell: OutboxBell? = nil) {
        self.notifier = notifier
        self.bell = bell
        self.api = api
        self.store = store
        self.configuration = configuration
        self.serve = serve
        self.logger = logger
        self.now = now
        self.clock = clock
    }

    /// Sends until graceful shutdown, then tries what is pending once.
    public func run() async throws {
        var backoff = Backoff(initial: serve.backoffInitial, maximum: serve.backoffMaximum)
        while !shouldStop {
            notifier.watchdog()
            let pending = try await store.pendingLineReplies(limit: 64)
            if pending.isEmpty {
                if let bell {
                    // After a ring, the idle interval again before the round: answers that arrive
                    // together go out in one round (one transaction to mark them), as polling had it.
                    if await bell.wait(upTo: max(serve.outboxIdleInterval, Self.bellPollInterval), clock: clock) {
                        await clock.sleep(serve.outboxIdleInterval)
                    }
                } else {
                    await clock.sleep(serve.outboxIdleInterval)
                }
                continue
            }
            let outcomes = await sendRound(pending)
            if outcomes.contains(.unauthorized) { throw ServeError.lineUnauthorized }
            let waits = outcomes.compactMap { if case .retry(let after) = $0 { return after } else { return nil } }
            if waits.isEmpty {
                backoff.reset()
            } else {
                let longest = waits.max() ?? .zero
                await clock.sleep(longest == .zero ? backoff.next() : longest)
            }
        }
        if let pending = try? await store.pendingLineReplies(limit: 64), !pending.isEmpty {
            logger.info("sending LINE's outbox once before exit", metadata: ["outbox.events": "\(pending.count)"])
            _ = await sendRound(pending)
        }
    }

    /// One round: every reply about to be tried is marked in flight in one transaction, the
    /// answers go out, and the delivered ones are marked sent in one transaction. A crash between
    /// the send and the mark leaves them in flight: the next attempt finds the token used and
    /// counts them delivered, so batching the marks keeps every answer exactly once.
    func sendRound(_ items: [LineOutboxItem]) async -> [Outcome] {
        let trying = items.filter { !$0.replyTried && !($0.replyToken ?? "").isEmpty }.map(\.updateID)
        do {
            try await store.markLineRepliesTried(trying, at: now())
        } catch {
            logger.error("LINE replies not marked in flight, not sent this round", metadata: ["error": "\(error)"])
            return [.retry(after: .zero)]
        }
        // This round's snapshot still says "not tried" for them: a refused token on this first attempt means expired.
        let results = await sendAll(items)
        let chats = Dictionary(items.map { ($0.updateID, $0.destination) }, uniquingKeysWith: { first, _ in first })
        let sent = results.compactMap { r -> (updateID: Int64, note: String?, chatID: String, messageIDs: [String])? in
            if case .sent(let note, let ids) = r.outcome { return (r.updateID, note, chats[r.updateID] ?? "", ids) } else { return nil }
        }
        await recordSent(sent)
        return results.map { $0.outcome }
    }

    /// Sends `items`, `concurrency` chats at a time, each chat's answers in order (a chat stops at
    /// its first answer that did not go out, so order is kept).
    func sendAll(_ items: [LineOutboxItem]) async -> [(updateID: Int64, outcome: Outcome)] {
        var order: [Int64] = []
        var byChat: [Int64: [LineOutboxItem]] = [:]
        for item in items {
            if byChat[item.chatID] == nil { order.append(item.chatID) }
            byChat[item.chatID, default: []].append(item)
        }
        return await withTaskGroup(of: [(updateID: Int64, outcome: Outcome)].self) { group in
            var outcomes: [(updateID: Int64, outcome: Outcome)] = []
            var running = 0
            for chat in order {
                if running >= configuration.concurrency, let done = await group.next() {
                    outcomes += done
                    running -= 1
                }
                let queue = byChat[chat] ?? []
                group.addTask {
                    var results: [(updateID: Int64, outcome: Outcome)] = []
                    for item in queue {
                        let outcome = await send(item)
                        results.append((item.updateID, outcome))
                        if case .sent = outcome { continue }
                        if outcome != .dropped { break }
                    }
                    return results
                }
                running += 1
            }
            for await done in group { outcomes += done }
            return outcomes
        }
    }

    /// Sends one event's answer and records the outcome.
    func send(_ item: LineOutboxItem) async -> Outcome {
        let messages = Self.messages(item)
        guard let token = item.replyToken, !token.isEmpty else { return await push(item, messages, because: "no reply token") }
        do {
            let ids = try await api.reply(token: token, messages: messages)
            ServeMetrics.sent("line", via: "reply")
            logger.debug("LINE reply sent", metadata: ["outbox.id": "\(item.firstRowID)", "reply.parts": "\(messages.count)"])
            return .sent(note: nil, messageIDs: ids)
        } catch LineAPIError.invalidReplyToken where item.replyTried {
            // An earlier attempt's outcome is unknown (a crash, a timeout, a 5xx): LINE may have taken it.
            // Counting it delivered can lose one answer; pushing could double it, which this sender never does.
            ServeMetrics.sendFailed("line", reason: "token_used_earlier")
            logger.warning("LINE reply token refused after an unconfirmed attempt: not sent again", metadata: ["outbox.id": "\(item.firstRowID)"])
            return .sent(note: "reply token refused after an unconfirmed attempt: counted as delivered")
        } catch LineAPIError.invalidReplyToken {
            ServeMetrics.sendFailed("line", reason: "expired_token")
            return await push(item, messages, because: "reply token expired")
        } catch {
            return await failed(item, error, during: "reply")
        }
    }

    /// The fallback: a push where allowed, else the answer is dropped.
    func push(_ item: LineOutboxItem, _ messages: [LineOutgoingMessage], because reason: String) async -> Outcome {
        guard configuration.pushFallback.allows(isGroup: item.isGroup), !item.destination.isEmpty else {
            try? await store.markLineDropped(item.updateID, error: "\(reason); push not allowed for this chat", at: now())
            ServeMetrics.sendFailed("line", reason: "push_not_allowed")
            logger.notice("LINE answer dropped: reply token expired and push is off for this chat", metadata: [
                "outbox.id": "\(item.firstRowID)", "chat.group": "\(item.isGroup)",
            ])
            return .dropped
        }
        do {
            let ids = try await api.push(to: item.destination, messages: messages, retryKey: LinePushKey.make(rowID: item.firstRowID, createdAt: item.createdAt))
            ServeMetrics.sent("line", via: "push")
            logger.info("LINE answer pushed", metadata: ["outbox.id": "\(item.firstRowID)", "reason": "\(reason)"])
            return .sent(note: "pushed: \(reason)", messageIDs: ids)
        } catch LineAPIError.quotaExceeded {
            try? await store.markLineDropped(item.updateID, error: "monthly push quota reached", at: now())
            ServeMetrics.sendFailed("line", reason: "quota")
            logger.error("LINE answer dropped: the monthly push quota is used up", metadata: ["outbox.id": "\(item.firstRowID)"])
            return .dropped
        } catch {
            return await failed(item, error, during: "push")
        }
    }

    /// A failure of either call: retry, drop, or stop.
    func failed(_ item: LineOutboxItem, _ error: any Error, during call: String) async -> Outcome {
        guard let error = error as? TransportError else {
            logger.warning("LINE send interrupted", metadata: ["outbox.id": "\(item.firstRowID)", "error": "\(error)"])
            return .retry(after: .zero)
        }
        switch error {
        case .unauthorized:
            logger.critical("LINE refused the channel access token", metadata: ["api.method": "\(call)"])
            return .unauthorized
        case .rateLimited(let seconds):
            // A 429 is a refusal: this reply did not go out. Its token is unused only if no earlier
            // attempt is unconfirmed; after one, the in-flight mark stays (the token may be spent).
            if call == "reply", !item.replyTried {
                try? await store.clearLineReplyTried(item.updateID, error: "\(error)")
            } else {
                try? await store.noteLineAttempt(item.updateID, error: "\(error)")
            }
            ServeMetrics.sendFailed("line", reason: "rate_limited")
            logger.warning("LINE rate limit", metadata: ["api.method": "\(call)", "retry_after": "\(seconds)"])
            return .retry(after: .seconds(max(1, seconds)))
        case _ where error.isRetryable:
            try? await store.noteLineAttempt(item.updateID, error: "\(error)")
            ServeMetrics.sendFailed("line", reason: Self.reason(error))
            logger.warning("LINE send failed, will retry", metadata: ["outbox.id": "\(item.firstRowID)", "api.method": "\(call)", "error": "\(error)"])
            return .retry(after: .zero)
        default:
            try? await store.markLineDropped(item.updateID, error: "\(error)", at: now())
            ServeMetrics.sendFailed("line", reason: "refused")
            logger.error("LINE refused the answer, dropped", metadata: ["outbox.id": "\(item.firstRowID)", "api.method": "\(call)", "error": "\(error)"])
            return .dropped
        }
    }

    /// Marks a round's delivered answers sent, retrying the write (never the send) until it sticks or the service stops.
    func recordSent(_ sent: [(updateID: Int64, note: String?, chatID: String, messageIDs: [String])]) async {
        guard !sent.isEmpty else { return }
        var backoff = Backoff(initial: serve.backoffInitial, maximum: serve.backoffMaximum)
        while true {
            do {
                try await store.markLineSent(sent, at: now())
                return
            } catch {
                logger.error("delivered but not recorded, retrying the write", metadata: ["outbox.events": "\(sent.count)", "error": "\(error)"])
                if shouldStop { return }
                await clock.sleep(backoff.next())
            }
        }
    }

    /// The message objects of an item: its texts, the quick replies under the last.
    static func messages(_ item: LineOutboxItem) -> [LineOutgoingMessage] {
        let quick = item.quickReplyJSON.flatMap { try? JSONDecoder().decode(LineQuickReply.self, from: Data($0.utf8)) }
        return item.texts.enumerated().map { n, text in
            LineOutgoingMessage(text: text, quickReply: n == item.texts.count - 1 ? quick : nil)
        }
    }

    static func reason(_ error: TransportError) -> String {
        switch error {
        case .timeout: return "timeout"
        case .connectionFailed: return "connection"
        case .httpStatus(let status, _): return "http_\(status)"
        case .malformedResponse: return "malformed"
        default: return "other"
        }
    }
}

extension LineSender: CustomStringConvertible {
    /// A short name for the service group's logs (never the secrets).
    public var description: String { "LineSender(\(configuration))" }
}
