import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Testing

/// Issue 12: a database of the schema before this version (Tests/Fixtures/schema-v4-platform.sqlite,
/// made by civicbot at main af9cc70) opens under today's code with everything intact; backups.
@Suite struct UpgradeTests {
    static let fixture = Fixtures.root.appendingPathComponent("Tests/Fixtures/schema-v4-platform.sqlite")

    func copy() throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("old.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
        return path
    }

    @Test("the v4 database migrates forward: trainers, admins, audit, log, outbox and offset intact; consent defaults to no")
    func upgrade() async throws {
        let path = try copy()
        let applied = try await DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "v4-platform" && !applied.contains { $0.hasPrefix("v5") }, "the fixture is not of the old schema")
        let db = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        let trainers = try db.allTrainers(includingRemoved: true)
        #expect(trainers.count == 2)
        let somchai = try #require(trainers.first { $0.name == "นายสมชาย ใจดี" })
        #expect(somchai.phone == "0812345678" && somchai.province == "น่าน" && !somchai.isRemoved && !somchai.phoneConsent)
        #expect(trainers.first { $0.name == "นางมาลี ศรีสุข" }?.isRemoved == true)
        #expect(try db.admins().map(\.userID) == [1001])
        let audit = try db.auditLog()
        #expect(audit.count == 7)
        #expect(audit.map(\.action).filter { $0 == .adminAdd }.count == 2 && audit.contains { $0.action == .refused })
        let logged = try db.recentInteractions(limit: 100)
        #expect(logged.count == 6)
        // v7 rebuilt the log without AUTOINCREMENT, every row and its id kept.
        let (schema, ids) = try await DatabaseQueue(path: path).read { db in
            (try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'interaction'") ?? "",
             try Int64.fetchAll(db, sql: "SELECT id FROM interaction ORDER BY id"))
        }
        #expect(!schema.uppercased().contains("AUTOINCREMENT") && schema.contains("platformChatID"))
        #expect(ids.count == 6 && Set(ids).count == 6)
        #expect(try await db.nextOffset() == 42)
        #expect(try db.serviceStatus(now: Date()).outboxPending == 1)
        #expect(try db.integrityProblems().isEmpty)
        // v10 added what the MOUs follow to a database seeded before the fact was transcribed.
        #expect(try db.centerInfo().facts["constitution"]?.contains("รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ๒๕๖๐") == true)
        // The register's phone is not shown without consent, which the old rows never recorded.
        let snapshot: ([TrainerRecord], Int64) = try await db.registerSnapshot()
        #expect(snapshot.0.allSatisfy { $0.phone == nil })
        // Opening again changes nothing (migrations are idempotent).
        let again = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        #expect(try again.auditLog().count == 7)
    }

    @Test("a backup taken while a writer commits restores to a consistent database: integrity ok, row counts equal")
    func backupUnderLoad() async throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("live.sqlite").path
        let db = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        // The writer commits two log rows per transaction: a consistent copy holds an even number. It
        // runs on a queue of its own (blocking SQLite calls stay off the tests' cooperative pool).
        let stop = Flag(), finished = Flag()
        DispatchQueue.global().async {
            var n = 0
            while !stop.isSet && n < 20_000 {
                try? db.perform(inTransaction: true) { tx in
                    for _ in 0..<2 {
                        try tx.log(InteractionRecord(at: Date(), chatID: 1, chatType: "private", userID: 1, username: "w", text: "ข้อความ \(n)",
                                                     intent: "unknown", slotsJSON: "{}", reply: nil, processingMicros: 1))
                    }
                }
                n += 1
            }
            finished.set()
        }
        try await Task.sleep(for: .milliseconds(200))
        let backup = dir.appendingPathComponent("backup.sqlite").path
        let summary = try AppDatabase.backup(from: path, to: backup)
        stop.set()
        while !finished.isSet { try await Task.sleep(for: .milliseconds(10)) }
        let messages = try #require(summary.counts["interaction"])
        #expect(messages > 0 && messages % 2 == 0, "the backup holds half a transaction: \(messages)")
        #expect(!FileManager.default.fileExists(atPath: backup + "-wal"), "the backup is one self-contained file")
        #expect(throws: BackupError.exists(backup)) { try AppDatabase.backup(from: path, to: backup) }

        let target = dir.appendingPathComponent("restored.sqlite").path
        _ = try AppDatabase.open(path: target, lexicon: Fixtures.catalogue.lexicon)
        try AppDatabase.restore(from: backup, into: target)
        let restored = try AppDatabase.open(path: target, lexicon: Fixtures.catalogue.lexicon)
        #expect(try restored.integrityProblems().isEmpty)
        #expect(try restored.summary() == summary)
    }

    @Test("a backup made by the old version restores and migrates: the register and its audit intact")
    func restoreOldBackup() throws {
        let dir = try Fixtures.temporaryDirectory()
        let target = dir.appendingPathComponent("current.sqlite").path
        _ = try AppDatabase.open(path: target, lexicon: Fixtures.catalogue.lexicon)
        let fixtureBytes = try Data(contentsOf: Self.fixture)
        #expect(try AppDatabase.checkBackup(at: Self.fixture.path).counts["trainer"] == 2)
        try AppDatabase.restore(from: Self.fixture.path, into: target)
        let db = try AppDatabase.open(path: target, lexicon: Fixtures.catalogue.lexicon)
        #expect(try db.allTrainers().map(\.name) == ["นายสมชาย ใจดี"])
        #expect(try db.auditLog().count == 7 && db.admins().map(\.userID) == [1001])
        #expect(try db.integrityProblems().isEmpty)
        #expect(try Data(contentsOf: Self.fixture) == fixtureBytes, "the backup file is only read")
    }

    @Test("a file that is not a sound CivicBot database is refused before a restore")
    func refusesBadBackups() throws {
        let dir = try Fixtures.temporaryDirectory()
        let garbage = dir.appendingPathComponent("garbage.sqlite").path
        try Data(repeating: 0x41, count: 8_192).write(to: URL(fileURLWithPath: garbage))
        #expect(throws: (any Error).self) { try AppDatabase.checkBackup(at: garbage) }
        let other = dir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: BackupError.notCivicBot(other)) { try AppDatabase.checkBackup(at: other) }
        #expect(throws: StoreOpenError.notFound(dir.appendingPathComponent("none").path)) {
            try AppDatabase.checkBackup(at: dir.appendingPathComponent("none").path)
        }
    }
}

/// A flag set once, read from any thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
