import Foundation
import GRDB

/// A LINE webhook event as the store records it, once: its `webhookEventId` is unique, so a
/// redelivered event finds its row and is acknowledged without being answered again.
public struct LineEventRecord: Sendable, Equatable {
    /// LINE's id of the event.
    public let webhookEventId: String
    /// `message`, `join`, `follow`, `leave`, `unfollow`, ...
    public let type: String
    /// `private` or `group` (groups and rooms), if the event has a chat.
    public let chatType: String?
    /// The LINE id of the chat (user, group or room), if any.
    public let chatID: String?
    /// True when LINE marked it a redelivery.
    public let redelivered: Bool

    /// Makes a record.
    public init(webhookEventId: String, type: String, chatType: String?, chatID: String?, redelivered: Bool) {
        self.webhookEventId = webhookEventId
        self.type = type
        self.chatType = chatType
        self.chatID = chatID
        self.redelivered = redelivered
    }
}

/// A LINE reply waiting in the outbox: the parts of one event's answer, sent together in one reply
/// (its token works once), or pushed with a retry key derived from the first part's row.
public struct LineOutboxItem: Sendable, Equatable {
    /// The outbox's `updateID` of the parts: minus the `lineEvent` row id (Telegram's are positive).
    public let updateID: Int64
    /// Row id of the first part (the push retry key is made from it).
    public let firstRowID: Int64
    /// The numeric chat key the outbox and flood control group by.
    public let chatID: Int64
    /// True for groups and rooms.
    public let isGroup: Bool
    /// Where a push goes (a user, group or room id).
    public let destination: String
    /// The event's single-use reply token, if it had one.
    public let replyToken: String?
    /// The texts, in order (at most 5).
    public let texts: [String]
    /// Quick-reply buttons for the last message, as JSON, if any.
    public let quickReplyJSON: String?
    /// When the event was stored (the reply token's age is counted from it).
    public let createdAt: String
    /// True when a reply was attempted before and its outcome is unknown (a crash, a timeout, a 5xx).
    public let replyTried: Bool
    /// Attempts so far.
    public let attempts: Int
}

extension AppDatabase {
    /// The ids among `webhookEventIds` already recorded, read before deciding the events LINE
    /// marks as redelivered (a first delivery is never read for: the transaction's unique key
    /// still catches it).
    public func seenLineEvents(_ webhookEventIds: [String]) async throws -> Set<String> {
        let ids = Array(Set(webhookEventIds))
        guard !ids.isEmpty else { return [] }
        return try await writer.read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return Set(try String.fetchAll(db, sql: "SELECT webhookEventId FROM lineEvent WHERE webhookEventId IN (\(marks))",
                                           arguments: StatementArguments(ids)))
        }
    }

    /// LINE replies not yet sent or dropped, oldest first, at most `limit` events.
    public func pendingLineReplies(limit: Int = 100) async throws -> [LineOutboxItem] {
        try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, updateID, chatID, isGroup, destination, replyToken, text, quickReply, createdAt, replyTriedAt, attempts FROM outbox
                WHERE updateID IN (SELECT updateID FROM outbox WHERE platform = 'line' AND sentAt IS NULL AND droppedAt IS NULL
                                   GROUP BY updateID ORDER BY MIN(id) LIMIT ?)
                  AND platform = 'line' AND sentAt IS NULL AND droppedAt IS NULL
                ORDER BY id
                """, arguments: [limit])
            var items: [LineOutboxItem] = []
            var current: [Row] = []
            func flush() {
                guard let first = current.first else { return }
                items.append(LineOutboxItem(
                    updateID: first["updateID"], firstRowID: first["id"], chatID: first["chatID"], isGroup: first["isGroup"],
                    destination: first["destination"] ?? "", replyToken: first["replyToken"], texts: current.map { $0["text"] },
                    quickReplyJSON: current.compactMap { $0["quickReply"] as String? }.last, createdAt: first["createdAt"],
                    replyTried: current.contains { ($0["replyTriedAt"] as String?) != nil }, attempts: first["attempts"]))
                current = []
            }
            for row in rows {
                if let first = current.first, (first["updateID"] as Int64) != (row["updateID"] as Int64) { flush() }
                current.append(row)
            }
            flush()
            return items
        }
    }

    /// Marks a reply as in flight before it is sent: if the process dies before the outcome is
    /// recorded, the next attempt knows the token may have been used.
    public func markLineReplyTried(_ updateID: Int64, at date: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE outbox SET replyTriedAt = ? WHERE updateID = ? AND platform = 'line'", arguments: [Self.timestamp(date), updateID])
        }
    }

    /// `markLineReplyTried` for a round of replies, in one transaction.
    public func markLineRepliesTried(_ updateIDs: [Int64], at date: Date) async throws {
        guard !updateIDs.isEmpty else { return }
        try await writer.write { db in
            let statement = try db.cachedStatement(sql: "UPDATE outbox SET replyTriedAt = ? WHERE updateID = ? AND platform = 'line'")
            for id in updateIDs { try statement.execute(arguments: [Self.timestamp(date), id]) }
        }
    }

    /// `markLineSent` for a round of answers, in one transaction.
    public func markLineSent(_ sent: [(updateID: Int64, note: String?)], at date: Date) async throws {
        try await markLineSent(sent.map { (updateID: $0.updateID, note: $0.note, chatID: "", messageIDs: [String]()) }, at: date)
    }

    /// `markLineSent(_:at:)`, keeping the ids LINE gave the messages sent to `chatID` (so that a
    /// user quoting one of them is known to reply to the bot).
    public func markLineSent(_ sent: [(updateID: Int64, note: String?, chatID: String, messageIDs: [String])], at date: Date) async throws {
        guard !sent.isEmpty else { return }
        try await writer.write { db in
            let at = Self.timestamp(date)
            let statement = try db.cachedStatement(sql: """
                UPDATE outbox SET sentAt = ?, attempts = attempts + 1, lastError = ? WHERE updateID = ? AND platform = 'line' AND sentAt IS NULL
                """)
            let keep = try db.cachedStatement(sql: "INSERT OR IGNORE INTO lineSentMessage (messageID, chatID, sentAt) VALUES (?, ?, ?)")
            for item in sent {
                try statement.execute(arguments: [at, item.note, item.updateID])
                for id in item.messageIDs where !item.chatID.isEmpty { try keep.execute(arguments: [id, item.chatID, at]) }
            }
        }
    }

    /// Which of `messageIDs` (quoted by users) are the bot's own messages.
    public func lineBotMessages(among messageIDs: [String]) async throws -> Set<String> {
        let ids = Array(Set(messageIDs.filter { !$0.isEmpty && $0.count <= 64 }).prefix(100))
        guard !ids.isEmpty else { return [] }
        return try await writer.read { db in
            Set(try String.fetchAll(db, sql: "SELECT messageID FROM lineSentMessage WHERE messageID IN (\(ids.map { _ in "?" }.joined(separator: ", ")))",
                                    arguments: StatementArguments(ids)))
        }
    }

    /// Clears the in-flight mark after LINE definitely refused the reply (429): the token is unused.
    public func clearLineReplyTried(_ updateID: Int64, error: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE outbox SET replyTriedAt = NULL, attempts = attempts + 1, lastError = ? WHERE updateID = ? AND platform = 'line'",
                           arguments: [error, updateID])
        }
    }

    /// Marks every part of a LINE reply sent (`note` says how, when not by the reply API).
    public func markLineSent(_ updateID: Int64, at date: Date, note: String? = nil) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                UPDATE outbox SET sentAt = ?, attempts = attempts + 1, lastError = ? WHERE updateID = ? AND platform = 'line' AND sentAt IS NULL
                """, arguments: [Self.timestamp(date), note, updateID])
        }
    }

    /// Gives up on a LINE reply for good (the token expired and push is not allowed, a 4xx).
    public func markLineDropped(_ updateID: Int64, error: String, at date: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: """
                UPDATE outbox SET droppedAt = ?, attempts = attempts + 1, lastError = ? WHERE updateID = ? AND platform = 'line' AND sentAt IS NULL
                """, arguments: [Self.timestamp(date), error, updateID])
        }
    }

    /// Counts a failed attempt that will be retried.
    public func noteLineAttempt(_ updateID: Int64, error: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1, lastError = ? WHERE updateID = ? AND platform = 'line'",
                           arguments: [error, updateID])
        }
    }

    /// When the last reply of any platform was delivered (for /healthz), if ever.
    public func lastDelivery() async throws -> String? {
        try await writer.read { db in try String.fetchOne(db, sql: "SELECT MAX(sentAt) FROM outbox") }
    }
}

extension StoreTransaction {
    /// Records a LINE event once; its row id, or nil when the event was recorded before (a
    /// redelivery: then nothing else of it may be written).
    public func recordLineEvent(_ event: LineEventRecord, at date: Date) throws -> Int64? {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO lineEvent (webhookEventId, type, chatType, chatID, redelivered, receivedAt) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (webhookEventId) DO NOTHING
            """)
        try statement.execute(arguments: [event.webhookEventId, event.type, event.chatType, event.chatID, event.redelivered, AppDatabase.timestamp(date)])
        return db.changesCount > 0 ? db.lastInsertedRowID : nil
    }

    /// Queues the parts of a LINE reply to the event at `eventRowID` (from `recordLineEvent`).
    public func queueLineReply(eventRowID: Int64, chatID: Int64, isGroup: Bool, destination: String, replyToken: String?,
                               texts: [String], quickReplyJSON: String?, at date: Date) throws {
        let at = AppDatabase.timestamp(date)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO outbox (updateID, part, chatID, isGroup, replyToMessageID, text, createdAt, platform, replyToken, destination, quickReply)
            VALUES (?, ?, ?, ?, NULL, ?, ?, 'line', ?, ?, ?)
            """)
        for (n, text) in texts.enumerated() {
            try statement.execute(arguments: [-eventRowID, n, chatID, isGroup, text, at, replyToken, destination,
                                              n == texts.count - 1 ? quickReplyJSON : nil])
        }
    }
}

extension StoreTransaction {
    /// Sets an item aside in the quarantine (a LINE event the database refused), inside this transaction.
    public func quarantine(updateID: Int64, reason: String, at date: Date) throws {
        try AppDatabase.insertQuarantine(updateID: updateID, chatID: nil, reason: reason, at: AppDatabase.timestamp(date), db)
    }
}

extension AppDatabase {
    /// `serviceStatus(now:)` through GRDB's async API (for /healthz and /metrics, on the cooperative pool).
    public func currentStatus(now: Date) async throws -> ServiceStatus {
        let store = self
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try store.serviceStatus(now: now) })
            }
        }
    }
}
