import CivicBotCore
import CivicBotFakeTelegram
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// A poller and an outbox sender against the fake Bot API on 127.0.0.1, on a temporary database,
/// with short timeouts and backoff so fault tests stay fast. Both wait on `clock` (virtual time).
/// The sender sends one chat at a time unless `sendConcurrency` says otherwise, so that tests may
/// assert the order across chats (side by side, only each chat's own order is kept).
struct ServeHarness {
    let server: FakeBotAPIServer
    let store: AppDatabase
    let api: BotAPIClient
    let configuration: ServeConfiguration
    let clock = TestClock()
    /// False: both services wait on the real clock (for tests about the order of real work).
    let virtualTime: Bool

    init(token: String = "123456789:AAE-test_TOKEN-sEcReT", floodControl: Bool = false, virtualTime: Bool = true, sendConcurrency: Int = 1) throws {
        self.virtualTime = virtualTime
        server = FakeBotAPIServer()
        try server.start()
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("serve.sqlite").path
        store = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        var configuration = ServeConfiguration(
            token: token, apiBase: server.baseURL, pollTimeout: 1, floodControl: floodControl,
            backoffInitial: .milliseconds(20), backoffMaximum: .milliseconds(200), outboxIdleInterval: .milliseconds(10),
            shutdownGrace: .seconds(2), connectTimeout: .seconds(2), requestTimeout: .seconds(2))
        configuration.sendConcurrency = sendConcurrency
        self.configuration = configuration
        var http = CurlHTTPClient.Configuration()
        http.connectTimeout = .seconds(2)
        http.timeout = .seconds(2)
        http.noProxyHosts = "127.0.0.1,localhost"
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        api = BotAPIClient(token: token, configuration: .init(baseURL: server.baseURL, requestTimeout: .seconds(2), longPollGrace: .seconds(1)),
                           transport: CurlHTTPClient(configuration: http, logger: logger), logger: logger)
    }

    /// Runs poller and sender until `done` holds (checked every 20 ms) or `timeout` passes, then
    /// shuts down gracefully. Returns whether `done` held, and the error the group ended with.
    func run(timeout: Duration = .seconds(20), until done: @escaping @Sendable () -> Bool) async -> (finished: Bool, error: (any Error)?) {
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let sender = OutboxSender(delivery: RecordingDelivery(inner: TelegramDelivery(api: api), clock: clock), store: store,
                                  configuration: configuration, logger: logger, clock: virtualTime ? clock.serveClock(for: "sender") : .real)
        let poller = Poller(api: api, bot: try! Bot(matcher: Fixtures.matcher, store: store, logger: logger), configuration: configuration, logger: logger,
                            clock: virtualTime ? clock.serveClock(for: "poller") : .real)
        let group = ServiceGroup(configuration: .init(services: [.init(service: sender), .init(service: poller)], logger: logger))
        return await withTaskGroup(of: (Bool, (any Error)?).self) { tasks in
            tasks.addTask {
                do { try await group.run(); return (false, nil) } catch { return (false, error) }
            }
            tasks.addTask {
                let deadline = ContinuousClock.now + timeout
                while ContinuousClock.now < deadline, !done(), !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) }
                let finished = done()
                await group.triggerGracefulShutdown()
                return (finished, nil)
            }
            var finished = false
            var failure: (any Error)?
            for await (f, e) in tasks {
                finished = finished || f
                failure = failure ?? e
                tasks.cancelAll()  // whichever ends first (the group failing, or the wait) ends the other
            }
            return (finished, failure)
        }
    }

    /// Delivered replies per chat id.
    func deliveredByChat() -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for body in server.deliveredMessages {
            if let chat = (body["chat_id"] as? NSNumber)?.int64Value { counts[chat, default: 0] += 1 }
        }
        return counts
    }
}
