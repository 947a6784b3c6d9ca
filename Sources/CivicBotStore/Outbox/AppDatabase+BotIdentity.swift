import Foundation
import GRDB

/// What serve learnt about the bot at its last start (`getMe`), for `civicbot status`.
public struct BotIdentityRecord: Sendable, Equatable {
    /// The username, without `@`.
    public let username: String
    /// False when Telegram's privacy mode is on (groups deliver only commands, replies, mentions).
    public let readsAllGroupMessages: Bool
    /// When serve asked.
    public let checkedAt: Date

    /// Makes a record.
    public init(username: String, readsAllGroupMessages: Bool, checkedAt: Date) {
        self.username = username
        self.readsAllGroupMessages = readsAllGroupMessages
        self.checkedAt = checkedAt
    }
}

extension AppDatabase {

    /// Records what getMe said (one row, replaced at every start).
    public func noteIdentity(username: String, readsAllGroupMessages: Bool, at date: Date) async throws {
        let at = Self.timestamp(date)
        try await writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO botIdentity (id, username, readsAllGroupMessages, checkedAt) VALUES (1, ?, ?, ?)",
                           arguments: [username, readsAllGroupMessages, at])
        }
    }

    /// What getMe said at serve's last start; nil before the first start (or on a database older than the table).
    public func lastIdentity() throws -> BotIdentityRecord? {
        try writer.read { db in try Self.lastIdentity(db) }
    }

    /// `lastIdentity()` through GRDB's async API (the running service's /healthz).
    public func lastIdentity() async throws -> BotIdentityRecord? {
        try await writer.read { db in try Self.lastIdentity(db) }
    }

    static func lastIdentity(_ db: Database) throws -> BotIdentityRecord? {
        guard try db.tableExists("botIdentity") else { return nil }
        return try Row.fetchOne(db, sql: "SELECT username, readsAllGroupMessages, checkedAt FROM botIdentity WHERE id = 1").map {
            BotIdentityRecord(username: $0["username"], readsAllGroupMessages: $0["readsAllGroupMessages"], checkedAt: Self.date(fromTimestamp: $0["checkedAt"]))
        }
    }
}
