import Foundation
import GRDB

/// A LINE admin as the store keeps it (and as the audit log records it).
public struct LineAdminSnapshot: Sendable, Equatable, Codable {
    /// `line`.
    public var platform = "line"
    /// LINE user id (`U` and 32 hex digits).
    public let userID: String
    /// When the role was granted.
    public let addedAt: String
    /// Who granted it (`cli`, or a user id).
    public let addedBy: String
}

extension AppDatabase {
    /// How the audit names a LINE user as a subject (`line:U…`).
    static func lineAuditSubject(_ userID: String) -> String { "line:" + userID }

    /// True when `id` has the form of a LINE user id: `U` and 32 lowercase hex digits.
    public static func isLineUserID(_ id: String) -> Bool {
        id.count == 33 && id.hasPrefix("U") && id.dropFirst().allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// Grants the admin role to a LINE user (audited as `line:U…`); false when already held.
    @discardableResult
    public func addLineAdmin(_ userID: String, by actor: AuditActor, at date: Date = Date()) throws -> Bool {
        guard Self.isLineUserID(userID) else { throw LineAdminError.invalidUserID(userID) }
        return try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM lineAdmin WHERE userID = ?", arguments: [userID]) ?? false { return false }
            let at = Self.timestamp(date)
            try db.execute(sql: "INSERT INTO lineAdmin (userID, addedAt, addedBy) VALUES (?, ?, ?)", arguments: [userID, at, actor.label])
            try Self.audit(db, at: at, actor: actor, action: .adminAdd, subject: Self.lineAuditSubject(userID), before: LineAdminSnapshot?.none,
                           after: LineAdminSnapshot(userID: userID, addedAt: at, addedBy: actor.label))
            return true
        }
    }

    /// Revokes a LINE user's admin role (audited); false when not held.
    @discardableResult
    public func removeLineAdmin(_ userID: String, by actor: AuditActor, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT addedAt, addedBy FROM lineAdmin WHERE userID = ?", arguments: [userID]) else { return false }
            try db.execute(sql: "DELETE FROM lineAdmin WHERE userID = ?", arguments: [userID])
            try Self.audit(db, at: Self.timestamp(date), actor: actor, action: .adminRemove, subject: Self.lineAuditSubject(userID),
                           before: LineAdminSnapshot(userID: userID, addedAt: row["addedAt"], addedBy: row["addedBy"]), after: LineAdminSnapshot?.none)
            return true
        }
    }

    /// Every LINE admin.
    public func lineAdmins() throws -> [LineAdminSnapshot] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT userID, addedAt, addedBy FROM lineAdmin ORDER BY userID").map {
                LineAdminSnapshot(userID: $0["userID"], addedAt: $0["addedAt"], addedBy: $0["addedBy"])
            }
        }
    }

    /// True when the LINE user `userID` holds the admin role.
    public func isLineAdmin(_ userID: String) throws -> Bool {
        try writer.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM lineAdmin WHERE userID = ?", arguments: [userID]) ?? false }
    }

    /// Why a LINE role change was refused.
    public enum LineAdminError: Error, Equatable, CustomStringConvertible {
        /// Not `U` and 32 lowercase hex digits.
        case invalidUserID(String)
        /// For the operator.
        public var description: String { "not a LINE user id (U and 32 lowercase hex digits)" }
    }
}
