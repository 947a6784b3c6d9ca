import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Testing

/// Issue 12: retention, `forget`, the officer role, consent to show a phone — on a real SQLite
/// file, WAL included.
@Suite struct RetentionTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    var old: Date { now.addingTimeInterval(-100 * 86_400) }

    func file() throws -> String { try Fixtures.temporaryDirectory().appendingPathComponent("privacy.sqlite").path }

    func record(_ text: String, user: Int64, username: String?, at: Date, chat: Int64? = nil, chatType: String = "private",
                intent: String = "trainer_count", reply: String? = "ตอบ") -> InteractionRecord {
        InteractionRecord(at: at, chatID: chat ?? user, chatType: chatType, userID: user, username: username, text: text, intent: intent,
                          slotsJSON: "{}", reply: reply, processingMicros: 10)
    }

    /// Every byte of the database file and its WAL.
    func bytes(of path: String) -> Data {
        var data = Data()
        for suffix in ["", "-wal", "-journal"] {
            if let d = FileManager.default.contents(atPath: path + suffix) { data.append(d) }
        }
        return data
    }

    func contains(_ path: String, _ text: String) -> Bool { bytes(of: path).range(of: Data(text.utf8)) != nil }

    @Test("prune erases text, username and ids older than the period, keeps the counts stats give, and leaves newer rows alone")
    func prune() throws {
        let path = try file()
        let db = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        try db.log(record("ความลับเก่ามากQWERTY", user: 501, username: "oldperson", at: old))
        try db.log(record("ข้อความเก่าในกลุ่ม", user: 502, username: "groupie", at: old, chat: -9, chatType: "group", intent: "unknown", reply: nil))
        try db.log(record("ข้อความใหม่RECENT", user: 503, username: "newperson", at: now.addingTimeInterval(-86_400)))
        let before = try db.usageStats(now: now)
        #expect(contains(path, "QWERTY") && contains(path, "oldperson"))
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 1, "erased text is zeroed, not left in free space")

        let report = try db.prune(before: now.addingTimeInterval(-90 * 86_400))
        #expect(report.interactions == 2)
        #expect(report.walTruncated, "nothing else holds the WAL: it is emptied")
        #expect(!contains(path, "QWERTY"), "erased text still in the file or its WAL")
        #expect(!contains(path, "oldperson") && !contains(path, "groupie"))
        #expect(contains(path, "RECENT") && contains(path, "newperson"), "a message inside the period was erased")
        let after = try db.usageStats(now: now)
        #expect(after.month == before.month && after.week == before.week && after.byChatType == before.byChatType)
        #expect(after.answered == before.answered && after.silent == before.silent)
        #expect(after.byIntent.map(\.count) == before.byIntent.map(\.count))
        let rows = try db.recentInteractions(limit: 5)
        #expect(rows.filter { $0.text.isEmpty }.allSatisfy { $0.userID == 0 && $0.chatID == 0 && $0.username == nil })
        #expect(try db.prune(before: now.addingTimeInterval(-90 * 86_400)).isEmpty, "a second prune finds nothing")
    }

    @Test("prune removes delivered outbox parts and, after the period, a removed trainer's phone from the register and the audit")
    func pruneRegisterAndOutbox() throws {
        let path = try file()
        let db = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        let gone = try db.register(TrainerDraft(name: "นายลบ แล้ว", nameKey: "ลบแล้ว", province: "น่าน", agency: "DOP", trainerType: "core",
                                                phone: "0861112222"), by: .user(7), at: old)
        _ = try db.removeTrainer(id: gone.id, by: .user(7), at: old)
        let kept = try db.register(TrainerDraft(name: "นายอยู่ ต่อ", nameKey: "อยู่ต่อ", province: "น่าน", agency: "DOP", trainerType: "core",
                                                phone: "0863334444"), by: .user(7), at: old)
        try db.writer.write { db in
            try db.execute(sql: """
                INSERT INTO outbox (updateID, part, chatID, isGroup, text, createdAt, sentAt) VALUES (1, 0, 5, 0, 'sent', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z');
                INSERT INTO outbox (updateID, part, chatID, isGroup, text, createdAt) VALUES (2, 0, 5, 0, 'pending', '2026-01-01T00:00:00.000Z');
                """)
        }
        let report = try db.prune(before: now.addingTimeInterval(-90 * 86_400))
        #expect(report.outbox == 1 && report.trainerPhones == 1 && report.auditRows >= 2)
        #expect(try db.trainer(id: gone.id)?.phone == nil)
        #expect(try db.trainer(id: kept.id)?.phone == "0863334444", "an active trainer keeps the phone")
        #expect(!contains(path, "0861112222"), "a removed trainer's phone is still in the file")
        #expect(try db.auditLog().count == 3, "the audit keeps every row")
        #expect(try db.serviceStatus(now: now).outboxPending == 1, "an undelivered part is kept")
    }

    @Test("forget erases one person's text, username and id everywhere, keeps others and the counts, replaces the id in the audit; idempotent")
    func forget() throws {
        let path = try file()
        let db = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        try db.log(record("ขอเบอร์ลับFORGETME", user: 777, username: "erase_me", at: now))
        try db.log(record("ในกลุ่มFORGETME2", user: 777, username: "erase_me", at: now, chat: -42, chatType: "group"))
        try db.log(record("ของคนอื่นKEEPME", user: 778, username: "keep_me", at: now))
        try db.addAdmin(777, by: .cli(nil), at: now)
        try db.addOfficer(777, by: .cli(nil), at: now)
        try db.recordRefusal(of: 777, intent: "trainer_register", chatType: "private", at: now)
        let t = try db.register(TrainerDraft(name: "นายสมชาย ใจดี", nameKey: "สมชายใจดี", province: "น่าน", agency: "DOPA", trainerType: "core"),
                                by: .user(777), at: now)
        try db.writer.write { db in
            try db.execute(sql: "INSERT INTO outbox (updateID, part, chatID, isGroup, text, createdAt) VALUES (9, 0, 777, 0, 'ถึงคุณFORGETME3', '2026-01-01T00:00:00.000Z')")
        }
        let before = try db.usageStats(now: now)

        let report = try db.forget(userID: 777, at: now)
        #expect(report.interactions == 2 && report.outbox == 1 && report.roles == ["admin", "officer"] && report.trainerRecords == 1)
        #expect(report.auditRows == 4, "admin_add, officer_add, refused, register name 777")
        for trace in ["FORGETME", "erase_me"] { #expect(!contains(path, trace), "\(trace) still in the file or its WAL") }
        #expect(contains(path, "KEEPME") && contains(path, "keep_me"))
        let stats = try db.usageStats(now: now)
        #expect(stats.month == before.month && stats.byChatType == before.byChatType && stats.answered == before.answered)
        #expect(try db.role(of: 777) == .volunteer)
        #expect(try db.trainer(id: t.id)?.createdBy == 0)
        let audit = try db.auditLog()
        #expect(audit.map(\.action) == [.adminAdd, .officerAdd, .refused, .register, .forget], "every action kept, the erasure added")
        for entry in audit {
            let line = [entry.actor, entry.subject, entry.before ?? "", entry.after ?? ""].joined(separator: " ")
            #expect(!line.contains("777"), "the id is still in \(line)")
        }
        #expect(audit[2].actor == AppDatabase.forgottenLabel)
        #expect(try db.forget(userID: 777, at: now).isEmpty, "a second forget finds nothing")
        #expect(try db.auditLog().count == audit.count, "and writes no second erasure row")
    }

    @Test("roles: officer granted and revoked like admin, audited; admin wins over officer")
    func officer() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        #expect(try db.role(of: 5) == .volunteer)
        #expect(try db.addOfficer(5, by: .cli(nil), at: now))
        #expect(try !db.addOfficer(5, by: .cli(nil), at: now))
        #expect(try db.role(of: 5) == .officer)
        try db.addAdmin(5, by: .cli(nil), at: now)
        #expect(try db.role(of: 5) == .admin)
        #expect(try db.officers().map(\.userID) == [5])
        #expect(try db.removeOfficer(5, by: .cli(nil), at: now))
        #expect(try !db.removeOfficer(5, by: .cli(nil), at: now))
        #expect(throws: AppDatabase.AdminError.invalidUserID(0)) { try db.addOfficer(0, by: .cli(nil)) }
        #expect(try db.auditLog().map(\.action) == [.officerAdd, .adminAdd, .officerRemove])
    }

    @Test("a phone is in the knowledge snapshot only when the trainer consented; the register keeps it either way")
    func consent() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        let yes = try db.register(TrainerDraft(name: "นายยอม ให้", nameKey: "ยอมให้", province: "น่าน", agency: "DOPA", trainerType: "core",
                                               phone: "0811111111", phoneConsent: true), by: .cli(nil), at: now)
        let no = try db.register(TrainerDraft(name: "นายไม่ ยอม", nameKey: "ไม่ยอม", province: "น่าน", agency: "CDD", trainerType: "core",
                                              phone: "0822222222"), by: .cli(nil), at: now)
        let (trainers, _) = try db.registerSnapshot()
        #expect(trainers.first { $0.id == yes.id }?.phone == "0811111111")
        #expect(trainers.first { $0.id == no.id }?.phone == nil)
        #expect(try db.trainer(id: no.id)?.phone == "0822222222" && db.trainer(id: no.id)?.phoneConsent == false)
        var patch = TrainerPatch()
        patch.phoneConsent = true
        _ = try db.updateTrainer(id: no.id, with: patch, by: .cli(nil), at: now)
        #expect(try db.registerSnapshot().0.first { $0.id == no.id }?.phone == "0822222222")
    }
}

/// LINE users have string ids (`U` and 32 hex digits): retention and `forget` erase them too.
@Suite struct LineRetentionTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let person = "U" + String(repeating: "1a", count: 16)
    static let other = "U" + String(repeating: "2b", count: 16)
    static let group = "C" + String(repeating: "3c", count: 16)

    func record(_ text: String, user: String, chat: String, at: Date) -> InteractionRecord {
        InteractionRecord(at: at, chatID: 0, chatType: chat == user ? "private" : "group", userID: 0, username: nil, text: text,
                          intent: "trainer_count", slotsJSON: "{}", reply: "ตอบ", processingMicros: 10,
                          platform: "line", platformUserID: user, platformChatID: chat)
    }

    func setUp() throws -> (AppDatabase, String) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("line-privacy.sqlite").path
        let db = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        try db.log(record("ข้อความของฉันLINEONE", user: Self.person, chat: Self.person, at: now))
        try db.log(record("ในกลุ่มLINETWO", user: Self.person, chat: Self.group, at: now))
        try db.log(record("คนอื่นLINETHREE", user: Self.other, chat: Self.group, at: now))
        try db.perform(inTransaction: true) { tx in
            let row = try #require(try tx.recordLineEvent(LineEventRecord(webhookEventId: "ev-1", type: "message", chatType: "private",
                                                                          chatID: Self.person, redelivered: false), at: now))
            try tx.queueLineReply(eventRowID: row, chatID: 0, isGroup: false, destination: Self.person, replyToken: "tok",
                                  texts: ["คำตอบ"], quickReplyJSON: nil, at: now)
        }
        #expect(try db.addLineAdmin(Self.person, by: .cli(nil)))
        return (db, path)
    }

    @Test("forget --user U…: their messages, LINE ids, outbox, event chat, role and audit subject erased; others kept; idempotent")
    func forget() throws {
        let (db, path) = try setUp()
        let report = try db.forget(lineUserID: Self.person)
        #expect(report.interactions == 2 && report.outbox == 1 && report.quarantine == 1 && report.roles == ["lineAdmin"])
        #expect(report.auditRows >= 1)
        #expect(try !db.isLineAdmin(Self.person))
        let left = try db.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE platformUserID = ? OR platformChatID = ? OR text LIKE '%LINEONE%' OR text LIKE '%LINETWO%'",
                              arguments: [Self.person, Self.person]) ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE subject LIKE '%' || ? || '%' OR before LIKE '%' || ? || '%' OR after LIKE '%' || ? || '%'",
                              arguments: [Self.person, Self.person, Self.person]) ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE platformUserID = ?", arguments: [Self.other]) ?? -1)
        }
        #expect(left.0 == 0 && left.1 == 0, "the person is still named: \(left)")
        #expect(left.2 == 1, "another person's message was erased")
        let bytes = [path, path + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
        #expect(bytes.range(of: Data(Self.person.utf8)) == nil, "the LINE id is still in the file")
        #expect(try db.forget(lineUserID: Self.person).isEmpty, "a second run finds nothing")
        #expect(throws: AppDatabase.LineAdminError.self) { try db.forget(lineUserID: "U123") }
    }

    @Test("prune erases LINE ids of old messages and the chat of old webhook events")
    func prune() throws {
        let (db, _) = try setUp()
        let report = try db.prune(before: now.addingTimeInterval(1))
        #expect(report.interactions == 3)
        let left = try db.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE platformUserID IS NOT NULL OR platformChatID IS NOT NULL") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lineEvent WHERE chatID IS NOT NULL") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lineEvent WHERE webhookEventId = 'ev-1'") ?? -1)
        }
        #expect(left.0 == 0 && left.1 == 0, "\(left)")
        #expect(left.2 == 1, "the event id is kept, so a redelivery is still recognised")
    }
}
