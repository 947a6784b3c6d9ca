import Foundation
import GRDB

/// What a backup or a restore holds, to print and to compare.
public struct BackupSummary: Sendable, Equatable, CustomStringConvertible {
    /// Rows per table that matters to an operator.
    public let counts: [String: Int]

    /// `trainers 12, admins 2, officers 1, audit 40, messages 1200`.
    public var description: String {
        BackupSummary.tables.map { "\($0.label) \(counts[$0.table] ?? 0)" }.joined(separator: ", ")
    }

    static let tables: [(table: String, label: String)] = [
        ("trainer", "trainers"), ("admin", "admins"), ("officer", "officers"), ("audit", "audit rows"), ("interaction", "messages"),
        ("outbox", "outbox parts"),
    ]

    static func read(_ db: Database) throws -> BackupSummary {
        var counts: [String: Int] = [:]
        for (table, _) in tables where try db.tableExists(table) {
            counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        }
        return BackupSummary(counts: counts)
    }
}

/// Why a backup or a restore did not happen.
public enum BackupError: Error, CustomStringConvertible, Equatable {
    /// The target file exists already; a backup never overwrites one.
    case exists(String)
    /// SQLite's integrity_check found problems (the first few).
    case damaged(String, [String])
    /// The file is not a CivicBot database (no register, no audit).
    case notCivicBot(String)

    /// A message for the operator.
    public var description: String {
        switch self {
        case .exists(let path): return "\(path) exists already: choose a new file name (a backup never overwrites one)"
        case .damaged(let path, let problems): return "\(path) fails SQLite's integrity check: " + problems.joined(separator: "; ")
        case .notCivicBot(let path): return "\(path) is not a CivicBot database (no trainer register or audit log in it)"
        }
    }
}

extension AppDatabase {
    /// Copies the database at `source` into a new file `destination` with SQLite's online backup
    /// (one consistent snapshot, WAL included; safe while serve writes), checks the copy with
    /// `integrity_check`, makes it one self-contained file (rollback journal, no -wal), and only
    /// then gives it its name. Never changes `source`; never overwrites `destination`.
    public static func backup(from source: String, to destination: String) throws -> BackupSummary {
        let fm = FileManager.default
        guard fm.fileExists(atPath: source) else { throw StoreOpenError.notFound(source) }
        guard !fm.fileExists(atPath: destination) else { throw BackupError.exists(destination) }
        let partial = destination + ".partial"
        try? fm.removeItem(atPath: partial)
        do {
            let reader = try openReadOnly(path: source).writer
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            let copy = try DatabaseQueue(path: partial, configuration: configuration)
            try reader.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            let summary = try check(copy, path: destination)
            try copy.close()
            try fm.moveItem(atPath: partial, toPath: destination)
            return summary
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
    }

    /// Checks a backup file before a restore: SQLite's integrity_check, a CivicBot schema, not from
    /// a newer version. Opens it read-only; never changes it.
    public static func checkBackup(at path: String) throws -> BackupSummary {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreOpenError.notFound(path) }
        try refuseNewerSchema(atPath: path)
        let reader = try openReadOnly(path: path).writer
        return try check(reader, path: path)
    }

    /// Replaces the content of the database at `target` with the backup at `source` (SQLite's
    /// backup API, page by page into the open file, so `-wal` and `-shm` stay consistent). The
    /// caller holds the instance lock and has put the previous database aside.
    public static func restore(from source: String, into target: String) throws {
        let reader = try openReadOnly(path: source).writer
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let destination = try DatabaseQueue(path: target, configuration: configuration)
        try reader.backup(to: destination)
        try destination.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.checkpoint(.truncate)
        }
        try destination.close()
    }

    /// integrity_check, then the CivicBot tables, then the summary.
    static func check(_ reader: any DatabaseReader, path: String) throws -> BackupSummary {
        try reader.read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check(5)")
            guard lines == ["ok"] else { throw BackupError.damaged(path, lines) }
            guard try db.tableExists("trainer"), try db.tableExists("audit"), try db.tableExists("province") else {
                throw BackupError.notCivicBot(path)
            }
            return try BackupSummary.read(db)
        }
    }

    /// The summary of this database (for a restore's report).
    public func summary() throws -> BackupSummary {
        try writer.read { db in try BackupSummary.read(db) }
    }
}
