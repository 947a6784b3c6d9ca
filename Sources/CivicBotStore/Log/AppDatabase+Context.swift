import Foundation
import GRDB

/// One conversation context as stored between runs: what a user last asked in a chat and was
/// answered (intent, slots and the answer's variant, no message text), so that a restart keeps
/// follow-ups working.
public struct StoredContext: Sendable, Equatable {
    public let platform: String
    public let chatID: Int64
    public let userID: Int64
    /// LINE's string id (empty for platforms with numeric ids).
    public let platformUserID: String
    public let intent: String
    /// Slots as compact JSON (the answer's variant under "~mode", `Bot.modeKey`).
    public let slotsJSON: String
    public let at: Date

    /// Makes a stored context.
    public init(platform: String, chatID: Int64, userID: Int64, platformUserID: String, intent: String, slotsJSON: String, at: Date) {
        self.platform = platform
        self.chatID = chatID
        self.userID = userID
        self.platformUserID = platformUserID
        self.intent = intent
        self.slotsJSON = slotsJSON
        self.at = at
    }
}

extension AppDatabase {
    /// Stores `contexts` (the live ones of the book being put away), replacing each chat and user's
    /// older one, and deletes those answered before `expiredBefore`. Another process's contexts stay.
    public func saveContexts(_ contexts: [StoredContext], expiredBefore: Date) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM conversationContext WHERE at < ?", arguments: [Self.timestamp(expiredBefore)])
            let statement = try db.makeStatement(sql: """
                INSERT OR REPLACE INTO conversationContext (platform, chatID, userID, platformUserID, intent, slots, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for c in contexts {
                try statement.execute(arguments: [c.platform, c.chatID, c.userID, c.platformUserID, c.intent, c.slotsJSON, Self.timestamp(c.at)])
            }
        }
    }

    /// The stored contexts answered at or after `since`; older ones are deleted on the way.
    public func liveContexts(since: Date) throws -> [StoredContext] {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM conversationContext WHERE at < ?", arguments: [Self.timestamp(since)])
            return try Row.fetchAll(db, sql: "SELECT platform, chatID, userID, platformUserID, intent, slots, at FROM conversationContext").map {
                StoredContext(platform: $0[0], chatID: $0[1], userID: $0[2], platformUserID: $0[3], intent: $0[4], slotsJSON: $0[5],
                              at: Self.date(fromTimestamp: $0[6]))
            }
        }
    }
}
