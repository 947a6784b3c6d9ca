import CivicBotCore
import Foundation
import GRDB

/// What one `prune` erased.
public struct PruneReport: Sendable, Equatable, CustomStringConvertible {
    /// Log rows whose text, username, reply and ids were erased (their time, chat type, intent and
    /// whether they were answered stay: the counts `stats` gives).
    public var interactions = 0
    /// Outbox parts removed: delivered ones, and ones given up on before the cut-off (and the
    /// ids of LINE messages the bot sent before it).
    public var outbox = 0
    /// Quarantined items whose chat id was erased, and LINE events whose chat id was erased.
    public var quarantine = 0
    /// Trainers removed before the cut-off whose phone was erased, from the register and the audit.
    public var trainerPhones = 0
    /// Audit rows whose before/after lost a removed trainer's phone.
    public var auditRows = 0
    /// False when the WAL could not be truncated (another process kept it busy): erased text may
    /// stay in old WAL frames until the next checkpoint (serve's own, at the latest when it stops).
    public var walTruncated = true

    /// Makes an empty report.
    public init() {}

    /// True when nothing was old enough to erase.
    public var isEmpty: Bool { interactions == 0 && outbox == 0 && quarantine == 0 && trainerPhones == 0 && auditRows == 0 }

    /// `interactions 3, outbox 2, quarantine 0, removed trainers' phones 1 (audit rows 2)`.
    public var description: String {
        "messages \(interactions), outbox parts \(outbox), quarantined items and LINE events \(quarantine), "
            + "removed trainers' phones \(trainerPhones) (audit rows \(auditRows))"
    }
}

/// What one `forget` erased of one person.
public struct ForgetReport: Sendable, Equatable, CustomStringConvertible {
    /// Log rows of theirs (text, username, reply, ids erased; time, chat type and intent kept).
    public var interactions = 0
    /// Outbox parts to their private chat, removed.
    public var outbox = 0
    /// Quarantined items of their chat (LINE: webhook events from them), chat id erased.
    public var quarantine = 0
    /// Roles they held (admin, officer; lineAdmin), revoked.
    public var roles: [String] = []
    /// Trainer records naming them as the one who registered, changed or removed them.
    public var trainerRecords = 0
    /// Audit rows whose actor, subject or before/after named them (the action is kept).
    public var auditRows = 0
    /// False when the WAL could not be truncated (see `PruneReport.walTruncated`).
    public var walTruncated = true

    /// Makes an empty report.
    public init() {}

    /// True when nothing of the person was left to erase.
    public var isEmpty: Bool { interactions == 0 && outbox == 0 && quarantine == 0 && roles.isEmpty && trainerRecords == 0 && auditRows == 0 }

    /// One line per kind of record.
    public var description: String {
        ["messages (text, username, reply, ids): \(interactions)", "outbox parts: \(outbox)", "quarantined items: \(quarantine)",
         "roles revoked: \(roles.isEmpty ? "none" : roles.joined(separator: ", "))",
         "trainer records naming them: \(trainerRecords)", "audit rows naming them (id replaced): \(auditRows)"].joined(separator: "\n")
    }
}

extension AppDatabase {
    /// How long messages, usernames and ids are kept unless configured otherwise.
    public static let defaultRetentionDays = 90

    /// How the audit log names a person erased by `forget`.
    public static let forgottenLabel = "forgotten"

    /// Applies the retention period: erases what is older than `cutoff` (see `PruneReport`), then
    /// truncates the WAL so the erased text is in no file (SQLite's secure_delete zeroes freed space).
    @discardableResult
    public func prune(before cutoff: Date) throws -> PruneReport {
        var report = try writer.write { db in try Self.prune(db, before: Self.timestamp(cutoff)) }
        report.walTruncated = (try? truncateWAL()) != nil
        return report
    }

    /// `prune(before:)` through GRDB's async API, for the running service (the WAL is truncated
    /// only when no reader holds it; the next prune tries again: no waiting on the cooperative pool).
    @discardableResult
    public func pruneAsync(before cutoff: Date) async throws -> PruneReport {
        let at = Self.timestamp(cutoff)
        var report = try await writer.write { db in try Self.prune(db, before: at) }
        report.walTruncated = (try? truncateWAL(patience: .zero)) != nil
        return report
    }

    static func prune(_ db: Database, before cutoff: String) throws -> PruneReport {
        var report = PruneReport()
        try db.execute(sql: """
            UPDATE interaction SET text = '', username = NULL, reply = CASE WHEN reply IS NULL THEN NULL ELSE '' END, userID = 0, chatID = 0,
                platformUserID = NULL, platformChatID = NULL
            WHERE at < ? AND (text <> '' OR username IS NOT NULL OR reply <> '' OR userID <> 0 OR chatID <> 0
                              OR platformUserID IS NOT NULL OR platformChatID IS NOT NULL)
            """, arguments: [cutoff])
        report.interactions = db.changesCount
        // A LINE event's id is kept (a redelivery is still recognised); the chat it came from is not.
        try db.execute(sql: "UPDATE lineEvent SET chatID = NULL WHERE receivedAt < ? AND chatID IS NOT NULL", arguments: [cutoff])
        report.quarantine += db.changesCount
        try db.execute(sql: "DELETE FROM lineSentMessage WHERE sentAt < ?", arguments: [cutoff])
        report.outbox += db.changesCount
        try db.execute(sql: "DELETE FROM outbox WHERE sentAt IS NOT NULL OR (droppedAt IS NOT NULL AND droppedAt < ?)", arguments: [cutoff])
        report.outbox = db.changesCount
        try db.execute(sql: "UPDATE quarantine SET chatID = NULL WHERE at < ? AND chatID IS NOT NULL", arguments: [cutoff])
        report.quarantine = db.changesCount
        let removed = try Int64.fetchAll(db, sql: "SELECT id FROM trainer WHERE deletedAt IS NOT NULL AND deletedAt < ?", arguments: [cutoff])
        for id in removed {
            try db.execute(sql: "UPDATE trainer SET phone = NULL WHERE id = ? AND phone IS NOT NULL", arguments: [id])
            report.trainerPhones += db.changesCount
            try db.execute(sql: """
                UPDATE audit SET before = CASE WHEN before IS NULL THEN NULL ELSE json_remove(before, '$.phone') END,
                                 after = CASE WHEN after IS NULL THEN NULL ELSE json_remove(after, '$.phone') END
                WHERE subject = ? AND (json_extract(before, '$.phone') IS NOT NULL OR json_extract(after, '$.phone') IS NOT NULL)
                """, arguments: [TrainerID(id).description])
            report.auditRows += db.changesCount
        }
        return report
    }

    /// Erases one person's messages and identifiers everywhere (see `ForgetReport`); audit rows
    /// keep their action with the id replaced. Idempotent: a second run finds nothing. The erasure
    /// itself is audited (without the id) when it erased something.
    @discardableResult
    public func forget(userID: Int64, at date: Date = Date()) throws -> ForgetReport {
        guard userID > 0 else { throw AdminError.invalidUserID(userID) }
        var report = try writer.write { db in
            var report = ForgetReport()
            let id = userID
            try db.execute(sql: """
                UPDATE interaction SET text = '', username = NULL, reply = CASE WHEN reply IS NULL THEN NULL ELSE '' END, userID = 0,
                    chatID = CASE WHEN chatID = ? THEN 0 ELSE chatID END
                WHERE userID = ? OR chatID = ?
                """, arguments: [id, id, id])
            report.interactions = db.changesCount
            try db.execute(sql: "DELETE FROM outbox WHERE chatID = ?", arguments: [id])
            report.outbox = db.changesCount
            try db.execute(sql: "UPDATE quarantine SET chatID = NULL WHERE chatID = ?", arguments: [id])
            report.quarantine = db.changesCount
            // Follow-up contexts kept across a restart name the user and chat (intent, slots and variant only).
            if try db.tableExists("conversationContext") {
                try db.execute(sql: "DELETE FROM conversationContext WHERE userID = ? OR chatID = ?", arguments: [id, id])
            }
            for table in ["admin", "officer"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE userID = ?", arguments: [id])
                if db.changesCount > 0 { report.roles.append(table) }
            }
            try db.execute(sql: """
                UPDATE trainer SET createdBy = CASE WHEN createdBy = ?1 THEN 0 ELSE createdBy END,
                    updatedBy = CASE WHEN updatedBy = ?1 THEN 0 ELSE updatedBy END,
                    deletedBy = CASE WHEN deletedBy = ?1 THEN 0 ELSE deletedBy END
                WHERE createdBy = ?1 OR updatedBy = ?1 OR deletedBy = ?1
                """, arguments: [id])
            report.trainerRecords = db.changesCount
            let labels = [String(id), "cli:\(id)"]
            report.auditRows = try Self.scrubAudit(db, of: id, labels: (labels[0], labels[1]))
            try Self.recordErasure(db, report, at: date)
            return report
        }
        report.walTruncated = (try? truncateWAL()) != nil
        return report
    }

    /// `forget(userID:)` for a LINE user (`U` and 32 hex digits): their messages (text, username,
    /// reply, LINE ids), outbox parts pushed to them, the chat id of their webhook events, their
    /// follow-up contexts and LINE admin role; audit rows keep the action with the id replaced.
    @discardableResult
    public func forget(lineUserID id: String, at date: Date = Date()) throws -> ForgetReport {
        guard Self.isLineUserID(id) else { throw LineAdminError.invalidUserID(id) }
        var report = try writer.write { db in
            var report = ForgetReport()
            try db.execute(sql: """
                UPDATE interaction SET text = '', username = NULL, reply = CASE WHEN reply IS NULL THEN NULL ELSE '' END,
                    platformUserID = NULL, platformChatID = CASE WHEN platformChatID = ?1 THEN NULL ELSE platformChatID END
                WHERE platformUserID = ?1 OR platformChatID = ?1
                """, arguments: [id])
            report.interactions = db.changesCount
            try db.execute(sql: "DELETE FROM outbox WHERE platform = 'line' AND destination = ?", arguments: [id])
            report.outbox = db.changesCount
            try db.execute(sql: "DELETE FROM lineSentMessage WHERE chatID = ?", arguments: [id])
            report.outbox += db.changesCount
            try db.execute(sql: "UPDATE lineEvent SET chatID = NULL WHERE chatID = ?", arguments: [id])
            report.quarantine = db.changesCount
            try db.execute(sql: "DELETE FROM conversationContext WHERE platformUserID = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM lineAdmin WHERE userID = ?", arguments: [id])
            if db.changesCount > 0 { report.roles.append("lineAdmin") }
            report.auditRows = try Self.scrubAudit(db, of: id, labels: (Self.lineAuditSubject(id), Self.lineAuditSubject(id)))
            try Self.recordErasure(db, report, at: date)
            return report
        }
        report.walTruncated = (try? truncateWAL()) != nil
        return report
    }

    /// Replaces the person in the audit (as actor, as subject `labels`, inside before/after) with
    /// `forgottenLabel`; how many rows named them. A LINE id never equals a numeric actor.
    static func scrubAudit(_ db: Database, of id: some DatabaseValueConvertible, labels: (String, String)) throws -> Int {
        try db.execute(sql: """
            UPDATE audit SET
                actorID = CASE WHEN actorID = ?1 THEN NULL ELSE actorID END,
                subject = CASE WHEN subject = ?2 THEN ?4 ELSE subject END,
                before = CASE WHEN before IS NULL THEN NULL ELSE \(Self.scrubbed("before")) END,
                after = CASE WHEN after IS NULL THEN NULL ELSE \(Self.scrubbed("after")) END
            WHERE actorID = ?1 OR subject = ?2 OR \(Self.names("before")) OR \(Self.names("after"))
            """, arguments: [id, labels.0, labels.1, Self.forgottenLabel])
        return db.changesCount
    }

    /// Audits that an erasure happened (without the id), when it erased something.
    static func recordErasure(_ db: Database, _ report: ForgetReport, at date: Date) throws {
        guard !report.isEmpty else { return }
        try Self.audit(db, at: Self.timestamp(date), actor: .cli(nil), action: .forget, subject: "user", before: [String: Int]?.none,
                       after: ["messages": report.interactions, "outbox": report.outbox, "auditRows": report.auditRows])
    }

    /// SQL: true when the JSON column names the person (?1 the id, ?2 / ?3 its labels).
    static func names(_ column: String) -> String {
        """
        (json_extract(\(column), '$.userID') = ?1 OR json_extract(\(column), '$.createdBy') = ?1 \
        OR json_extract(\(column), '$.addedBy') IN (?2, ?3))
        """
    }

    /// SQL: the JSON column with the person's id replaced where it has the key (json_replace adds none) (?1 the id, ?2 / ?3 its labels, ?4 the placeholder).
    static func scrubbed(_ column: String) -> String {
        """
        json_replace(\(column),
            '$.userID', CASE WHEN json_extract(\(column), '$.userID') = ?1 THEN NULL ELSE json_extract(\(column), '$.userID') END,
            '$.createdBy', CASE WHEN json_extract(\(column), '$.createdBy') = ?1 THEN 0 ELSE json_extract(\(column), '$.createdBy') END,
            '$.addedBy', CASE WHEN json_extract(\(column), '$.addedBy') IN (?2, ?3) THEN ?4 ELSE json_extract(\(column), '$.addedBy') END)
        """
    }

    /// Moves everything in the WAL into the database file and truncates the WAL to zero bytes, so
    /// erased text survives in no frame of it. Another process's checkpoint (a running `serve`'s,
    /// every 200 ms) takes SQLite's checkpoint lock without a busy handler, and a reader's snapshot
    /// keeps old frames: a busy attempt is tried again for about `patience`. Throws when it stays busy.
    public func truncateWAL(patience: Duration = .seconds(3)) throws {
        guard writer is DatabasePool else { return }
        let truncate = { _ = try self.writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) } }
        let deadline = ContinuousClock.now + patience
        while true {
            do {
                if let checkpointer { try checkpointer.holdingStill(truncate) } else { try truncate() }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                guard ContinuousClock.now < deadline else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }
}
