import CivicBotCore
import Foundation
import GRDB

/// A trainer of the register with everything the store keeps about them.
public struct RegisteredTrainer: Sendable, Equatable, Codable {
    /// Row id (`TrainerID` shows it as T-0007).
    public let id: Int64
    /// Title and name as typed.
    public var name: String
    /// Canonical province name.
    public var province: String
    /// Agency code.
    public var agency: String
    /// `core` or `extended`.
    public var trainerType: String
    /// Phone digits, if any.
    public var phone: String?
    /// Note, if any.
    public var note: String?
    /// When registered (UTC, ISO 8601).
    public let createdAt: String
    /// Who registered (user id; 0 for the command line without `--by`).
    public let createdBy: Int64
    /// When removed, if removed.
    public var deletedAt: String?
    /// True when the trainer agreed to have the phone shown to officers and admins in private chats.
    public var phoneConsent: Bool = false

    /// `T-0007`.
    public var trainerID: TrainerID { TrainerID(id) }
    /// True when removed (soft delete).
    public var isRemoved: Bool { deletedAt != nil }
}

/// Why a change to the register was refused. The reply text lives in Intents/.
public enum TrainerStoreError: Error, Equatable {
    /// No trainer has this id.
    case notFound(Int64)
    /// An active trainer with the same name, province and department exists: its id.
    case duplicate(existing: Int64)
    /// Row `index` of an import duplicates an active trainer (or an earlier row: `existing` nil).
    case duplicateInImport(index: Int, existing: Int64?)
    /// The trainer is removed; restore first.
    case removed(Int64)
    /// The trainer is not removed; nothing to restore.
    case notRemoved(Int64)
}

extension AppDatabase {
    /// Registers one trainer (audited) and returns the stored record.
    public func register(_ draft: TrainerDraft, by actor: AuditActor, at date: Date = Date()) throws -> RegisteredTrainer {
        try writer.write { db in try StoreTransaction(db: db).register(draft, by: actor, at: date) }
    }

    /// Registers every draft in one transaction, or none: the first duplicate stops the import.
    public func importTrainers(_ drafts: [TrainerDraft], by actor: AuditActor, at date: Date = Date()) throws -> [RegisteredTrainer] {
        try writer.write { db in
            let at = Self.timestamp(date)
            var seen: [String: Int] = [:]
            return try drafts.enumerated().map { index, draft in
                let key = "\(draft.nameKey)\u{1F}\(draft.province)\u{1F}\(draft.agency)"
                if seen[key] != nil { throw TrainerStoreError.duplicateInImport(index: index, existing: nil) }
                seen[key] = index
                do {
                    return try Self.insert(draft, db, by: actor, at: at)
                } catch TrainerStoreError.duplicate(let existing) {
                    throw TrainerStoreError.duplicateInImport(index: index, existing: existing)
                }
            }
        }
    }

    /// The trainer with this id, removed or not.
    public func trainer(id: Int64) throws -> RegisteredTrainer? {
        try writer.read { db in try StoreTransaction(db: db).trainer(id: id) }
    }

    /// Every trainer in the register (not removed unless asked), by province, department and name.
    public func allTrainers(includingRemoved: Bool = false) throws -> [RegisteredTrainer] {
        try writer.read { db in
            try Row.fetchAll(db, sql: Self.trainerSelect + " WHERE (? OR t.deletedAt IS NULL) ORDER BY p.id, t.agencyCode, t.name, t.id",
                             arguments: [includingRemoved]).map(Self.trainer(from:))
        }
    }

    /// Applies a correction (audited); returns the record before and after.
    public func updateTrainer(id: Int64, with patch: TrainerPatch, by actor: AuditActor, at date: Date = Date()) throws -> (before: RegisteredTrainer, after: RegisteredTrainer) {
        try writer.write { db in try StoreTransaction(db: db).updateTrainer(id: id, with: patch, by: actor, at: date) }
    }

    /// Removes a trainer from the register (a soft delete, audited, undone by `restoreTrainer`).
    public func removeTrainer(id: Int64, by actor: AuditActor, at date: Date = Date()) throws -> RegisteredTrainer {
        try writer.write { db in try StoreTransaction(db: db).removeTrainer(id: id, by: actor, at: date) }
    }

    /// Undoes a removal (audited); refused when an active trainer now has the same identity.
    public func restoreTrainer(id: Int64, by actor: AuditActor, at date: Date = Date()) throws -> RegisteredTrainer {
        try writer.write { db in try StoreTransaction(db: db).restoreTrainer(id: id, by: actor, at: date) }
    }

    // MARK: - Inside a transaction

    /// Inserts and audits one trainer; a duplicate of an active trainer throws.
    static func insert(_ draft: TrainerDraft, _ db: Database, by actor: AuditActor, at: String) throws -> RegisteredTrainer {
        if let existing = try activeDuplicate(db, nameKey: draft.nameKey, province: draft.province, agency: draft.agency) {
            throw TrainerStoreError.duplicate(existing: existing)
        }
        try db.execute(sql: """
            INSERT INTO trainer (name, nameKey, provinceID, agencyCode, trainerType, phone, note, createdAt, createdBy, phoneConsent)
            VALUES (?, ?, (SELECT id FROM province WHERE name = ?), ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [draft.name, draft.nameKey, draft.province, draft.agency, draft.trainerType, draft.phone, draft.note, at, actor.userID ?? 0,
                             draft.phoneConsent])
        let id = db.lastInsertedRowID
        guard let stored = try fetchTrainer(db, id: id) else { throw TrainerStoreError.notFound(id) }
        try audit(db, at: at, actor: actor, action: .register, subject: TrainerID(id).description, before: RegisteredTrainer?.none, after: stored)
        return stored
    }

    /// The id of an active trainer with this identity, if any.
    static func activeDuplicate(_ db: Database, nameKey: String, province: String, agency: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT t.id FROM trainer t JOIN province p ON p.id = t.provinceID
            WHERE t.deletedAt IS NULL AND t.nameKey = ? AND p.name = ? AND t.agencyCode = ?
            """, arguments: [nameKey, province, agency])
    }

    /// The columns of `RegisteredTrainer`.
    static let trainerSelect = """
        SELECT t.id, t.name, p.name AS province, t.agencyCode, t.trainerType, t.phone, t.note, t.createdAt, t.createdBy, t.deletedAt, t.phoneConsent
        FROM trainer t JOIN province p ON p.id = t.provinceID
        """

    /// One trainer by id, removed or not.
    static func fetchTrainer(_ db: Database, id: Int64) throws -> RegisteredTrainer? {
        try Row.fetchOne(db, sql: trainerSelect + " WHERE t.id = ?", arguments: [id]).map(trainer(from:))
    }

    /// A row of `trainerSelect` as a record.
    static func trainer(from r: Row) -> RegisteredTrainer {
        RegisteredTrainer(id: r["id"], name: r["name"], province: r["province"], agency: r["agencyCode"], trainerType: r["trainerType"],
                          phone: r["phone"], note: r["note"], createdAt: r["createdAt"], createdBy: r["createdBy"], deletedAt: r["deletedAt"],
                          phoneConsent: r["phoneConsent"])
    }
}
