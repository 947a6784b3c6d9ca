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
        try first.log(InteractionRecord(at: "2026-11-28T00:00:00.000Z", chatID: 1, chatType: "private", userID: 1, username: nil,
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
        try db.log(InteractionRecord(at: "t", chatID: 1, chatType: "group", userID: 2, username: evil, text: evil, intent: "unknown",
                                     slotsJSON: "{}", reply: nil, processingMicros: 0))
        #expect(try db.recentInteractions(limit: 1).first?.text == evil)
        #expect(try db.tableCounts()["province"] == 77)
    }
}
