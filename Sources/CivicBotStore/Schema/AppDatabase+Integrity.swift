import GRDB

extension AppDatabase {
    /// What SQLite's `PRAGMA quick_check` finds wrong with the file, at most `limit` lines; empty
    /// when the database is sound. A file too damaged to check gives the error as its one problem.
    public func integrityProblems(limit: Int = 5) throws -> [String] {
        do {
            let lines = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(\(max(1, limit)))") }
            return lines == ["ok"] ? [] : lines
        } catch where StoreFailure(error) == .damaged {
            return ["\(error)"]
        }
    }
}
