import CivicBotCore
import Foundation
import GRDB

extension AppDatabase {
    /// Migrations of the admin features (roles, trainer register, audit).
    static func registerAdminMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-admin") { db in
            // The trainer table of v1 gets its constraints: the duplicate key, length limits, the
            // stored phone form, who changed and removed what. SQLite cannot add CHECKs to a
            // table, so it is rebuilt (nothing references it).
            try db.execute(sql: """
                CREATE TABLE admin (
                    userID INTEGER PRIMARY KEY CHECK (userID > 0),
                    addedAt TEXT NOT NULL,
                    addedBy TEXT NOT NULL
                );
                CREATE TABLE trainerV2 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND \(RegistrationForm.maxNameLength)),
                    nameKey TEXT NOT NULL CHECK (length(nameKey) > 0),
                    provinceID INTEGER NOT NULL REFERENCES province(id),
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    trainerType TEXT NOT NULL CHECK (trainerType IN ('core', 'extended')),
                    phone TEXT CHECK (phone IS NULL OR (length(phone) IN (9, 10) AND phone GLOB '0*' AND phone NOT GLOB '*[^0-9]*')),
                    note TEXT CHECK (note IS NULL OR length(note) <= \(RegistrationForm.maxNoteLength)),
                    createdAt TEXT NOT NULL,
                    createdBy INTEGER NOT NULL,
                    updatedAt TEXT,
                    updatedBy INTEGER,
                    deletedAt TEXT,
                    deletedBy INTEGER
                );
                INSERT INTO trainerV2 (id, name, nameKey, provinceID, agencyCode, trainerType, phone, note, createdAt, createdBy, deletedAt)
                    SELECT id, name, name, provinceID, agencyCode, trainerType, phone, note, createdAt, createdBy, deletedAt FROM trainer;
                DROP INDEX trainerByProvince;
                DROP TABLE trainer;
                ALTER TABLE trainerV2 RENAME TO trainer;
                CREATE INDEX trainerByProvince ON trainer(provinceID) WHERE deletedAt IS NULL;
                CREATE UNIQUE INDEX trainerIdentity ON trainer(nameKey, provinceID, agencyCode) WHERE deletedAt IS NULL;
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    actorID INTEGER,
                    via TEXT NOT NULL CHECK (via IN ('chat', 'cli')),
                    action TEXT NOT NULL CHECK (action IN ('register', 'update', 'remove', 'restore', 'refused', 'admin_add', 'admin_remove')),
                    subject TEXT NOT NULL,
                    before TEXT CHECK (before IS NULL OR json_valid(before)),
                    after TEXT CHECK (after IS NULL OR json_valid(after))
                );
                CREATE INDEX auditByTime ON audit(at);
                """)
            // Rows of v1 (none were ever written by a released build) get a key from their name.
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM trainer") {
                let key = ThaiNormalizer.normalize(row["name"] as String).compact
                try db.execute(sql: "UPDATE trainer SET nameKey = ? WHERE id = ?", arguments: [key.isEmpty ? "?" : key, row["id"] as Int64])
            }
        }
    }

    /// True when `userID` holds the admin role. Roles go by numeric id only, never by username.
    public func isAdmin(_ userID: Int64) throws -> Bool {
        try writer.read { db in try StoreTransaction(db: db).isAdmin(userID) }
    }

    /// Grants the admin role (audited); false when `userID` already held it.
    @discardableResult
    public func addAdmin(_ userID: Int64, by actor: AuditActor, at date: Date = Date()) throws -> Bool {
        guard userID > 0 else { throw AdminError.invalidUserID(userID) }
        return try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM admin WHERE userID = ?", arguments: [userID]) ?? false { return false }
            let at = Self.timestamp(date)
            try db.execute(sql: "INSERT INTO admin (userID, addedAt, addedBy) VALUES (?, ?, ?)", arguments: [userID, at, actor.label])
            try Self.audit(db, at: at, actor: actor, action: .adminAdd, subject: String(userID), before: AdminSnapshot?.none,
                           after: AdminSnapshot(userID: userID, addedAt: at, addedBy: actor.label))
            return true
        }
    }

    /// Revokes the admin role (audited); false when `userID` did not hold it.
    @discardableResult
    public func removeAdmin(_ userID: Int64, by actor: AuditActor, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT addedAt, addedBy FROM admin WHERE userID = ?", arguments: [userID]) else { return false }
            try db.execute(sql: "DELETE FROM admin WHERE userID = ?", arguments: [userID])
            try Self.audit(db, at: Self.timestamp(date), actor: actor, action: .adminRemove, subject: String(userID),
                           before: AdminSnapshot(userID: userID, addedAt: row["addedAt"], addedBy: row["addedBy"]), after: AdminSnapshot?.none)
            return true
        }
    }

    /// Every admin, by user id.
    public func admins() throws -> [AdminSnapshot] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT userID, addedAt, addedBy FROM admin ORDER BY userID").map {
                AdminSnapshot(userID: $0["userID"], addedAt: $0["addedAt"], addedBy: $0["addedBy"])
            }
        }
    }

    /// Why a role change was refused.
    public enum AdminError: Error, Equatable {
        /// User ids are positive numbers.
        case invalidUserID(Int64)
    }
}

/// An admin as the store keeps it (and as the audit log records it).
public struct AdminSnapshot: Sendable, Equatable, Codable {
    /// Numeric user id.
    public let userID: Int64
    /// When the role was granted.
    public let addedAt: String
    /// Who granted it (`cli`, or a user id).
    public let addedBy: String
}
