import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Testing

/// Roles, the trainer register, the audit log and the usage figures, at the store's level.
@Suite struct AdminStoreTests {
    let db: AppDatabase
    let at = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws { db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon) }

    func draft(name: String = "นายสมชาย ใจดี", key: String = "สมชายใจดี", province: String = "เชียงใหม่", agency: String = "DOPA",
               phone: String? = "0812345678", note: String? = nil) -> TrainerDraft {
        TrainerDraft(name: name, nameKey: key, province: province, agency: agency, trainerType: "extended", phone: phone, note: note)
    }

    @Test("admins by numeric id: add, list, remove, each audited as cli; ids must be positive")
    func roles() throws {
        #expect(try !db.isAdmin(42))
        #expect(try db.addAdmin(42, by: .cli(nil), at: at))
        #expect(try !db.addAdmin(42, by: .cli(nil), at: at), "second add is a no-op")
        #expect(try db.isAdmin(42))
        #expect(try db.admins().map(\.userID) == [42])
        #expect(try db.removeAdmin(42, by: .cli(nil), at: at))
        #expect(try !db.removeAdmin(42, by: .cli(nil), at: at))
        #expect(try !db.isAdmin(42))
        #expect(throws: AppDatabase.AdminError.invalidUserID(0)) { try db.addAdmin(0, by: .cli(nil)) }
        #expect(try !db.isAdmin(0))
        let log = try db.auditLog()
        #expect(log.map(\.action) == [.adminAdd, .adminRemove])
        #expect(log.allSatisfy { $0.actor == "cli" && $0.subject == "42" })
    }

    @Test("register, duplicate, update, remove, restore: each change audited with before and after")
    func lifecycle() throws {
        let t = try db.register(draft(), by: .user(42), at: at)
        #expect(t.trainerID.description == "T-0001")
        #expect(throws: TrainerStoreError.duplicate(existing: t.id)) { try db.register(draft(name: "ดร.สมชาย ใจดี"), by: .user(42)) }
        // Same name in another province is another person.
        _ = try db.register(draft(province: "น่าน"), by: .user(42))

        var patch = TrainerPatch()
        patch.phone = .some(nil)
        patch.note = .some("ว่างวันเสาร์")
        let (before, after) = try db.updateTrainer(id: t.id, with: patch, by: .user(42), at: at)
        #expect(before.phone == "0812345678")
        #expect(after.phone == nil)
        #expect(after.note == "ว่างวันเสาร์")

        #expect(try db.removeTrainer(id: t.id, by: .user(42)).isRemoved)
        #expect(throws: TrainerStoreError.removed(t.id)) { try db.removeTrainer(id: t.id, by: .user(42)) }
        #expect(throws: TrainerStoreError.removed(t.id)) { try db.updateTrainer(id: t.id, with: patch, by: .user(42)) }
        #expect(try db.registeredTrainers(province: "เชียงใหม่", agency: nil).isEmpty)
        // While removed, the same person may be registered again; then restore is refused.
        let again = try db.register(draft(), by: .user(42))
        #expect(throws: TrainerStoreError.duplicate(existing: again.id)) { try db.restoreTrainer(id: t.id, by: .user(42)) }
        _ = try db.removeTrainer(id: again.id, by: .user(42))
        #expect(try !db.restoreTrainer(id: t.id, by: .user(42)).isRemoved)
        #expect(throws: TrainerStoreError.notRemoved(t.id)) { try db.restoreTrainer(id: t.id, by: .user(42)) }
        #expect(throws: TrainerStoreError.notFound(999)) { try db.removeTrainer(id: 999, by: .user(42)) }

        let log = try db.auditLog()
        #expect(log.map(\.action) == [.register, .register, .update, .remove, .register, .remove, .restore])
        let update = log[2]
        #expect(update.subject == "T-0001")
        #expect(update.actor == "42")
        #expect(update.before?.contains("\"phone\":\"0812345678\"") == true)
        #expect(update.after?.contains("\"note\":\"ว่างวันเสาร์\"") == true)
        #expect(update.after?.contains("\"phone\"") == false)
    }

    @Test("a refusal is audited with who, the intent and the chat type; nothing else changes")
    func refusal() throws {
        try db.recordRefusal(of: 7, intent: "trainer_remove", chatType: "group", at: at)
        let log = try db.auditLog()
        #expect(log.count == 1)
        #expect(log[0].action == .refused)
        #expect(log[0].actor == "7")
        #expect(log[0].after == #"{"chatType":"group","intent":"trainer_remove"}"#)
        #expect(try db.allTrainers().isEmpty)
        // Words that are not plain ids go through the JSON encoder, escaped.
        try db.recordRefusal(of: 7, intent: #"x"y"#, chatType: "group", at: at)
        #expect(try db.auditLog().last?.after == #"{"chatType":"group","intent":"x\"y"}"#)
    }

    @Test("SQL injection and control characters are stored literally; the register survives")
    func literal() throws {
        let name = "นายบ็อบ'); DROP TABLE trainer;--"
        let note = "<script>alert(1)</script> \u{7}\u{1B}[31m \" ' ; --"
        let t = try db.register(draft(name: name, key: "บ็อบ", note: note), by: .user(1))
        let back = try #require(try db.trainer(id: t.id))
        #expect(back.name == name)
        #expect(back.note == note)
        #expect(try db.allTrainers().count == 1)
        #expect(try db.tableCounts()["province"] == 77)
    }

    @Test("the schema holds the limits even without the form: bad phone, long name, long note, unknown province")
    func constraints() throws {
        #expect(throws: DatabaseError.self) { try db.register(draft(phone: "081-234-5678"), by: .user(1)) }
        #expect(throws: DatabaseError.self) { try db.register(draft(phone: "1812345678"), by: .user(1)) }
        #expect(throws: DatabaseError.self) { try db.register(draft(name: String(repeating: "ก", count: 101)), by: .user(1)) }
        #expect(throws: DatabaseError.self) { try db.register(draft(note: String(repeating: "ก", count: 301)), by: .user(1)) }
        #expect(throws: DatabaseError.self) { try db.register(draft(province: "ปารีส"), by: .user(1)) }
        #expect(try db.allTrainers().isEmpty)
        #expect(try db.auditLog().isEmpty, "a failed write leaves no audit row")
    }

    @Test("an import is all or nothing: a duplicate row stops it and nothing is stored")
    func importAtomic() throws {
        _ = try db.register(draft(), by: .user(1))
        let rows = [draft(province: "น่าน"), draft(province: "แพร่"), draft()]
        #expect(throws: TrainerStoreError.duplicateInImport(index: 2, existing: 1)) { try db.importTrainers(rows, by: .cli(nil)) }
        #expect(try db.allTrainers().count == 1)
        #expect(throws: TrainerStoreError.duplicateInImport(index: 1, existing: nil)) {
            try db.importTrainers([draft(province: "น่าน"), draft(province: "น่าน")], by: .cli(nil))
        }
        let stored = try db.importTrainers(rows.dropLast(), by: .cli(5))
        #expect(stored.map(\.createdBy) == [5, 5])
        #expect(try db.auditLog().last?.actor == "cli:5")
    }

    @Test("usage figures: today, 7 and 30 Thai calendar days, by intent and chat, latest unanswered")
    func stats() throws {
        // now = 2026-11-19 00:26:40 UTC = 07:26 in Thailand.
        let now = Date(timeIntervalSince1970: 1_795_048_000)
        func log(_ at: String, _ intent: String, chat: String = "private", reply: String? = "r", text: String = "q") throws {
            try db.log(InteractionRecord(at: AppDatabase.date(fromTimestamp: at), chatID: 1, chatType: chat, userID: 1, username: nil, text: text, intent: intent,
                                         slotsJSON: "{}", reply: reply, processingMicros: 1))
        }
        try log("2026-11-18T17:00:00.000Z", "trainer_count")                         // 00:00 today in Thailand
        try log("2026-11-18T16:59:59.999Z", "unknown", text: "ถามเรื่องอื่น")           // yesterday, late evening
        try log("2026-11-12T17:00:00.000Z", "unknown", chat: "group", reply: nil)     // 6 days ago: in the week; chatter
        try log("2026-11-12T16:00:00.000Z", "trainer_count", chat: "group")           // 7 days ago: outside the week
        try log("2026-10-20T17:00:00.000Z", "help")                                   // 29 days ago: in the month
        try log("2026-10-20T16:00:00.000Z", "help")                                   // 30 days ago: out
        let s = try db.usageStats(now: now)
        #expect(s.today == 1)
        #expect(s.week == 3)
        #expect(s.month == 5)
        #expect(s.byChatType == ["private": 3, "group": 2])
        #expect(s.answered == 4)
        #expect(s.silent == 1)
        #expect(s.byIntent.map(\.intent) == ["trainer_count", "unknown", "help"])
        #expect(s.byIntent.map(\.count) == [2, 2, 1])
        #expect(s.unanswered.map(\.text) == ["ถามเรื่องอื่น"], "group chatter the bot did not answer is not a question to it")
    }

    @Test("a database of v1 with a trainer row migrates: the row keeps its id and gets a key")
    func migratesV1() throws {
        let queue = try DatabaseQueue()
        var migrator = AppDatabase(writer: queue).migrator
        try migrator.migrate(queue, upTo: "v1-interactions")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO province (id, name, english) VALUES (1, 'น่าน', 'Nan')")
            try db.execute(sql: "INSERT INTO agency (code, name, short, english, registerColumn) VALUES ('DOPA', 'กรมการปกครอง', 'ปค.', 'x', 1)")
            try db.execute(sql: "INSERT INTO trainer (id, name, provinceID, agencyCode, trainerType, createdAt, createdBy) VALUES (9, 'นาย ก ข', 1, 'DOPA', 'core', 't', 1)")
        }
        migrator = AppDatabase(writer: queue).migrator
        try migrator.migrate(queue)
        let key = try queue.read { try String.fetchOne($0, sql: "SELECT nameKey FROM trainer WHERE id = 9") }
        #expect(key == "นายกข")
    }
}
