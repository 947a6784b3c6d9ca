import CivicBotCore
import GRDB
import Synchronization

/// A value that changes whenever the register of trainers or the roles may have changed, cheap to
/// read for every message: the running bot keeps its copies (the snapshot's trainers, the role
/// book) until the stamp moves, instead of querying the store for each question.
/// - `local` counts this process's changes, bumped by temporary triggers on the writer connection
///   (any insert, update or delete of `trainer`, `admin`, `officer` or `lineAdmin`; not `audit`,
///   which also records every refused admin command a volunteer sends);
/// - `external` is the writer connection's `PRAGMA data_version`, which moves when another
///   connection (another process: `civicbot admin add`, `trainers import`, `forget`) commits.
public struct ChangeStamp: Sendable, Equatable {
    let local: Int64
    let external: Int64
}

/// This process's count of register and role changes (bumped from SQLite, read without a hop).
final class ChangeCounter: Sendable {
    private let count = Atomic<Int64>(0)
    func bump() { count.add(1, ordering: .relaxed) }
    var value: Int64 { count.load(ordering: .relaxed) }
}

extension AppDatabase {
    /// The tables whose changes move the stamp.
    static let watchedTables = ["trainer", "admin", "officer", "lineAdmin"]

    /// Installs the triggers that bump `localChanges` (on the writer connection, after migrating:
    /// temporary triggers need their tables).
    func watchRegisterAndRoles() throws {
        let counter = localChanges
        try writer.writeWithoutTransaction { db in
            db.add(function: DatabaseFunction("civicbot_watched_change", argumentCount: 0, pure: false) { _ in
                counter.bump()
                return nil
            })
            for table in Self.watchedTables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(sql: """
                        CREATE TEMP TRIGGER IF NOT EXISTS watch_\(table)_\(event.lowercased()) AFTER \(event) ON main.\(table)
                        BEGIN SELECT civicbot_watched_change(); END
                        """)
                }
            }
        }
    }

    /// The stamp now (one short hop to the writer connection; the REPL and tools).
    public func changeStamp() throws -> ChangeStamp {
        let local = localChanges.value
        return ChangeStamp(local: local, external: try writer.writeWithoutTransaction { db in try Self.dataVersion(db) })
    }

    /// `changeStamp()` through GRDB's async API, for the running service.
    public func changeStamp() async throws -> ChangeStamp {
        let local = localChanges.value
        return ChangeStamp(local: local, external: try await writer.writeWithoutTransaction { db in try Self.dataVersion(db) })
    }

    static func dataVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
    }

    /// Everyone who holds a role, in one read (a handful of rows: kept by the bot until the stamp moves).
    public func roleBook() throws -> RoleBook {
        try writer.read { db in try Self.roleBook(db) }
    }

    /// `roleBook()` through GRDB's async API, for the running service.
    public func roleBook() async throws -> RoleBook {
        try await writer.read { db in try Self.roleBook(db) }
    }

    static func roleBook(_ db: Database) throws -> RoleBook {
        RoleBook(admins: Set(try Int64.fetchAll(db, sql: "SELECT userID FROM admin")),
                 officers: Set(try Int64.fetchAll(db, sql: "SELECT userID FROM officer")),
                 lineAdmins: Set(try String.fetchAll(db, sql: "SELECT userID FROM lineAdmin")))
    }
}

/// Who holds a role: Telegram's (and the console's) numeric ids, LINE's `U…` ids.
public struct RoleBook: Sendable, Equatable {
    let admins: Set<Int64>
    let officers: Set<Int64>
    let lineAdmins: Set<String>

    /// The role of a numeric user id, as `role(of:)` reads it from the store.
    public func role(of userID: Int64) -> SenderRole {
        guard userID > 0 else { return .volunteer }
        if admins.contains(userID) { return .admin }
        return officers.contains(userID) ? .officer : .volunteer
    }

    /// True when the LINE user id holds the admin role.
    public func isLineAdmin(_ userID: String) -> Bool { lineAdmins.contains(userID) }
}
