import GRDB

extension AppDatabase {
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
