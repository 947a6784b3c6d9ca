import CivicBotCore
import Foundation
import GRDB

/// The store's writes and reads inside one SQLite transaction, so that the shell can keep an
/// update's interaction, outbox rows, offset and any admin change together: all or nothing.
/// Made only by `AppDatabase.transaction(_:)` (and by `AppDatabase`'s own one-call methods).
public struct StoreTransaction {
    let db: Database

    /// Registers one trainer (audited) and returns the stored record.
    public func register(_ draft: TrainerDraft, by actor: AuditActor, at date: Date = Date()) throws -> RegisteredTrainer {
        try AppDatabase.insert(draft, db, by: actor, at: AppDatabase.timestamp(date))
    }

    /// The trainer with this id, removed or not.
    public func trainer(id: Int64) throws -> RegisteredTrainer? {
        try AppDatabase.fetchTrainer(db, id: id)
    }

    /// Applies a correction (audited); returns the record before and after.
    public func updateTrainer(id: Int64, with patch: TrainerPatch, by actor: AuditActor, at date: Date = Date()) throws -> (before: RegisteredTrainer, after: RegisteredTrainer) {
        guard let before = try AppDatabase.fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        if before.isRemoved { throw TrainerStoreError.removed(id) }
        let current = try Row.fetchOne(db, sql: "SELECT nameKey FROM trainer WHERE id = ?", arguments: [id])
        let nameKey = patch.name?.key ?? (current?["nameKey"] as String? ?? "")
        let province = patch.province ?? before.province
        let agency = patch.agency ?? before.agency
        if let existing = try AppDatabase.activeDuplicate(db, nameKey: nameKey, province: province, agency: agency), existing != id {
            throw TrainerStoreError.duplicate(existing: existing)
        }
        let at = AppDatabase.timestamp(date)
        try db.execute(sql: """
            UPDATE trainer SET name = ?, nameKey = ?, provinceID = (SELECT id FROM province WHERE name = ?), agencyCode = ?,
                trainerType = ?, phone = ?, note = ?, updatedAt = ?, updatedBy = ?, phoneConsent = ?
            WHERE id = ?
            """, arguments: [patch.name?.value ?? before.name, nameKey, province, agency, patch.trainerType ?? before.trainerType,
                             patch.phone ?? before.phone, patch.note ?? before.note, at, actor.userID ?? 0,
                             patch.phoneConsent ?? before.phoneConsent, id])
        guard let after = try AppDatabase.fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        try AppDatabase.audit(db, at: at, actor: actor, action: .update, subject: TrainerID(id).description, before: before, after: after)
        return (before, after)
    }

    /// Removes a trainer from the register (a soft delete, audited, undone by `restoreTrainer`).
    public func removeTrainer(id: Int64, by actor: AuditActor, at date: Date = Date()) throws -> RegisteredTrainer {
        guard let before = try AppDatabase.fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        if before.isRemoved { throw TrainerStoreError.removed(id) }
        let at = AppDatabase.timestamp(date)
        try db.execute(sql: "UPDATE trainer SET deletedAt = ?, deletedBy = ? WHERE id = ?", arguments: [at, actor.userID ?? 0, id])
        guard let after = try AppDatabase.fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        try AppDatabase.audit(db, at: at, actor: actor, action: .remove, subject: TrainerID(id).description, before: before, after: after)
        return after
    }

    /// Undoes a removal (audited); refused when an active trainer now has the same identity.
    public func restoreTrainer(id: Int64, by actor: AuditActor, at date: Date = Date()) throws -> RegisteredTrainer {
        guard let before = try AppDatabase.fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        guard before.isRemoved else { throw TrainerStoreError.notRemoved(id) }
        let nameKey = try String.fetchOne(db, sql: "SELECT nameKey FROM trainer WHERE id = ?", arguments: [id]) ?? ""
        if let existing = try AppDatabase.activeDuplicate(db, nameKey: nameKey, province: before.province, agency: before.agency) {
            throw TrainerStoreError.duplicate(existing: existing)
        }
        let at = AppDatabase.timestamp(date)
        try db.execute(sql: "UPDATE trainer SET deletedAt = NULL, deletedBy = NULL, updatedAt = ?, updatedBy = ? WHERE id = ?",
                       arguments: [at, actor.userID ?? 0, id])
        guard let after = try AppDatabase.fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        try AppDatabase.audit(db, at: at, actor: actor, action: .restore, subject: TrainerID(id).description, before: before, after: after)
        return after
    }

    /// Records that a non-admin tried an admin intent (nothing changed).
    public func recordRefusal(of userID: Int64, intent: String, chatType: String, at date: Date = Date()) throws {
        // Intent ids and chat types are plain words: their JSON is written without an encoder.
        func plain(_ s: String) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) } }
        let after = plain(intent) && plain(chatType)
            ? "{\"chatType\":\"\(chatType)\",\"intent\":\"\(intent)\"}"
            : try AppDatabase.json(["intent": intent, "chatType": chatType])
        try AppDatabase.insertAudit(db, at: AppDatabase.timestamp(date), actor: .user(userID), action: .refused, subject: intent,
                                    before: nil, after: after)
    }

    /// Figures as of `now`, in calendar days of `timeZone`. Unanswered questions are messages whose
    /// intent stayed unknown and that the bot answered (private chats, or addressed in a group);
    /// unaddressed group chatter is not a question to the bot and is left out.
    public func usageStats(now: Date = Date(), timeZone: TimeZone = AppDatabase.thaiTime, unansweredLimit: Int = 10) throws -> UsageStats {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let midnight = calendar.startOfDay(for: now)
        func since(_ days: Int) -> String { AppDatabase.timestamp(calendar.date(byAdding: .day, value: -days, to: midnight) ?? midnight) }
        let today = AppDatabase.timestamp(midnight), week = since(6), month = since(29)
        func count(_ from: String) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE at >= ?", arguments: [from]) ?? 0
        }
        var byChat: [String: Int] = ["private": 0, "group": 0]
        for row in try Row.fetchAll(db, sql: "SELECT chatType, COUNT(*) FROM interaction WHERE at >= ? GROUP BY chatType", arguments: [month]) {
            byChat[row[0]] = row[1]
        }
        let answered = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE at >= ? AND reply IS NOT NULL", arguments: [month]) ?? 0
        let byIntent = try Row.fetchAll(db, sql: """
            SELECT intent, COUNT(*) AS n FROM interaction WHERE at >= ? GROUP BY intent ORDER BY n DESC, intent
            """, arguments: [month]).map { (intent: $0[0] as String, count: $0[1] as Int) }
        let unanswered = try Row.fetchAll(db, sql: """
            SELECT at, chatType, text FROM interaction
            WHERE intent = 'unknown' AND reply IS NOT NULL AND trim(text) <> ''
            ORDER BY id DESC LIMIT ?
            """, arguments: [unansweredLimit]).map { UsageStats.Unanswered(at: $0[0], chatType: $0[1], text: $0[2]) }
        let total = try count(month)
        return UsageStats(today: try count(today), week: try count(week), month: total, byChatType: byChat,
                          answered: answered, silent: total - answered, byIntent: byIntent, unanswered: unanswered)
    }

    /// Writes a processed update in one transaction: its interaction, its reply parts into the
    /// outbox, and the next offset. Returns false (writing nothing) for an update at or below an
    /// offset already stored: it was processed before a crash.
    @discardableResult
    public func record(_ processed: ProcessedUpdate, at date: Date) throws -> Bool {
        let at = AppDatabase.timestamp(date)
        let offset = try Int64.fetchOne(db, sql: "SELECT nextOffset FROM pollState WHERE id = 1") ?? 0
        guard processed.updateID >= offset else { return false }
        if let interaction = processed.interaction { try AppDatabase.insert(interaction, db) }
        if let reason = processed.quarantine {
            try AppDatabase.insertQuarantine(updateID: processed.updateID, chatID: processed.chatID == 0 ? nil : processed.chatID, reason: reason, at: at, db)
        }
        for (n, part) in processed.parts.enumerated() {
            // The keyboard goes under the last part only.
            try db.execute(sql: """
                INSERT INTO outbox (updateID, part, chatID, isGroup, replyToMessageID, text, createdAt, platform, quickReply)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [processed.updateID, n, processed.chatID, processed.isGroup, processed.replyToMessageID, part.text, at,
                                 processed.platform, n == processed.parts.count - 1 ? processed.keyboardJSON : nil])
        }
        try db.execute(sql: "UPDATE pollState SET nextOffset = ? WHERE id = 1", arguments: [processed.updateID + 1])
        return true
    }

    /// Appends one handled message to the interaction log.
    public func log(_ record: InteractionRecord) throws {
        // One INSERT is atomic on its own: SQLite commits it as its own transaction, without the
        // BEGIN and COMMIT statements an explicit transaction would parse and run for every message.
        try AppDatabase.insert(record, db)
    }

    /// True when `userID` holds the admin role. Roles go by numeric id only, never by username.
    public func isAdmin(_ userID: Int64) throws -> Bool {
        guard userID > 0 else { return false }
        return try Bool.fetchOne(db, sql: "SELECT 1 FROM admin WHERE userID = ?", arguments: [userID]) ?? false
    }
}

extension AppDatabase {
    /// Runs `body` in one write transaction (GRDB's async API: never blocks the cooperative pool).
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (StoreTransaction) throws -> T) async throws -> T {
        try await writer.write { db in try body(StoreTransaction(db: db)) }
    }
}

extension StoreTransaction {
    /// Runs `body` in a savepoint: when it throws, what it wrote is undone and the transaction goes on.
    public func savepoint<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body(self)
            return .commit
        }
        guard let result else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "savepoint without a result") }
        return result
    }
}

extension AppDatabase {
    /// Runs `body` synchronously (the REPL and tools, never the cooperative pool): in one explicit
    /// transaction when `inTransaction`, else statement by statement (a single log row needs no BEGIN).
    public func perform<T>(inTransaction: Bool, _ body: (StoreTransaction) throws -> T) throws -> T {
        if inTransaction { return try writer.write { db in try body(StoreTransaction(db: db)) } }
        return try writer.writeWithoutTransaction { db in try body(StoreTransaction(db: db)) }
    }
}
