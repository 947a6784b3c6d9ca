import Foundation
import GRDB

extension AppDatabase {
    /// Opens the database at `path` for reading only, without migrating, seeding or writing
    /// anything, for monitors (`civicbot status`) that may not write the file or its folder.
    /// A WAL database needs its `-shm` file: when it is absent and cannot be made (a read-only
    /// folder), no process has the database open, and the file is read as it is (`immutable=1`).
    public static func openReadOnly(path: String) throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreOpenError.notFound(path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        do {
            return try readable(DatabaseQueue(path: path, configuration: configuration))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            let uri = URL(fileURLWithPath: path).absoluteString + "?immutable=1"
            return try readable(DatabaseQueue(path: uri, configuration: configuration))
        }
    }

    /// The store over `queue` once a first read has worked (SQLite opens the WAL index lazily).
    private static func readable(_ queue: DatabaseQueue) throws -> AppDatabase {
        _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
        return AppDatabase(writer: queue)
    }
}
