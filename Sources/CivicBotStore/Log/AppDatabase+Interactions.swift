import GRDB

extension AppDatabase {
    /// Appends one handled message to the interaction log.
    public func log(_ record: InteractionRecord) throws {
        // One INSERT is atomic on its own: SQLite commits it as its own transaction, without the
        // BEGIN and COMMIT statements an explicit transaction would parse and run for every message.
        try writer.writeWithoutTransaction { db in try StoreTransaction(db: db).log(record) }
    }

    static func insert(_ r: InteractionRecord, _ db: Database) throws {
        // Prepared once per connection, not parsed again for every message.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO interaction (at, chatID, chatType, userID, username, text, intent, slots, reply, processingMicros, platform)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let at = Self.timestamp(r.at)
        try statement.execute(arguments: [at, r.chatID, r.chatType, r.userID, r.username, r.text, r.intent, r.slotsJSON, r.reply,
                                          r.processingMicros, r.platform])
    }

    /// The most recent interactions, newest first.
    public func recentInteractions(limit: Int) throws -> [InteractionRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM interaction ORDER BY id DESC LIMIT ?", arguments: [limit]).map { r in
                InteractionRecord(at: Self.date(fromTimestamp: r["at"]), chatID: r["chatID"], chatType: r["chatType"], userID: r["userID"], username: r["username"],
                                  text: r["text"], intent: r["intent"], slotsJSON: r["slots"], reply: r["reply"],
                                  processingMicros: r["processingMicros"], platform: r["platform"])
            }
        }
    }
}
