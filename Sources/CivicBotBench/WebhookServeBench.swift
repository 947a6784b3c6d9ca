import CivicBotCore
import CivicBotFakeLine
import CivicBotLine
import CivicBotService
import CivicBotStore
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The `webhook.serve` figures of `civicbot bench`: the real `civicbot serve` binary, started as a
/// child process with its production settings, answers signed LINE events that the fake platform
/// (in the bench's own process) posts over loopback; every reply is checked against the REPL's
/// answer. The child's own CPU time (user + system, from /proc) gives the events one core answers
/// a second, apart from the fake platform's share of the machine, which the in-process figures
/// include.
public enum WebhookServeBench {
    /// Result of one run.
    public struct Result: Sendable {
        /// Events answered and checked per second of wall time.
        public let eventsPerSecond: Double
        /// Events answered per second of the serve process's CPU time: what one core sustains.
        public let eventsPerCPUSecond: Double
        /// CPU time of the serve process per event, microseconds.
        public let cpuMicrosPerEvent: Double
        /// 99th percentile of the time to the webhook's 200, milliseconds.
        public let p99Millis: Double
    }

    /// Starts `executable serve` on a fresh database seeded here, posts `events` private text
    /// messages (the corpus, cycled, one user each) with `concurrency` senders, and waits until
    /// every reply is delivered and checked.
    public static func run(executable: String, intents: String, corpus: [String], matcher: IntentMatcher, lexicon: Lexicon, events: Int,
                           eventsPerRequest: Int = 1, concurrency: Int = 4, progress: (String) -> Void) async throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-webhook-serve-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = dir.appendingPathComponent("serve.sqlite").path
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let (queued, expected) = try WebhookBench.expectedReplies(corpus: corpus, matcher: matcher, lexicon: lexicon, database: database,
                                                                  platform: platform, events: events)
        let parts = expected.values.reduce(0) { $0 + $1.count }
        progress("webhook (serve process): \(events) signed LINE events, \(eventsPerRequest) a request, \(parts) reply messages expected")

        let child = try ServeChild(executable: executable, intents: intents, database: database, platform: platform, log: dir.appendingPathComponent("serve.log"))
        defer { child.stop() }
        guard let port = await child.port(timeout: .seconds(60)) else {
            throw ServeBench.Mismatch(description: "civicbot serve did not start listening: \(child.log.suffix(500))")
        }
        platform.enqueue(queued)
        guard let before = child.cpuSeconds() else { throw ServeBench.Mismatch(description: "the serve process's CPU time is not readable in /proc") }
        let started = ContinuousClock.now
        platform.startWebhooks(port: port, concurrency: concurrency, eventsPerRequest: eventsPerRequest, timeout: 5)
        let deadline = ContinuousClock.now + .seconds(120)
        while platform.deliveredMessages.count < parts, ContinuousClock.now < deadline, child.isRunning {
            try await Task.sleep(for: .milliseconds(2))
        }
        let elapsed = ContinuousClock.now - started
        guard let after = child.cpuSeconds() else { throw ServeBench.Mismatch(description: "the serve process ended during the run: \(child.log.suffix(500))") }
        guard platform.deliveredMessages.count >= parts else { throw ServeBench.Mismatch(description: "not every LINE reply arrived within 120 s") }
        try WebhookBench.check(platform.deliveredMessages, against: expected)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = max(after - before, 0.001)
        let times = platform.webhookAnswerTimes.sorted()
        let p99 = times.isEmpty ? .nan : times[min(times.count - 1, Int(Double(times.count) * 0.99))] * 1_000
        let result = Result(eventsPerSecond: Double(events) / seconds, eventsPerCPUSecond: Double(events) / cpu,
                            cpuMicrosPerEvent: cpu * 1e6 / Double(events), p99Millis: p99)
        progress(String(format: "webhook (serve process): %d events answered and checked in %.2f s: %.0f events/s; the serve process used %.2f s of CPU: %.0f µs an event, %.0f events a CPU second; answer p99 %.2f ms",
                        events, seconds, result.eventsPerSecond, cpu, result.cpuMicrosPerEvent, result.eventsPerCPUSecond, result.p99Millis))
        return result
    }
}

/// `civicbot serve` with LINE on, as the operator runs it (secrets in the environment).
final class ServeChild {
    private let process = Process()
    private let logFile: URL

    init(executable: String, intents: String, database: String, platform: FakeLinePlatform, log: URL) throws {
        logFile = log
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--line-api-base", platform.baseURL, "--db", database, "--intents", intents, "--listen", "127.0.0.1:0",
                             "--log-level", "notice"]
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CIVICBOT_") && !$0.key.hasPrefix("LINE_") }
        env["LINE_CHANNEL_SECRET"] = platform.channelSecret
        env["LINE_CHANNEL_ACCESS_TOKEN"] = platform.accessToken
        env["NO_PROXY"] = "127.0.0.1,localhost"
        env["no_proxy"] = "127.0.0.1,localhost"
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    var log: String { String(decoding: (try? Data(contentsOf: logFile)) ?? Data(), as: UTF8.self) }

    /// The port the server bound, from its log line.
    func port(timeout: Duration) async -> UInt16? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, process.isRunning {
            let log = log
            if let range = log.range(of: #"http\.address=127\.0\.0\.1:(\d+)"#, options: .regularExpression),
               let port = UInt16(log[range].split(separator: ":").last ?? "") { return port }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// User plus system CPU seconds the process has used (fields 14 and 15 of /proc/PID/stat).
    func cpuSeconds() -> Double? {
        guard process.isRunning,
              let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
