import CivicBotFakeTelegram
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9 through the binary: the outbox sender is fair across chats and keeps Telegram's limits,
/// at shutdown too.
extension ServeCommandTests {
    @Test("issue 9 item 2: one chat with 150 queued replies does not delay another chat's reply (flood control on)")
    func fairSender() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("fair.sqlite").path
        for _ in 0..<150 { server.enqueueMessage("สวัสดีค่ะ", chatID: 801, fromID: 801) }
        server.enqueueMessage("ติดต่อใครได้บ้าง", chatID: 802, fromID: 802)
        let serve = try ServeProcess(server: server, database: database, floodControl: true)
        // Before the fix the sender saw only the 100 oldest parts: chat 802 waited for 50 of chat 801's, about 50 s.
        let answered = await eventually(timeout: .seconds(30)) { delivered(server)[802] == 1 }
        let busy = delivered(server)[801] ?? 0
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(answered, "\(serve.log.suffix(1_500))")
        #expect(busy < 40, "chat 802 was answered while chat 801 still had \(150 - busy) replies queued")
    }

    @Test("issue 9 item 7: at SIGTERM the outbox is tried within the flood limits; what cannot go out waits for the next start")
    func shutdownKeepsLimits() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("limits.sqlite").path
        let group: Int64 = -700
        let questions = 40
        for n in 0..<questions {
            server.enqueueMessage("ขอนแก่นมีวิทยากรกี่คนคะ", chatID: group, chatType: "supergroup", fromID: Int64(7_000 + n))
        }
        let started = ContinuousClock.now
        let serve = try ServeProcess(server: server, database: database, floodControl: true)
        // Every question is recorded (the fake forgets updates once serve polls past them).
        #expect(await eventually(timeout: .seconds(30)) { server.pendingUpdateIDs.isEmpty && server.count(of: "getUpdates") >= 2 })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(15)) == 0)
        let sent = delivered(server)[group] ?? 0
        let elapsed = ContinuousClock.now - started
        // About one a second to one chat and 20 a minute to a group: never the whole queue at once.
        #expect(elapsed < .seconds(60))
        #expect(sent >= 1)
        #expect(sent <= 20, "\(sent) messages to one group in \(elapsed)")
        let report = try status(database)
        #expect(report.stdout.contains("outbox pending: \(questions - sent)\n"), "\(report.stdout)")
    }
}
