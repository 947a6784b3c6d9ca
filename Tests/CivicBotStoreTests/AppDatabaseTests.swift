import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Testing

@Suite struct AppDatabaseTests {
    let lexicon = Fixtures.catalogue.lexicon

    @Test("a file database is created, migrated, seeded once, in WAL mode with foreign keys")
    func fileDatabase() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("nested/civicbot.sqlite").path
        let first = try AppDatabase.open(path: path, lexicon: lexicon)
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try first.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let fk = try first.writer.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }
        #expect(fk == 1)
        try first.log(InteractionRecord(at: Date(timeIntervalSince1970: 1_795_824_000), chatID: 1, chatType: "private", userID: 1, username: nil,
                                        text: "x", intent: "unknown", slotsJSON: "{}", reply: nil, processingMicros: 5))
        let second = try AppDatabase.open(path: path, lexicon: lexicon)
        let counts = try second.tableCounts()
        #expect(counts["province"] == 77)
        #expect(counts["interaction"] == 1)
        #expect(counts["registerRow"] == 32 + 77)
    }

    @Test("constraints hold: a negative count or an unknown agency is refused by SQLite")
    func constraints() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        #expect(throws: DatabaseError.self) {
            try db.writer.write { try $0.execute(sql: "UPDATE registerCount SET count = -1 WHERE rowid = 1") }
        }
        #expect(throws: DatabaseError.self) {
            try db.writer.write { try $0.execute(sql: "INSERT INTO mouClause (mouID, agencyCode, heading, number, text) VALUES ('MOU1', 'XXX', 'h', 9, 't')") }
        }
    }

    @Test("SQL in logged text is stored literally")
    func sqlIsText() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        let evil = "'); DROP TABLE province; --"
        try db.log(InteractionRecord(at: Date(), chatID: 1, chatType: "group", userID: 2, username: evil, text: evil, intent: "unknown",
                                     slotsJSON: "{}", reply: nil, processingMicros: 0))
        #expect(try db.recentInteractions(limit: 1).first?.text == evil)
        #expect(try db.tableCounts()["province"] == 77)
    }
}

/// Platforms at the edge: the log and the outbox name theirs (migration v4-platform).
@Suite struct PlatformStoreTests {
    @Test("an outbox part keeps its platform, and a platform's sender sees only its own parts")
    func outboxPlatform() async throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        try await db.record(ProcessedUpdate(updateID: 1, interaction: nil, chatID: 5, isGroup: false, replyToMessageID: nil,
                                            parts: [.init(text: "a")]), at: Date())
        try await db.record(ProcessedUpdate(updateID: 2, interaction: nil, chatID: 5, isGroup: false, replyToMessageID: nil,
                                            parts: [.init(text: "b")], platform: "line"), at: Date())
        #expect(try await db.nextOutboxParts().map(\.platform) == ["telegram", "line"])
        #expect(try await db.nextOutboxParts(platform: "telegram").map(\.text) == ["a"])
        #expect(try await db.nextOutboxParts(platform: "line").map(\.text) == ["b"])
    }

    @Test("the log keeps the platform; SQLite refuses one it does not know")
    func interactionPlatform() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        func row(_ platform: String) -> InteractionRecord {
            InteractionRecord(at: Date(), chatID: 1, chatType: "private", userID: 0, username: nil, text: "x", intent: "unknown",
                              slotsJSON: "{}", reply: nil, processingMicros: 0, platform: platform)
        }
        try db.log(row("line"))
        #expect(try db.recentInteractions(limit: 1).first?.platform == "line")
        #expect(throws: (any Error).self) { try db.log(row("fax")) }
    }
}
