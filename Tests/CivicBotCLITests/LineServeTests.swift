import CivicBotCore
import CivicBotFakeLine
import CivicBotTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `civicbot serve` with LINE through the built binary against the fake LINE platform on 127.0.0.1.
@Suite(.serialized) struct LineServeTests {
    /// What `repl --jsonl` answers to `text` as a LINE message (the expected reply, from the same pipeline).
    static func expected(_ text: String, group: Bool = false, mention: Bool = false) throws -> String? {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("expected.sqlite").path
        let line: [String: Any] = ["text": mention ? "@civicbot " + text : text, "platform": "line", "user_id": FakeLinePlatform.userID(1),
                                   "chat_type": group ? "group" : "private", "chat_id": 5]
        let input = String(decoding: try JSONSerialization.data(withJSONObject: line), as: UTF8.self) + "\n"
        let result = try BinaryRunner.run(["repl", "--jsonl", "--db", db, "--intents", Fixtures.intents.path], input: input)
        let object = try JSONSerialization.jsonObject(with: Data((result.lines.first ?? "{}").utf8)) as? [String: Any]
        return object?["reply"] as? String
    }

    static func count(_ table: String, in database: String) throws -> Int {
        try DatabaseQueue(path: database).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    static func start(_ platform: FakeLinePlatform, _ database: String, extra: [String] = []) async throws -> (LineServeProcess, UInt16) {
        let serve = try LineServeProcess(platform: platform, database: database, extra: extra)
        let port = try #require(await serve.port(), "no port in the log (running: \(serve.process.isRunning)): \(serve.log.suffix(2_000))")
        return (serve, port)
    }

    @Test("a bad, missing or forged signature is 401 and stores nothing; bad JSON 400; a huge body 413; a verification request 200; all counted in /metrics")
    func refusals() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line.sqlite").path
        let (serve, port) = try await Self.start(platform, database)
        let body = platform.body([platform.messageEvent("เชียงใหม่มีวิทยากรกี่คน", from: FakeLinePlatform.userID(7))])
        #expect(platform.post(body, to: port, signature: "") == 401)
        #expect(platform.post(body, to: port, signature: "bm90IGEgc2lnbmF0dXJl") == 401)
        let forged = FakeLinePlatform(channelSecret: "another-channel-secret").sign(body)
        #expect(platform.post(body, to: port, signature: forged) == 401)
        var tampered = body
        tampered[tampered.count - 3] ^= 0x01
        #expect(platform.post(tampered, to: port, signature: platform.sign(body)) == 401)
        let notJSON = Data("{\"events\": [".utf8)
        #expect(platform.post(notJSON, to: port, signature: platform.sign(notJSON)) == 400)
        let empty = Data()
        #expect(platform.post(empty, to: port, signature: platform.sign(empty)) == 400)
        let huge = Data(repeating: UInt8(ascii: " "), count: 2 << 20)
        #expect(platform.post(huge, to: port, signature: platform.sign(huge), timeout: 10) == 413)
        let verification = platform.body([])
        #expect(platform.post(verification, to: port) == 200)
        try await Task.sleep(for: .milliseconds(200))
        #expect(try Self.count("lineEvent", in: database) == 0)
        #expect(try Self.count("interaction", in: database) == 0)
        #expect(try Self.count("outbox", in: database) == 0)
        #expect(platform.deliveredMessages.isEmpty)
        let metrics = try #require(httpGet(port: port, path: "/metrics"))
        #expect(metrics.0 == 200)
        #expect(metrics.1.contains(#"civicbot_webhook_rejected_total{platform="line",reason="signature"} 4"#), "\(metrics.1)")
        #expect(metrics.1.contains(#"reason="body"} 2"#))
        #expect(metrics.1.contains(#"reason="too_large"} 1"#))
        let health = try #require(httpGet(port: port, path: "/healthz"))
        #expect(health.0 == 200)
        #expect(health.1.contains(#""outbox_pending":0"#), "\(health.1)")
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0, "\(serve.log.suffix(2_000))")
        #expect(!serve.log.contains(platform.channelSecret))
        #expect(!serve.log.contains(platform.accessToken))
    }

    @Test("a question is answered once by reply; the same event redelivered is acknowledged and not answered again")
    func redelivery() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line.sqlite").path
        let (serve, port) = try await Self.start(platform, database, extra: ["--log-level", "trace"])
        let user = FakeLinePlatform.userID(42)
        var event = platform.messageEvent("เชียงใหม่มีวิทยากรกี่คน", from: user)
        #expect(platform.post(platform.body([event]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 1 })
        event["deliveryContext"] = ["isRedelivery": true]
        #expect(platform.post(platform.body([event]), to: port) == 200)
        #expect(platform.post(platform.body([event, event]), to: port) == 200)
        try await Task.sleep(for: .milliseconds(500))
        let delivered = platform.deliveredMessages
        #expect(delivered.count == 1)
        #expect(delivered.first?.to == user)
        #expect(delivered.first?.via == "reply")
        #expect(delivered.first?.text == (try Self.expected("เชียงใหม่มีวิทยากรกี่คน")))
        #expect(try Self.count("lineEvent", in: database) == 1)
        #expect(try Self.count("interaction", in: database) == 1)
        let stored = try DatabaseQueue(path: database).read {
            try Row.fetchOne($0, sql: "SELECT platform, platformUserID, platformChatID, userID FROM interaction")
        }
        #expect(stored?["platform"] == "line")
        #expect(stored?["platformUserID"] == user)
        #expect((stored?["userID"] as Int64?) ?? 0 < 0)
        let metrics = try #require(httpGet(port: port, path: "/metrics")).1
        #expect(metrics.contains(#"civicbot_duplicates_acknowledged_total{platform="line"} 2"#), "\(metrics)")
        #expect(metrics.contains(#"civicbot_replies_sent_total{platform="line",via="reply"} 1"#))
        #expect(metrics.contains("civicbot_answer_latency_seconds_bucket"))
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(!serve.log.contains(platform.channelSecret))
        #expect(!serve.log.contains(platform.accessToken))
    }

    @Test("groups: chatter and unaddressed questions get silence, a mention of the bot is answered, join greets with how to ask, follow welcomes")
    func groups() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line.sqlite").path
        let (serve, port) = try await Self.start(platform, database)
        let group = FakeLinePlatform.groupID(9), user = FakeLinePlatform.userID(9)
        let events = [
            platform.chatEvent("join", group: group),
            platform.messageEvent("ภูเก็ตมีสักสาขามั้ยคะ", from: user, group: group),
            platform.messageEvent("กินข้าวกันยังคะ", from: user, group: group),
            platform.messageEvent("กรมการปกครองมีหน้าที่อะไร", from: user, group: group, mentionSelf: true),
            platform.chatEvent("follow", user: FakeLinePlatform.userID(10)),
            platform.chatEvent("leave", group: FakeLinePlatform.groupID(11)),
        ]
        #expect(platform.post(platform.body(events), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count >= 3 })
        try await Task.sleep(for: .milliseconds(300))
        let delivered = platform.deliveredMessages
        #expect(delivered.count == 3, "\(delivered.map(\.text))")
        #expect(delivered.contains { $0.to == group && $0.text == Fixtures.template(.greeting, "line_join") })
        #expect(delivered.contains { $0.to == FakeLinePlatform.userID(10) && $0.text == Fixtures.template(.greeting, "line_follow") })
        let answer = delivered.first { $0.to == group && $0.text != Fixtures.template(.greeting, "line_join") }
        #expect(answer?.text == (try Self.expected("กรมการปกครองมีหน้าที่อะไร", group: true, mention: true)))
        #expect(try Self.count("lineEvent", in: database) == 6)
        #expect(try Self.count("interaction", in: database) == 3)
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
    }

    @Test("in a group, quoting one of the bot's own messages addresses it (quotedMessageId); quoting another message does not")
    func quotes() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line-quote.sqlite").path
        let (serve, port) = try await Self.start(platform, database)
        let group = FakeLinePlatform.groupID(12), user = FakeLinePlatform.userID(12)
        #expect(platform.post(platform.body([platform.messageEvent("ลำพูนมีวิทยากรกี่คน", from: user, group: group, mentionSelf: true)]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 1 })
        let ours = try #require(platform.deliveredMessages.first?.messageID)
        #expect(await eventually(timeout: .seconds(10)) { (try? Self.count("lineSentMessage", in: database)) == 1 })
        // "แพร่ด้วย" asks nothing on its own: unaddressed in a group it is chatter.
        let events = [platform.messageEvent("แพร่ด้วย", from: user, group: group, quoting: "77777"),
                      platform.messageEvent("แพร่ด้วย", from: user, group: group, quoting: ours)]
        #expect(platform.post(platform.body(events), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count >= 2 })
        try await Task.sleep(for: .milliseconds(300))
        let delivered = platform.deliveredMessages
        #expect(delivered.count == 2, "\(delivered.map(\.text))")
        #expect(delivered.last?.eventID == events[1]["webhookEventId"] as? String, "the answer is not to the quoting message")
        #expect(delivered.last?.text == (try Self.expected("แพร่มีวิทยากรกี่คน", group: true, mention: true)))
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
    }

    @Test("an expired reply token falls back to push in private chats (with a retry key), never in groups; --line-push none drops")
    func expiredToken() async throws {
        let platform = FakeLinePlatform(replyTokenLifetime: 0)
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line.sqlite").path
        let (serve, port) = try await Self.start(platform, database)
        let user = FakeLinePlatform.userID(5), group = FakeLinePlatform.groupID(5)
        let events = [platform.messageEvent("ติดต่อใครได้บ้าง", from: user),
                      platform.messageEvent("ติดต่อใครได้บ้าง", from: user, group: group, mentionSelf: true)]
        #expect(platform.post(platform.body(events), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 1 })
        #expect(await eventually(timeout: .seconds(10)) {
            ((try? DatabaseQueue(path: database).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM outbox WHERE droppedAt IS NOT NULL") }) ?? 0) == 1
        })
        #expect(platform.deliveredMessages.map(\.via) == ["push"])
        #expect(platform.deliveredMessages.first?.to == user)
        #expect(platform.pushQuotaUsed == 1)
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)

        let (strict, strictPort) = try await Self.start(platform, database, extra: ["--line-push", "none"])
        #expect(platform.post(platform.body([platform.messageEvent("ติดต่อใครได้บ้าง", from: user)]), to: strictPort) == 200)
        #expect(await eventually(timeout: .seconds(10)) {
            ((try? DatabaseQueue(path: database).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM outbox WHERE droppedAt IS NOT NULL") }) ?? 0) == 2
        })
        #expect(platform.deliveredMessages.count == 1)
        strict.send(SIGTERM)
        #expect(await strict.wait(timeout: .seconds(10)) == 0)
    }
}
