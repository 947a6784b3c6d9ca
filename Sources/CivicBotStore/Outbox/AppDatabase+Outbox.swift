import CivicBotCore
import Foundation
import GRDB

/// One part of a reply waiting to be sent (a reply longer than one message is several parts).
public struct OutboxMessage: Sendable, Equatable {
    /// Row id.
    public let id: Int64
    /// The update it answers.
    public let updateID: Int64
    /// Part number, 0 first.
    public let part: Int
    /// Chat to send to.
    public let chatID: Int64
    /// True for group chats (flood control is stricter there).
    public let isGroup: Bool
    /// Message to reply to (groups), if any.
    public let replyToMessageID: Int64?
    /// Plain text to send.
    public let text: String
    /// Send attempts so far.
    public let attempts: Int
    /// The platform that delivers it (`telegram` until LINE has a sender).
    public let platform: String
    /// Telegram: the texts of the reply-keyboard buttons under this part (JSON array), if any.
    public var keyboardJSON: String? = nil

    /// Makes an outbox part (as the store reads it).
    public init(id: Int64, updateID: Int64, part: Int, chatID: Int64, isGroup: Bool, replyToMessageID: Int64?, text: String, attempts: Int,
                platform: String = "telegram") {
        self.id = id
        self.updateID = updateID
        self.part = part
        self.chatID = chatID
        self.isGroup = isGroup
        self.replyToMessageID = replyToMessageID
        self.text = text
        self.attempts = attempts
        self.platform = platform
    }
}

/// An update the poller has handled, written in one transaction with the next offset.
public struct ProcessedUpdate: Sendable {
    /// One part of the reply.
    public struct Part: Sendable {
        /// Plain text of the part.
        public let text: String
        /// Makes a part.
        public init(text: String) { self.text = text }
    }

    /// The update's id; the next offset becomes `updateID + 1`.
    public let updateID: Int64
    /// The interaction to log (nil for updates without text, which are only skipped).
    public let interaction: InteractionRecord?
    /// Where the reply goes.
    public let chatID: Int64
    /// True for group chats.
    public let isGroup: Bool
    /// The message to reply to in groups.
    public let replyToMessageID: Int64?
    /// The reply's parts; empty for silence.
    public let parts: [Part]
    /// Why the update was set aside (an unreadable update, a reply that cannot be sent), if it was:
    /// recorded in the quarantine with the offset, never retried.
    public let quarantine: String?
    /// The platform that delivers the reply.
    public let platform: String
    /// Telegram: the reply-keyboard button texts under the last part (JSON array), if any.
    public let keyboardJSON: String?

    /// Makes a processed update.
    public init(updateID: Int64, interaction: InteractionRecord?, chatID: Int64, isGroup: Bool, replyToMessageID: Int64?, parts: [Part],
                quarantine: String? = nil, platform: String = "telegram", keyboardJSON: String? = nil) {
        self.keyboardJSON = keyboardJSON
        self.updateID = updateID
        self.interaction = interaction
        self.chatID = chatID
        self.isGroup = isGroup
        self.replyToMessageID = replyToMessageID
        self.parts = parts
        self.quarantine = quarantine
        self.platform = platform
    }
}

/// What `civicbot status` reports.
public struct ServiceStatus: Sendable, Equatable {
    /// Last getUpdates that succeeded (ISO 8601), if any.
    public let lastSuccessfulPoll: String?
    /// Last error of a poll, if the last poll failed.
    public let lastPollError: String?
    /// The offset the next getUpdates sends.
    public let nextOffset: Int64
    /// Outbox parts not yet sent or dropped.
    public let outboxPending: Int
    /// Outbox parts given up on (4xx from the API).
    public let outboxDropped: Int
    /// Interactions since midnight, Thai time.
    public let messagesToday: Int
    /// Updates and replies set aside instead of retried (see `ProcessedUpdate.quarantine`).
    public let quarantined: Int
}

extension AppDatabase {
    /// The offset the next getUpdates must send: one above the last update processed.
    public func nextOffset() async throws -> Int64 {
        try await writer.read { db in try Int64.fetchOne(db, sql: "SELECT nextOffset FROM pollState WHERE id = 1") ?? 0 }
    }

    /// Writes a processed update in one transaction: its interaction, its reply parts into the
    /// outbox, and the next offset. Returns false (writing nothing) for an update at or below an
    /// offset already stored: it was processed before a crash.
    @discardableResult
    public func record(_ processed: ProcessedUpdate, at date: Date) async throws -> Bool {
        try await writer.write { db in try StoreTransaction(db: db).record(processed, at: date) }
    }

    /// Makes `updateID` the next offset after Telegram reset its update ids below the stored offset.
    /// Finished outbox rows at or above it belong to the old numbering and are removed, so the new
    /// ids do not collide with them (`UNIQUE (updateID, part)`); parts still pending are kept.
    public func rebaseOffset(to updateID: Int64) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE updateID >= ? AND (sentAt IS NOT NULL OR droppedAt IS NOT NULL)", arguments: [updateID])
            try db.execute(sql: "UPDATE pollState SET nextOffset = ? WHERE id = 1", arguments: [updateID])
        }
    }

    /// A row of the outbox queries above (the keyboard only for Telegram: LINE's rows keep LINE's quick reply).
    static func outboxMessage(_ r: Row) -> OutboxMessage {
        var m = OutboxMessage(id: r[0], updateID: r[1], part: r[2], chatID: r[3], isGroup: r[4], replyToMessageID: r[5], text: r[6], attempts: r[7],
                              platform: r[8])
        if m.platform == "telegram" { m.keyboardJSON = r[9] }
        return m
    }

    /// Outbox parts not yet sent or dropped, oldest first.
    public func pendingOutbox(limit: Int = 100) async throws -> [OutboxMessage] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, updateID, part, chatID, isGroup, replyToMessageID, text, attempts, platform, quickReply FROM outbox
                WHERE sentAt IS NULL AND droppedAt IS NULL ORDER BY id LIMIT ?
                """, arguments: [limit]).map {
                Self.outboxMessage($0)
            }
        }
    }

    /// The oldest pending part of each chat, at most `limit` chats, the chat waiting longest
    /// first: a sender that goes through them in turn is fair (round robin across chats, order
    /// kept within each), however many parts one chat has queued. With `platform`, only that
    /// platform's parts (each platform has its own sender).
    public func nextOutboxParts(limit: Int = 100, platform: String? = nil) async throws -> [OutboxMessage] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, updateID, part, chatID, isGroup, replyToMessageID, text, attempts, platform, quickReply FROM outbox
                WHERE id IN (SELECT MIN(id) FROM outbox WHERE sentAt IS NULL AND droppedAt IS NULL AND platform = coalesce(?, platform)
                             GROUP BY platform, chatID)
                ORDER BY id LIMIT ?
                """, arguments: [platform, limit]).map {
                Self.outboxMessage($0)
            }
        }
    }

    /// Records a part delivered: Telegram accepted it, so the row (and the reply text it holds,
    /// phone numbers included) is removed. Processed updates are skipped by the offset, not by this row.
    public func markSent(_ id: Int64, at date: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id])
        }
    }

    /// Gives up on a part the API refused for good (a 4xx other than 429); it is never retried.
    public func markDropped(_ id: Int64, error: String, at date: Date) async throws {
        let at = Self.timestamp(date)
        try await writer.write { db in
            // Never delivered, kept for `status` and the retention period: without the phone numbers it held.
            let text = try String.fetchOne(db, sql: "SELECT text FROM outbox WHERE id = ?", arguments: [id]).map(PhoneMask.mask)
            try db.execute(sql: "UPDATE outbox SET droppedAt = ?, attempts = attempts + 1, lastError = ?, text = coalesce(?, text) WHERE id = ?",
                           arguments: [at, error, text, id])
        }
    }

    /// Counts a failed attempt that will be retried.
    public func noteAttempt(_ id: Int64, error: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1, lastError = ? WHERE id = ?", arguments: [error, id])
        }
    }

    /// Records the outcome of a getUpdates call, for `civicbot status`.
    public func notePoll(at date: Date, error: String?) async throws {
        let at = Self.timestamp(date)
        try await writer.write { db in
            if let error {
                try db.execute(sql: "UPDATE pollState SET lastPollAt = ?, lastError = ? WHERE id = 1", arguments: [at, error])
            } else {
                try db.execute(sql: "UPDATE pollState SET lastPollAt = ?, lastSuccessAt = ?, lastError = NULL WHERE id = 1", arguments: [at, at])
            }
        }
    }

    /// The service's state; "today" starts at midnight in `timeZone` (Thailand by default).
    public func serviceStatus(now: Date, timeZone: TimeZone = TimeZone(identifier: "Asia/Bangkok") ?? .gmt) throws -> ServiceStatus {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let midnight = Self.timestamp(calendar.startOfDay(for: now))
        return try writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT nextOffset, lastSuccessAt, lastError FROM pollState WHERE id = 1")
            let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE sentAt IS NULL AND droppedAt IS NULL") ?? 0
            let dropped = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE droppedAt IS NOT NULL") ?? 0
            let today = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE at >= ?", arguments: [midnight]) ?? 0
            return ServiceStatus(lastSuccessfulPoll: row?["lastSuccessAt"], lastPollError: row?["lastError"], nextOffset: row?["nextOffset"] ?? 0,
                                 outboxPending: pending, outboxDropped: dropped, messagesToday: today, quarantined: try Self.quarantineCount(db))
        }
    }
}
