import GRDB

/// What a failed database call means for whoever made it: try again later, give up on this item,
/// or stop, because the file itself is damaged.
public enum StoreFailure: Sendable, Equatable {
    /// Busy, locked, full, an I/O error: the same call may work later.
    case transient
    /// SQLite refused the data (a constraint): the same write will fail again, however often it is tried.
    case rejected
    /// The file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB): nothing will work until it is restored.
    case damaged

    /// Classifies `error` (errors that are not SQLite's are transient).
    public init(_ error: any Error) {
        guard let error = error as? DatabaseError else {
            self = .transient
            return
        }
        switch error.resultCode {
        case .SQLITE_CONSTRAINT: self = .rejected
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged
        default: self = .transient
        }
    }
}
