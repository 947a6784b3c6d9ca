import CivicBotCore
import Foundation
import GRDB

extension AppDatabase {
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
