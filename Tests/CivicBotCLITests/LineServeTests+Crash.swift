import CivicBotFakeLine
import CivicBotTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension LineServeTests {
    @Test("LINE crash and fault soak: 600 events in 5 waves, a SIGKILL at a random moment in each, API faults; restarts on the same database: 0 lost, 0 duplicates")
    func crashes() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line-crash.sqlite").path
        let waves = 5, perWave = 120
        var next = 0
        var generator = SystemRandomNumberGenerator()
        var moments: [String] = []
        let faults: [FakeLinePlatform.Fault] = [.internalServerError, .rateLimited(retryAfter: 1), .dropConnection, .dropAfterAccepting, .slow(seconds: 0.3)]
        var (serve, port) = try await Self.start(platform, database)
        platform.startWebhooks(port: port, concurrency: 2, eventsPerRequest: 3, timeout: 2)
        for wave in 0..<waves {
            var events: [[String: Any]] = []
            for _ in 0..<perWave {
                events.append(platform.messageEvent(ServeCommandTests.questions[next % ServeCommandTests.questions.count], from: FakeLinePlatform.userID(10_000 + next)))
                next += 1
            }
            platform.script(faults[wave % faults.count], faults[(wave + 2) % faults.count], for: "/v2/bot/message/reply")
            platform.enqueue(events)
            let ms = Int.random(in: 50...400, using: &generator)
            try await Task.sleep(for: .milliseconds(ms))
            serve.send(SIGKILL)
            _ = await serve.wait(timeout: .seconds(5))
            moments.append("\(ms) ms (\(Set(platform.deliveredMessages.map(\.to)).count) answered)")
            (serve, port) = try await Self.start(platform, database)
            platform.retarget(port: port)
        }
        let total = waves * perWave
        let complete = await eventually(timeout: .seconds(120)) {
            platform.unacknowledged == 0 && Set(platform.deliveredMessages.map(\.to)).count == total
        }
        try await Task.sleep(for: .milliseconds(500))  // anything doubled late would show now
        serve.send(SIGTERM)
        let status = await serve.wait(timeout: .seconds(10))
        var counts: [String: Int] = [:]
        for message in platform.deliveredMessages { counts[message.to, default: 0] += 1 }
        let lost = total - counts.count
        let duplicates = counts.values.reduce(0) { $0 + max(0, $1 - 1) }
        let statuses = platform.webhookStatuses
        print("line-crash-test: events \(total), kills \(waves) at \(moments), lost \(lost), duplicates \(duplicates), "
              + "webhook requests \(statuses.count) (unanswered or not 200: \(statuses.filter { $0 != 200 }.count)), "
              + "API calls \(platform.apiCalls.count), pushes \(platform.pushQuotaUsed)")
        #expect(complete, "answered \(counts.count) of \(total); unacknowledged \(platform.unacknowledged)")
        #expect(lost == 0)
        #expect(duplicates == 0)
        #expect(status == 0, "\(serve.log.suffix(2_000))")
        #expect(try Self.count("lineEvent", in: database) == total)
        #expect(try Self.count("interaction", in: database) == total)
        let queue = try DatabaseQueue(path: database)
        let pending = try await queue.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE sentAt IS NULL AND droppedAt IS NULL") ?? -1
        }
        #expect(pending == 0)
    }
}
