import CivicBotCore
import CivicBotFakeTelegram
import CivicBotService
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// The `serve` figure of `civicbot bench`: updates per second end to end — libcurl long polling,
/// the pipeline, the one-transaction record, the outbox sender — against the fake Bot API on
/// 127.0.0.1, flood control off. Every reply is checked against what the bot answers in the REPL.
public enum ServeBench {
    /// Result of one run.
    public struct Result: Sendable {
        /// Updates answered and checked per second of wall time.
        public let updatesPerSecond: Double
        /// Updates queued (and answered).
        public let updates: Int
        /// Seconds from the start of the service group to the last reply delivered.
        public let seconds: Double
    }

    /// Why the run is not a valid figure.
    public struct Mismatch: Error, CustomStringConvertible {
        /// What differed.
        public let description: String
    }

    /// Queues `updates` private messages (the corpus, cycled, over 100 chats), runs the poller and
    /// sender until every reply is delivered, and checks each chat's replies.
    public static func run(corpus: [String], matcher: IntentMatcher, lexicon: Lexicon, updates: Int, progress: (String) -> Void) async throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-serve-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try AppDatabase.open(path: dir.appendingPathComponent("serve.sqlite").path, lexicon: lexicon)
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }

        // What each chat must receive, in order: the REPL's answers to the same messages.
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let reference = try Bot(matcher: matcher, store: store, logger: logger)
        var expected: [Int64: [String]] = [:]
        for n in 0..<updates {
            let chat = Int64(50_000 + n % 100)
            let text = corpus[n % corpus.count]
            server.enqueueMessage(text, chatID: chat, fromID: chat)
            let reply = reference.reply(to: Message(text: text, userID: chat, chatID: chat, chatType: .private))
            if let answer = reply.text { expected[chat, default: []].append(contentsOf: OutgoingText.parts(answer)) }
        }
        let parts = expected.values.reduce(0) { $0 + $1.count }
        progress("serve: \(updates) updates queued on the fake Bot API, \(parts) reply parts expected")

        let configuration = ServeConfiguration(
            token: server.token, apiBase: server.baseURL, pollTimeout: 1, floodControl: false,
            backoffInitial: .milliseconds(10), backoffMaximum: .milliseconds(100), outboxIdleInterval: .milliseconds(1))
        var http = CurlHTTPClient.Configuration()
        http.noProxyHosts = "127.0.0.1,localhost"
        let api = BotAPIClient(token: server.token, configuration: .init(baseURL: server.baseURL),
                               transport: CurlHTTPClient(configuration: http, logger: logger), logger: logger)
        let group = ServiceGroup(configuration: .init(services: [
            .init(service: OutboxSender(api: api, store: store, configuration: configuration, logger: logger)),
            .init(service: Poller(api: api, bot: try Bot(matcher: matcher, store: store, logger: logger), configuration: configuration, logger: logger)),
        ], logger: logger))
        let started = ContinuousClock.now
        let finished: Duration? = try await withThrowingTaskGroup(of: Duration?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            tasks.addTask {
                let deadline = ContinuousClock.now + .seconds(120)
                while server.deliveredMessages.count < parts, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(2))
                }
                let elapsed = ContinuousClock.now - started
                await group.triggerGracefulShutdown()
                return server.deliveredMessages.count >= parts ? elapsed : nil
            }
            var result: Duration?
            for try await value in tasks where value != nil { result = value }
            return result
        }
        guard let finished else { throw Mismatch(description: "not every reply arrived within 120 s") }

        var received: [Int64: [String]] = [:]
        for body in server.deliveredMessages {
            guard let chat = (body["chat_id"] as? NSNumber)?.int64Value, let text = body["text"] as? String else { continue }
            received[chat, default: []].append(text)
        }
        let escaped = expected.mapValues { $0.map(HTMLEscaper.escape) }
        guard received == escaped else {
            let wrong = escaped.keys.filter { received[$0] != escaped[$0] }.count
            throw Mismatch(description: "\(wrong) chats received replies that differ from the REPL's")
        }
        let seconds = Double(finished.components.seconds) + Double(finished.components.attoseconds) / 1e18
        progress(String(format: "serve: %d updates answered and checked in %.2f s", updates, seconds))
        return Result(updatesPerSecond: Double(updates) / seconds, updates: updates, seconds: seconds)
    }
}
