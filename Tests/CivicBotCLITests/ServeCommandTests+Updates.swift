import CivicBotCore
import CivicBotFakeTelegram
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9 through the binary: updates that used to make serve deaf or stuck.
extension ServeCommandTests {
    /// `civicbot status` on `database`.
    func status(_ database: String) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["status", "--db", database, "--intents", Fixtures.intents.path, "--max-age", "100000"])
    }

    @Test("issue 9 item 1: after an update_id reset (ids below the stored offset) serve logs it, rebases the offset and answers")
    func updateIDReset() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("reset.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        for n in 0..<3 { server.enqueueMessage("สวัสดีค่ะ", chatID: Int64(201 + n), fromID: Int64(201 + n)) }
        #expect(await eventually(timeout: .seconds(20)) { delivered(server).count == 3 && server.pendingUpdateIDs.isEmpty })
        // A week of silence: Telegram starts again from an id below the offset serve keeps.
        server.resetUpdateIDs(to: 7)
        server.enqueueMessage("ติดต่อใครได้บ้าง", chatID: 211, fromID: 211)
        server.enqueueMessage("ศส.ปชต. คืออะไร", chatID: 212, fromID: 212)
        let answered = await eventually(timeout: .seconds(20)) { delivered(server)[211] == 1 && delivered(server)[212] == 1 }
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(answered, "\(serve.log.suffix(1_500))")
        #expect(serve.log.contains("update_id reset"))
        #expect(try status(database).stdout.contains("offset: 9\n"))
    }

    @Test("issue 9 item 3a: an update the decoder cannot read (from without first_name) is quarantined and the batch goes on")
    func unreadableUpdate() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("unreadable.sqlite").path
        let bad = server.enqueueUpdate(UpdateJSON.message("สวัสดีค่ะ", chatID: 301, from: ["id": 301, "is_bot": false]))
        server.enqueueMessage("สวัสดีค่ะ", chatID: 302, fromID: 302)
        let serve = try ServeProcess(server: server, database: database)
        let answered = await eventually(timeout: .seconds(20)) { delivered(server)[302] == 1 }
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(answered, "\(serve.log.suffix(1_500))")
        #expect(delivered(server)[301] == nil)
        #expect(serve.log.contains("quarantined") && serve.log.contains("\(bad)"))
        let report = try status(database)
        #expect(report.stdout.contains("quarantined: 1\n"), "\(report.stdout)")
        #expect(report.stdout.contains("offset: \(bad + 2)\n"))
    }

    @Test("issue 9 item 6: a forwarded admin command (forward_origin, or legacy forward_from/forward_date) is never executed; it is answered as ordinary text")
    func forwardedCommand() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("forward.sqlite").path
        #expect(try BinaryRunner.run(["admin", "add", "81", "--db", database, "--intents", Fixtures.intents.path]).status == 0)
        let serve = try ServeProcess(server: server, database: database)
        server.enqueueMessage("ลงทะเบียนวิทยากร ชื่อ นางสาวมาลี ศรีสุข จังหวัด น่าน หน่วยงาน กรมกิจการผู้สูงอายุ ประเภท ขยายผล โทร 0891112222", chatID: 81, fromID: 81)
        let origin: [String: Any] = ["type": "user", "date": 1_716_990_000, "sender_user": UpdateJSON.person(84)]
        server.enqueueUpdate(UpdateJSON.message("ลบวิทยากร T-0001", chatID: 81, from: UpdateJSON.person(81), extra: ["forward_origin": origin]))
        server.enqueueUpdate(UpdateJSON.message("ลบวิทยากร T-0001", chatID: 81, from: UpdateJSON.person(81),
                                                extra: ["forward_from": UpdateJSON.person(84), "forward_date": 1_716_990_000]))
        let answered = await eventually(timeout: .seconds(20)) { delivered(server)[81] == 3 }
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(answered, "\(serve.log.suffix(1_500))")
        let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
        #expect(try store.trainer(id: 1)?.deletedAt == nil, "the trainer was not removed")
        #expect(try store.auditLog().map(\.action.rawValue) == ["admin_add", "register"])
        let forwarded = try store.recentInteractions(limit: 2)
        #expect(forwarded.map(\.intent) == ["unknown", "unknown"])
        #expect(forwarded.allSatisfy { $0.reply?.isEmpty == false })
    }

    @Test("issue 9 item 12: an anonymous group admin (GroupAnonymousBot with sender_chat) is answered as an unknown user of that group, without admin rights")
    func anonymousGroupAdmin() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("anonymous.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        let group: Int64 = -1_001_500
        let anonymous: [String: Any] = ["id": UpdateJSON.groupAnonymousBotID, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"]
        let senderChat: [String: Any] = ["id": group, "type": "supergroup", "title": "ศส.ปชต. อาสา"]
        server.enqueueUpdate(UpdateJSON.message("ขอนแก่นมีวิทยากรกี่คนคะ", chatID: group, chatType: "supergroup", from: anonymous,
                                                extra: ["sender_chat": senderChat]))
        server.enqueueUpdate(UpdateJSON.message("@civicbot ลบวิทยากร T-0001", chatID: group, chatType: "supergroup", from: anonymous,
                                                extra: ["sender_chat": senderChat]))
        let answered = await eventually(timeout: .seconds(20)) { delivered(server)[group] == 2 }
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(answered, "\(serve.log.suffix(1_500))")
        let refusal = try #require(Fixtures.catalogue.intent(.trainerRemove).replies["refused"])
        #expect(server.deliveredMessages.last?["text"] as? String == refusal)
        let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
        let log = try store.recentInteractions(limit: 2)
        #expect(log.map(\.intent) == ["trainer_remove", "trainer_count"])
        #expect(log.allSatisfy { $0.userID == group }, "the user is the group itself, never an admin")
        #expect(try store.auditLog().map(\.action.rawValue) == ["refused"])
    }

    @Test("issue 9 item 3b: a template missing from Intents/ stops serve at start with file and key, before any update is taken (nothing retried, nothing audited)")
    func emptyReply() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let dir = try Fixtures.temporaryDirectory()
        let intents = dir.appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Fixtures.intents, to: intents)
        let file = intents.appendingPathComponent("trainer_remove.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  refused: |-"))
        lines.removeSubrange(start...(start + 2))
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let database = dir.appendingPathComponent("empty.sqlite").path
        server.enqueueMessage("ลบวิทยากร T-0001", chatID: 311, fromID: 311)
        let serve = try ServeProcess(server: server, database: database, intents: intents)
        #expect(await serve.wait(timeout: .seconds(20)) == 1)
        #expect(serve.log.contains("trainer_remove.yaml") && serve.log.contains("replies.refused"), "\(serve.log.suffix(1_500))")
        #expect(server.count(of: "getUpdates") == 0, "no update is taken before Intents/ is whole")
        #expect(server.count(of: "sendMessage") == 0)
    }
}
