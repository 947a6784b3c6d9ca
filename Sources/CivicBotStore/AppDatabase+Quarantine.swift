import GRDB

extension AppDatabase {
    /// Migrations of the quarantine: updates and replies set aside instead of retried for ever.
    static func registerQuarantineMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-quarantine") { db in
            try db.execute(sql: """
                CREATE TABLE quarantine (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    updateID INTEGER NOT NULL,
                    chatID INTEGER,
                    reason TEXT NOT NULL CHECK (length(reason) > 0)
                );
                """)
        }
    }

    /// Records that `updateID` was set aside for `reason` (inside `record`'s transaction).
    static func insertQuarantine(updateID: Int64, chatID: Int64?, reason: String, at: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO quarantine (at, updateID, chatID, reason) VALUES (?, ?, ?, ?)",
                       arguments: [at, updateID, chatID, reason])
    }

    /// How many items were quarantined (0 on a database not yet migrated to have the table).
    static func quarantineCount(_ db: Database) throws -> Int {
        guard try db.tableExists("quarantine") else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quarantine") ?? 0
    }
}
