import CivicBotCore
import CivicBotFakeTelegram
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `civicbot serve` through the built binary against the fake Bot API on 127.0.0.1.
@Suite(.serialized) struct ServeCommandTests {
    static let questions = [
        "เชียงใหม่มีวิทยากรกี่คน", "กรมการปกครองมีหน้าที่อะไร", "MOU มีระยะเวลากี่ปี", "ศส.ปชต. คืออะไร", "อสม. ย่อมาจากอะไร",
        "ติดต่อใครได้บ้าง", "จังหวัดไหนมีวิทยากรมากที่สุด", "สวัสดีค่ะ", "ขายเสื้อค่ะ", "โคราชมีวิทยากรหลักกี่คน",
    ]

    func delivered(_ server: FakeBotAPIServer) -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for body in server.deliveredMessages {
            if let chat = (body["chat_id"] as? NSNumber)?.int64Value { counts[chat, default: 0] += 1 }
        }
        return counts
    }

    @Test("crash test: 900 updates, SIGKILL at random moments, restarts on the same database: none lost, none doubled beyond one per crash")
    func crashes() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let updates = 900
        var next = 0
        func enqueue(_ n: Int) {
            for _ in 0..<n {
                server.enqueueMessage(Self.questions[next % Self.questions.count], chatID: Int64(10_000 + next), fromID: Int64(10_000 + next))
                next += 1
            }
        }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("crash.sqlite").path
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var moments: [String] = []
        // Each round brings new work, and the kill lands at a random moment while it is being done.
        for _ in 0..<6 {
            enqueue(updates / 6)
            let serve = try ServeProcess(server: server, database: database)
            let ms = Int.random(in: 50...350, using: &generator)
            try await Task.sleep(for: .milliseconds(ms))
            serve.send(SIGKILL)
            _ = await serve.wait(timeout: .seconds(5))
            kills += 1
            moments.append("\(ms) ms (\(delivered(server).count) answered)")
        }
        let polls = server.count(of: "getUpdates")
        let serve = try ServeProcess(server: server, database: database)
        let complete = await eventually(timeout: .seconds(120)) { delivered(server).count == updates && server.count(of: "getUpdates") > polls + 1 }
        serve.send(SIGTERM)
        let status = await serve.wait(timeout: .seconds(10))
        let counts = delivered(server)
        let lost = updates - counts.count
        let duplicates = counts.values.reduce(0) { $0 + max(0, $1 - 1) }
        print("crash-test: updates \(updates), kills \(kills) at \(moments) ms, lost \(lost), duplicates \(duplicates), sendMessage calls \(server.count(of: "sendMessage"))")
        #expect(complete, "not all answered: \(counts.count) of \(updates)")
        #expect(lost == 0)
        #expect(duplicates <= kills)
        #expect(status == 0, "\(serve.log.suffix(2_000))")
        if status != 0 { print("crash-test serve log: \(serve.log.suffix(3_000))") }
        // The interaction log holds each update once: the offset and the log move together.
        let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
        let log = try store.recentInteractions(limit: 10_000)
        #expect(log.count == updates)
        #expect(Set(log.map(\.chatID)).count == updates)
        #expect(try store.serviceStatus(now: Date()).outboxPending == 0)
    }

    @Test("SIGTERM finishes the message in hand, tries the outbox once, exits 0 within seconds")
    func gracefulShutdown() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("graceful.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        server.enqueueMessage("สวัสดีค่ะ", chatID: 1, fromID: 1)
        #expect(await eventually(timeout: .seconds(20)) { delivered(server)[1] == 1 })
        // The next answer is slow to send: SIGTERM arrives while it is in flight.
        server.script(.slow(seconds: 1), for: "sendMessage")
        server.enqueueMessage("ติดต่อใครได้บ้าง", chatID: 2, fromID: 2)
        #expect(await eventually(timeout: .seconds(10)) { server.sentMessages.count >= 2 })
        let started = ContinuousClock.now
        serve.send(SIGTERM)
        let status = await serve.wait(timeout: .seconds(12))
        #expect(status == 0, "\(serve.log.suffix(2_000))")
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(delivered(server)[2] == 1)

        // status reads the same database: offset past both updates, nothing pending.
        let report = try BinaryRunner.run(["status", "--db", database, "--intents", Fixtures.intents.path])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("outbox pending: 0"))
        #expect(report.stdout.contains("messages today: 2") || report.stdout.contains("messages today:"))
        try await Task.sleep(for: .milliseconds(1_100))
        let stale = try BinaryRunner.run(["status", "--db", database, "--intents", Fixtures.intents.path, "--max-age", "0"])
        #expect(stale.status != 0)
        #expect(stale.stderr.contains("stale"))
    }

    @Test("a refused token (401) stops serve with a clear message, and the token appears nowhere in its output")
    func unauthorized() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let secret = "424242:SECRET-token-never-logged"
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("401.sqlite").path
        let serve = try ServeProcess(server: server, database: database, token: secret, extra: ["--log-level", "trace"])
        let status = await serve.wait(timeout: .seconds(15))
        #expect(status == 1)
        #expect(serve.log.contains("401"))
        #expect(!serve.log.contains("SECRET-token"))
    }

    @Test("faults with the token in curl's own messages never print it, even at trace level")
    func tokenNeverLogged() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        server.script(.dropConnection, .badGatewayHTML, .truncatedJSON, .conflict, for: "getUpdates")
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("token.sqlite").path
        let serve = try ServeProcess(server: server, database: database, extra: ["--log-level", "trace"])
        server.enqueueMessage("สวัสดีค่ะ", chatID: 3, fromID: 3)
        #expect(await eventually(timeout: .seconds(20)) { delivered(server)[3] == 1 })
        serve.send(SIGTERM)
        _ = await serve.wait(timeout: .seconds(8))
        let secretPart = String(server.token.split(separator: ":").last ?? "")
        #expect(!serve.log.contains(secretPart))
        #expect(serve.log.contains("409") || serve.log.contains("Conflict"))
    }

    @Test("two instances on one database: the second refuses to poll")
    func lock() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("lock.sqlite").path
        let first = try ServeProcess(server: server, database: database)
        #expect(await eventually(timeout: .seconds(20)) { server.count(of: "getUpdates") > 0 })
        let second = try ServeProcess(server: server, database: database)
        let status = await second.wait(timeout: .seconds(10))
        #expect(status == 1)
        #expect(second.log.contains("already"))
        first.send(SIGTERM)
        #expect(await first.wait(timeout: .seconds(8)) == 0)
    }

    @Test("no token: a clear error, exit 1")
    func noToken() throws {
        let result = try BinaryRunner.run(["serve", "--api-base", "http://127.0.0.1:1", "--db", ":memory:"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("CIVICBOT_TOKEN"))
    }
}
