import CivicBotCore
import CivicBotFakeTelegram
import CivicBotTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A port of 127.0.0.1 free a moment ago (webhook mode must name its URL before it listens).
func freePort() -> UInt16 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    _ = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return UInt16(bigEndian: address.sin_port)
}

extension ServeCommandTests {
    @Test("Telegram webhook mode: setWebhook with a random secret (never in argv or the log), no getUpdates; a wrong or missing secret is 401 and stores nothing; an update is answered once, its redelivery acknowledged; polling again deletes the webhook")
    func webhookMode() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("webhook.sqlite").path
        let port = freePort()
        let url = "http://127.0.0.1:\(port)/telegram/webhook"
        let serve = try ServeProcess(server: server, database: database, extra: ["--telegram-webhook", url, "--listen", "127.0.0.1:\(port)"])
        #expect(await eventually(timeout: .seconds(20)) { server.webhookURL == url }, "\(serve.log.suffix(2_000))")
        let secret = try #require(server.webhookSecret)
        #expect(secret.count >= 32)
        #expect(server.count(of: "getUpdates") == 0, "webhook mode never polls")
        // The server may still be binding when setWebhook returns.
        #expect(await eventually(timeout: .seconds(10)) { httpGet(port: port, path: "/healthz")?.0 == 200 })
        // The fake Bot API says privacy mode is on (Telegram's default): /healthz says so, and what to do.
        let health = try #require(httpGet(port: port, path: "/healthz"))
        #expect(health.1.contains(#""telegram_privacy_mode":true"#), "\(health.1)")
        #expect(health.1.contains("setprivacy"), "\(health.1)")

        let id = server.enqueueMessage("เชียงใหม่มีวิทยากรกี่คน", chatID: 501, fromID: 501)
        let update = try #require(server.queuedUpdate(id))
        #expect(server.postToWebhook(update, secret: nil) == 401)
        #expect(server.postToWebhook(update, secret: "wrong-" + secret.dropFirst(6)) == 401)
        #expect(server.postToWebhook(update, secret: secret + "x") == 401)
        #expect(try LineServeTests.count("interaction", in: database) == 0)
        #expect(try LineServeTests.count("outbox", in: database) == 0)

        #expect(server.deliverToWebhook() == [200])
        #expect(await eventually(timeout: .seconds(10)) { server.deliveredMessages.count == 1 })
        let answer = try #require(server.deliveredMessages.first)
        #expect((answer["chat_id"] as? NSNumber)?.int64Value == 501)
        #expect(Fixtures.fills(answer["text"] as? String ?? "", .trainerCount, "province", ["province": "เชียงใหม่"]))
        // Telegram delivers it again (our 200 was lost): acknowledged, not answered twice.
        #expect(server.postToWebhook(update, secret: secret) == 200)
        let second = server.enqueueMessage("กรมการปกครองมีหน้าที่อะไร", chatID: 502, fromID: 502)
        #expect(server.deliverToWebhook() == [200])
        #expect(await eventually(timeout: .seconds(10)) { server.deliveredMessages.count == 2 })
        try await Task.sleep(for: .milliseconds(300))
        #expect(server.deliveredMessages.count == 2)
        #expect(try LineServeTests.count("interaction", in: database) == 2)
        let next = try await DatabaseQueue(path: database).read { try Int64.fetchOne($0, sql: "SELECT nextOffset FROM pollState WHERE id = 1") }
        #expect(next == second + 1)
        let metrics = httpGet(port: port, path: "/metrics")?.1 ?? ""
        #expect(metrics.contains(#"civicbot_webhook_rejected_total{platform="telegram",reason="secret"} 3"#), "\(metrics)")
        #expect(metrics.contains(#"civicbot_duplicates_acknowledged_total{platform="telegram"} 1"#))
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0, "\(serve.log.suffix(2_000))")
        #expect(!serve.log.contains(secret))
        #expect(!serve.log.contains(server.token))
        #expect(server.count(of: "getUpdates") == 0)
        #expect(server.webhookURL == url, "the webhook stays set across a stop: Telegram keeps the updates meanwhile")

        // Long polling (the default) deletes the webhook before its first getUpdates.
        let polling = try ServeProcess(server: server, database: database)
        server.enqueueMessage("ติดต่อใครได้บ้าง", chatID: 503, fromID: 503)
        #expect(await eventually(timeout: .seconds(20)) { server.deliveredMessages.count == 3 }, "\(polling.log.suffix(2_000))")
        #expect(server.webhookURL == nil)
        polling.send(SIGTERM)
        #expect(await polling.wait(timeout: .seconds(10)) == 0)
    }

    @Test("--telegram-webhook with a URL that is not http(s) is a clear error")
    func webhookErrors() throws {
        let bad = try BinaryRunner.run(["serve", "--telegram-webhook", "ftp://example.org/x", "--db", ":memory:"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--telegram-webhook"))
    }
}
