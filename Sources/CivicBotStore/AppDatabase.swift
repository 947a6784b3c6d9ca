import CivicBotCore
import Foundation
import GRDB

/// The bot's SQLite database: knowledge seeded from the source document, the interaction log,
/// and (later) the trainer register, outbox and audit. Migrates and seeds itself on open.
public struct AppDatabase: Sendable {
    /// The GRDB writer: a `DatabasePool` (WAL) on disk, a queue in memory for tests.
    public let writer: any DatabaseWriter
    /// Changes to the register and the roles made through this process's writer (`ChangeStamp`).
    let localChanges: ChangeCounter
    /// The background checkpoint of a file database (nil in memory and for read-only opens).
    let checkpointer: WALCheckpointer?

    /// Page cache of each connection, KiB.
    static let pageCacheKiB = 512

    /// Opens (creating, migrating and seeding on first use) the database at `path`.
    /// `":memory:"` gives a private in-memory database. A file database's WAL is checkpointed in the
    /// background every `checkpointEvery` (`WALCheckpointer`).
    public static func open(path: String, lexicon: Lexicon, seed: @autoclosure () throws -> SeedDocument = try SeedDocument.bundled(),
                            checkpointEvery: Duration = .milliseconds(200)) throws -> AppDatabase {
        var config = Configuration()
        // Other processes (civicbot admin, status, repl) may hold the write lock for a moment: wait, do not fail.
        config.busyMode = .timeout(5)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Erased text (retention, `civicbot forget`) is overwritten with zeros, not left in free space.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // Checkpoints run off the writer's path (`WALCheckpointer`); this is the safety limit.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerLimitPages)")
            // Each connection's page cache, KiB (SQLite's default is 2,000): the knowledge tables fit
            // in it, and the log's pages are written once and then read back rarely, from the OS's
            // cache. The pool has a writer, readers and a checkpointer, so this bounds the process.
            try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB)")
        }
        let writer: any DatabaseWriter
        var checkpointer: WALCheckpointer?
        if path == ":memory:" {
            writer = try DatabaseQueue(configuration: config)
        } else {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try refuseNewerSchema(atPath: path)
            writer = try DatabasePool(path: path, configuration: config)
            checkpointer = WALCheckpointer(path: path, interval: checkpointEvery)
        }
        let database = AppDatabase(writer: writer, checkpointer: checkpointer)
        try database.migrator.migrate(writer)
        try database.watchRegisterAndRoles()
        let seeded = try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM province") ?? 0 } > 0
        if !seeded {
            let document = try seed()
            try writer.write { db in try SeedImporter(lexicon: lexicon, document: document).importAll(db) }
        }
        return database
    }

    init(writer: any DatabaseWriter, checkpointer: WALCheckpointer? = nil) {
        self.writer = writer
        self.checkpointer = checkpointer
        self.localChanges = ChangeCounter()
    }
}
