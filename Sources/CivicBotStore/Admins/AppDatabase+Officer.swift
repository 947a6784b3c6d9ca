import CivicBotCore
import Foundation
import GRDB

extension AppDatabase {

    /// The sender's role: admin, officer (may see trainers' phones in a private chat), or volunteer.
    /// Roles go by numeric id only, never by username.
    public func role(of userID: Int64) throws -> SenderRole {
        try writer.read { db in try StoreTransaction(db: db).role(of: userID) }
    }

    /// Grants the officer role (audited); false when `userID` already held it.
    @discardableResult
    public func addOfficer(_ userID: Int64, by actor: AuditActor, at date: Date = Date()) throws -> Bool {
        guard userID > 0 else { throw AdminError.invalidUserID(userID) }
        return try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM officer WHERE userID = ?", arguments: [userID]) ?? false { return false }
            let at = Self.timestamp(date)
            try db.execute(sql: "INSERT INTO officer (userID, addedAt, addedBy) VALUES (?, ?, ?)", arguments: [userID, at, actor.label])
            try Self.audit(db, at: at, actor: actor, action: .officerAdd, subject: String(userID), before: AdminSnapshot?.none,
                           after: AdminSnapshot(userID: userID, addedAt: at, addedBy: actor.label))
            return true
        }
    }

    /// Revokes the officer role (audited); false when `userID` did not hold it.
    @discardableResult
    public func removeOfficer(_ userID: Int64, by actor: AuditActor, at date: Date = Date()) throws -> Bool {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT addedAt, addedBy FROM officer WHERE userID = ?", arguments: [userID]) else { return false }
            try db.execute(sql: "DELETE FROM officer WHERE userID = ?", arguments: [userID])
            try Self.audit(db, at: Self.timestamp(date), actor: actor, action: .officerRemove, subject: String(userID),
                           before: AdminSnapshot(userID: userID, addedAt: row["addedAt"], addedBy: row["addedBy"]), after: AdminSnapshot?.none)
            return true
        }
    }

    /// Every officer, by user id.
    public func officers() throws -> [AdminSnapshot] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT userID, addedAt, addedBy FROM officer ORDER BY userID").map {
                AdminSnapshot(userID: $0["userID"], addedAt: $0["addedAt"], addedBy: $0["addedBy"])
            }
        }
    }
}

extension StoreTransaction {
    /// The sender's role inside this transaction (admin wins over officer).
    public func role(of userID: Int64) throws -> SenderRole {
        if try isAdmin(userID) { return .admin }
        guard userID > 0 else { return .volunteer }
        return try Bool.fetchOne(db, sql: "SELECT 1 FROM officer WHERE userID = ?", arguments: [userID]) ?? false ? .officer : .volunteer
    }
}
