import Foundation
import GRDB

/// Why the store will not open a database file.
public enum StoreOpenError: Error, CustomStringConvertible, Equatable {
    /// A newer civicbot migrated the database: it records migrations this build does not know.
    case newerSchema(unknown: [String])
    /// There is no database file at this path (read-only opening never creates one).
    case notFound(String)

    /// A message for the operator.
    public var description: String {
        switch self {
        case .newerSchema(let unknown):
            return "the database was made by a newer version of civicbot (migrations this build does not know: "
                + unknown.joined(separator: ", ") + "); it was not opened or changed: run the newer civicbot, or restore a backup"
        case .notFound(let path):
            return "no database at \(path)"
        }
    }
}

extension AppDatabase {
    /// Throws `StoreOpenError.newerSchema` when the database file at `path` holds migrations this
    /// build does not know. Reads through a read-only connection before anything opens the file
    /// for writing (a `DatabasePool` writes on open), so a refused file is left as it was.
    static func refuseNewerSchema(atPath path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        let migrator = AppDatabase(writer: reader).migrator
        let applied = try reader.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty { throw StoreOpenError.newerSchema(unknown: unknown) }
    }
}
