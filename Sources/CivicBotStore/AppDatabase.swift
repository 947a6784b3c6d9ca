import CivicBotCore
import Foundation
import GRDB

/// The bot's SQLite database: knowledge seeded from the source document, the interaction log,
/// and (later) the trainer register, outbox and audit. Migrates and seeds itself on open.
public struct AppDatabase: Sendable {
    /// The GRDB writer: a `DatabasePool` (WAL) on disk, a queue in memory for tests.
    public let writer: any DatabaseWriter

    /// Opens (creating, migrating and seeding on first use) the database at `path`.
    /// `":memory:"` gives a private in-memory database.
    public static func open(path: String, lexicon: Lexicon, seed: @autoclosure () throws -> SeedDocument = try SeedDocument.bundled()) throws -> AppDatabase {
        var config = Configuration()
        // Other processes (civicbot admin, status, repl) may hold the write lock for a moment: wait, do not fail.
        config.busyMode = .timeout(5)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Erased text (retention, `civicbot forget`) is overwritten with zeros, not left in free space.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        let writer: any DatabaseWriter
        if path == ":memory:" {
            writer = try DatabaseQueue(configuration: config)
        } else {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try refuseNewerSchema(atPath: path)
            writer = try DatabasePool(path: path, configuration: config)
        }
        let database = AppDatabase(writer: writer)
        try database.migrator.migrate(writer)
        let seeded = try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM province") ?? 0 } > 0
        if !seeded {
            let document = try seed()
            try writer.write { db in try SeedImporter(lexicon: lexicon, document: document).importAll(db) }
        }
        return database
    }

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// The schema, one migration per change; never edit a shipped migration.
    var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-knowledge") { db in
            try db.execute(sql: """
                CREATE TABLE province (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    english TEXT NOT NULL
                );
                CREATE TABLE agency (
                    code TEXT PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    short TEXT NOT NULL,
                    english TEXT NOT NULL,
                    registerColumn INTEGER NOT NULL CHECK (registerColumn IN (0, 1))
                );
                CREATE TABLE register (
                    trainerType TEXT PRIMARY KEY CHECK (trainerType IN ('core', 'extended')),
                    title TEXT NOT NULL,
                    yearBE INTEGER NOT NULL,
                    publishedTotal INTEGER NOT NULL CHECK (publishedTotal >= 0)
                );
                CREATE TABLE registerRow (
                    trainerType TEXT NOT NULL REFERENCES register(trainerType),
                    provinceID INTEGER NOT NULL REFERENCES province(id),
                    rowNumber INTEGER NOT NULL,
                    sourceName TEXT NOT NULL,
                    PRIMARY KEY (trainerType, provinceID)
                );
                CREATE TABLE registerCount (
                    trainerType TEXT NOT NULL REFERENCES register(trainerType),
                    provinceID INTEGER NOT NULL REFERENCES province(id),
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    count INTEGER NOT NULL CHECK (count >= 0),
                    PRIMARY KEY (trainerType, provinceID, agencyCode),
                    FOREIGN KEY (trainerType, provinceID) REFERENCES registerRow(trainerType, provinceID)
                );
                CREATE TABLE letter (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    reference TEXT NOT NULL,
                    date TEXT NOT NULL,
                    dateISO TEXT NOT NULL,
                    sender TEXT NOT NULL,
                    senderAddress TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    addressees TEXT NOT NULL,
                    attachments TEXT NOT NULL,
                    body TEXT NOT NULL,
                    signerName TEXT NOT NULL,
                    signerTitle TEXT NOT NULL,
                    responsibleOffice TEXT NOT NULL,
                    phone TEXT NOT NULL,
                    fax TEXT NOT NULL,
                    coordinator TEXT NOT NULL
                );
                CREATE TABLE mou (
                    id TEXT PRIMARY KEY,
                    title TEXT NOT NULL,
                    preamble TEXT NOT NULL,
                    background TEXT NOT NULL,
                    closing TEXT NOT NULL,
                    termYears INTEGER,
                    termText TEXT,
                    noticeDays INTEGER,
                    terminationText TEXT,
                    amendmentText TEXT
                );
                CREATE TABLE mouParty (
                    mouID TEXT NOT NULL REFERENCES mou(id),
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (mouID, agencyCode)
                );
                CREATE TABLE mouClause (
                    mouID TEXT NOT NULL REFERENCES mou(id),
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    heading TEXT NOT NULL,
                    number INTEGER NOT NULL CHECK (number > 0),
                    text TEXT NOT NULL,
                    PRIMARY KEY (mouID, agencyCode, number),
                    FOREIGN KEY (mouID, agencyCode) REFERENCES mouParty(mouID, agencyCode)
                );
                CREATE TABLE mouSignatory (
                    mouID TEXT NOT NULL REFERENCES mou(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    rank TEXT,
                    title TEXT NOT NULL,
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    role TEXT NOT NULL CHECK (role IN ('signatory', 'witness')),
                    sourceSpelling TEXT,
                    PRIMARY KEY (mouID, position)
                );
                CREATE TABLE centerFact (
                    key TEXT PRIMARY KEY,
                    source TEXT NOT NULL REFERENCES mou(id),
                    quote TEXT NOT NULL
                );
                CREATE TABLE centerRollout (
                    fiscalYearBE INTEGER PRIMARY KEY,
                    scope TEXT NOT NULL
                );
                CREATE TABLE programme (
                    position INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL REFERENCES mou(id),
                    quote TEXT NOT NULL
                );
                CREATE TABLE glossaryTerm (
                    term TEXT PRIMARY KEY,
                    expansion TEXT NOT NULL,
                    english TEXT,
                    meaning TEXT NOT NULL,
                    inSource INTEGER NOT NULL CHECK (inSource IN (0, 1))
                );
                CREATE TABLE trainer (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    provinceID INTEGER NOT NULL REFERENCES province(id),
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    trainerType TEXT NOT NULL CHECK (trainerType IN ('core', 'extended')),
                    phone TEXT,
                    note TEXT,
                    createdAt TEXT NOT NULL,
                    createdBy INTEGER NOT NULL,
                    deletedAt TEXT
                );
                CREATE INDEX trainerByProvince ON trainer(provinceID) WHERE deletedAt IS NULL;
                """)
        }
        migrator.registerMigration("v1-interactions") { db in
            try db.execute(sql: """
                CREATE TABLE interaction (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    chatID INTEGER NOT NULL,
                    chatType TEXT NOT NULL CHECK (chatType IN ('private', 'group')),
                    userID INTEGER NOT NULL,
                    username TEXT,
                    text TEXT NOT NULL,
                    intent TEXT NOT NULL,
                    slots TEXT NOT NULL,
                    reply TEXT,
                    processingMicros INTEGER NOT NULL CHECK (processingMicros >= 0)
                );
                CREATE INDEX interactionByTime ON interaction(at);
                """)
        }
        Self.registerServiceMigrations(&migrator)
        Self.registerAdminMigrations(&migrator)
        migrator.registerMigration("v3-lexicon-from-intents") { db in
            // The glossary is read from Intents/lexicon at every start (one source of truth); the
            // copy made when the database was created went stale when a maintainer edited the file.
            try db.execute(sql: "DROP TABLE glossaryTerm")
        }
        Self.registerQuarantineMigrations(&migrator)
        Self.registerPlatformMigrations(&migrator)
        Self.registerOperationsMigrations(&migrator)
        Self.registerPrivacyMigrations(&migrator)
        return migrator
    }
}
