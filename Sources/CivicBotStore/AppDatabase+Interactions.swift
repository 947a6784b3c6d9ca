import GRDB

extension AppDatabase {
    /// Appends one handled message to the interaction log.
    public func log(_ record: InteractionRecord) throws {
        try writer.write { db in try Self.insert(record, db) }
    }

    static func insert(_ r: InteractionRecord, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO interaction (at, chatID, chatType, userID, username, text, intent, slots, reply, processingMicros)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.at, r.chatID, r.chatType, r.userID, r.username, r.text, r.intent, r.slotsJSON, r.reply, r.processingMicros])
    }

    /// The most recent interactions, newest first.
    public func recentInteractions(limit: Int) throws -> [InteractionRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM interaction ORDER BY id DESC LIMIT ?", arguments: [limit]).map { r in
                InteractionRecord(at: r["at"], chatID: r["chatID"], chatType: r["chatType"], userID: r["userID"], username: r["username"],
                                  text: r["text"], intent: r["intent"], slotsJSON: r["slots"], reply: r["reply"],
                                  processingMicros: r["processingMicros"])
            }
        }
    }
}
