import CivicBotCore
import CivicBotFakeLine
import CivicBotLine
import CivicBotService
import CivicBotStore
import CivicBotTransport
import CivicBotWeb
import Foundation
import Logging
import ServiceLifecycle

/// The `webhook` figures of `civicbot bench`: signed LINE events per second end to end (the fake
/// platform posts over loopback → signature → pipeline → one transaction per request → LINE
/// sender → reply API on the fake), every reply checked against the REPL's answer, and the p99 of
/// the webhook's answer time. Run with one event a request, and with `batch` events a request
/// (one transaction for all of them), to show what batching does.
public enum WebhookBench {
    /// Result of one run.
    public struct Result: Sendable {
        /// Events answered and checked per second of wall time.
        public let eventsPerSecond: Double
        /// 99th percentile of the time to the webhook's 200, milliseconds.
        public let p99Millis: Double
        /// Median of the same.
        public let p50Millis: Double
        /// Events per request.
        public let eventsPerRequest: Int
    }

    /// Posts `events` private text messages (the corpus, cycled, one user each) with `concurrency`
    /// senders and `eventsPerRequest` events a request, until every reply is delivered and checked.
    public static func run(corpus: [String], matcher: IntentMatcher, lexicon: Lexicon, events: Int, eventsPerRequest: Int = 1,
                           concurrency: Int = 4, progress: (String) -> Void) async throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-webhook-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try AppDatabase.open(path: dir.appendingPathComponent("webhook.sqlite").path, lexicon: lexicon)
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let (queued, expected) = try expectedReplies(corpus: corpus, matcher: matcher, lexicon: lexicon,
                                                     database: dir.appendingPathComponent("reference.sqlite").path, platform: platform, events: events)
        let parts = expected.values.reduce(0) { $0 + $1.count }
        progress("webhook: \(events) signed LINE events, \(eventsPerRequest) a request, \(parts) reply messages expected")

        let line = LineConfiguration(channelSecret: platform.channelSecret, accessToken: platform.accessToken, apiBase: platform.baseURL,
                                     concurrency: 4)
        let timing = ServeConfiguration(token: "", floodControl: false, backoffInitial: .milliseconds(10), backoffMaximum: .milliseconds(100),
                                        outboxIdleInterval: .milliseconds(1))
        var http = CurlHTTPClient.Configuration()
        http.noProxyHosts = "127.0.0.1,localhost"
        let api = LineAPIClient(accessToken: line.accessToken, configuration: .init(baseURL: line.apiBase),
                                transport: CurlHTTPClient(configuration: http, logger: logger), logger: logger)
        let bot = try Bot(matcher: matcher, store: store, logger: logger)
        let bell = OutboxBell()
        let handler = LineWebhookHandler(bot: bot, channelSecret: line.channelSecret, logger: logger, bell: bell)
        let listening = AddressBox()
        platform.enqueue(queued)  // sent once the senders start, below
        let server = WebServer.make(WebServer.Routes(line: handler, store: store, registry: nil), listen: ListenAddress(host: "127.0.0.1", port: 0),
                                    logger: logger, onListening: { address in listening.set(address) })
        let group = ServiceGroup(configuration: .init(services: [
            .init(service: LineSender(api: api, store: store, configuration: line, serve: timing, logger: logger, bell: bell)),
            .init(service: server),
        ], logger: logger))
        let finished: Duration? = try await withThrowingTaskGroup(of: Duration?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            tasks.addTask {
                let up = ContinuousClock.now + .seconds(10)
                var port: UInt16?
                while port == nil, ContinuousClock.now < up {
                    port = listening.get().flatMap { $0.split(separator: ":").last.flatMap { UInt16($0) } }
                    try await Task.sleep(for: .milliseconds(5))
                }
                guard let port else {
                    await group.triggerGracefulShutdown()
                    return nil
                }
                let started = ContinuousClock.now
                platform.startWebhooks(port: port, concurrency: concurrency, eventsPerRequest: eventsPerRequest, timeout: 5)
                let deadline = ContinuousClock.now + .seconds(120)
                while platform.deliveredMessages.count < parts, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(2))
                }
                let elapsed = ContinuousClock.now - started
                await group.triggerGracefulShutdown()
                return platform.deliveredMessages.count >= parts ? elapsed : nil
            }
            var result: Duration?
            for try await value in tasks where value != nil { result = value }
            return result
        }
        guard let finished else { throw ServeBench.Mismatch(description: "not every LINE reply arrived within 120 s") }
        try check(platform.deliveredMessages, against: expected)
        let times = platform.webhookAnswerTimes.sorted()
        func quantile(_ q: Double) -> Double { times.isEmpty ? .nan : times[min(times.count - 1, Int(Double(times.count) * q))] * 1_000 }
        let seconds = Double(finished.components.seconds) + Double(finished.components.attoseconds) / 1e18
        let result = Result(eventsPerSecond: Double(events) / seconds, p99Millis: quantile(0.99), p50Millis: quantile(0.5),
                            eventsPerRequest: eventsPerRequest)
        progress(String(format: "webhook: %d events (%d a request) answered and checked in %.2f s: %.0f events/s, answer p50 %.2f ms, p99 %.2f ms",
                        events, eventsPerRequest, seconds, result.eventsPerSecond, result.p50Millis, result.p99Millis))
        return result
    }
}

extension WebhookBench {
    /// The events to post (`events` private messages, the corpus cycled, one user each) and the
    /// reply messages each user must receive, as a bot on a fresh database of its own (at
    /// `database`, so that no conversation context reaches the bot measured) answers them.
    static func expectedReplies(corpus: [String], matcher: IntentMatcher, lexicon: Lexicon, database: String, platform: FakeLinePlatform,
                                events: Int) throws -> (queued: [[String: Any]], expected: [String: [String]]) {
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let reference = try Bot(matcher: matcher, store: try AppDatabase.open(path: database, lexicon: lexicon), logger: logger)
        let cut = (try? reference.decider.renderer.text(.unknown, "line_cut")) ?? ""
        var expected: [String: [String]] = [:]
        var queued: [[String: Any]] = []
        for n in 0..<events {
            let user = FakeLinePlatform.userID(900_000 + n)
            let text = corpus[n % corpus.count]
            queued.append(platform.messageEvent(text, from: user))
            let reply = reference.reply(to: Message(text: text, userID: 0, chatID: LineEventConverter.chatKey(user), chatType: .private,
                                                    platform: .line, platformUserID: user))
            if let answer = reply.text { expected[user] = LineText.parts(answer, cutNote: cut) }
        }
        return (queued, expected)
    }

    /// Throws unless every user received exactly the reply messages expected, in order.
    static func check(_ delivered: [FakeLinePlatform.Delivered], against expected: [String: [String]]) throws {
        var received: [String: [String]] = [:]
        for message in delivered { received[message.to, default: []].append(message.text) }
        guard received == expected else {
            let wrong = expected.keys.filter { received[$0] != expected[$0] }.count
            throw ServeBench.Mismatch(description: "\(wrong) LINE chats received replies that differ from the REPL's")
        }
    }
}

/// The address the server reports once it listens.
final class AddressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var address: String?
    func set(_ value: String) { lock.withLock { address = value } }
    func get() -> String? { lock.withLock { address } }
}
