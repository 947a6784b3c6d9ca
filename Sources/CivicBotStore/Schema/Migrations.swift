import CivicBotCore
import Foundation
import GRDB

/// Every schema change, in order, in this one file. Forward-only: never edit a shipped migration;
/// add one at the end of `migrator`.
extension AppDatabase {
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
        migrator.registerMigration("v6-context") { db in
            // Follow-up contexts kept across a restart (issue 10): intent and slots only, for minutes.
            try db.execute(sql: """
                CREATE TABLE conversationContext (
                    platform TEXT NOT NULL,
                    chatID INTEGER NOT NULL,
                    userID INTEGER NOT NULL,
                    platformUserID TEXT NOT NULL DEFAULT '',
                    intent TEXT NOT NULL,
                    slots TEXT NOT NULL,
                    at TEXT NOT NULL,
                    PRIMARY KEY (platform, chatID, userID, platformUserID)
                );
                """)
        }
        Self.registerLineMigrations(&migrator)
        migrator.registerMigration("v7-interaction-rowid") { db in
            // The log's ids are referenced by nothing, so they need not be AUTOINCREMENT's: without
            // it a logged message commits one page fewer (sqlite_sequence's), a third of the write.
            // The outbox keeps AUTOINCREMENT: LINE's push retry key is made from its id.
            let allowed = Self.platforms.map { "'\($0)'" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE interactionByRowID (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    chatID INTEGER NOT NULL,
                    chatType TEXT NOT NULL CHECK (chatType IN ('private', 'group')),
                    userID INTEGER NOT NULL,
                    username TEXT,
                    text TEXT NOT NULL,
                    intent TEXT NOT NULL,
                    slots TEXT NOT NULL,
                    reply TEXT,
                    processingMicros INTEGER NOT NULL CHECK (processingMicros >= 0),
                    platform TEXT NOT NULL DEFAULT 'telegram' CHECK (platform IN (\(allowed))),
                    platformUserID TEXT,
                    platformChatID TEXT
                );
                INSERT INTO interactionByRowID (id, at, chatID, chatType, userID, username, text, intent, slots, reply,
                                                processingMicros, platform, platformUserID, platformChatID)
                    SELECT id, at, chatID, chatType, userID, username, text, intent, slots, reply,
                           processingMicros, platform, platformUserID, platformChatID FROM interaction;
                DROP TABLE interaction;
                ALTER TABLE interactionByRowID RENAME TO interaction;
                CREATE INDEX interactionByTime ON interaction(at);
                DELETE FROM sqlite_sequence WHERE name = 'interaction';
                """)
        }
        migrator.registerMigration("v8-interaction-no-time-index") { db in
            // Every logged message wrote the time index's page too: with it, a message's commit
            // cost twice as much on a VM's disk. What reads the log by time (usage stats, the
            // retention sweep) runs seldom and scans the log instead.
            try db.execute(sql: "DROP INDEX IF EXISTS interactionByTime")
        }
        migrator.registerMigration("v9-line-sent-messages") { db in
            // The ids LINE gave the bot's own messages: a user who quotes one replies to the bot
            // (`quotedMessageId`), which addresses it in a group. Kept for the retention period.
            try db.execute(sql: """
                CREATE TABLE lineSentMessage (
                    messageID TEXT PRIMARY KEY CHECK (length(messageID) BETWEEN 1 AND 64),
                    chatID TEXT NOT NULL,
                    sentAt TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v10-center-constitution") { db in
            // A centre fact added to the transcription (Seed/center.yaml: what the MOUs follow):
            // a database seeded before gets it from the bundled seed, checked against the MOU's
            // text as the importer checks it. An empty database is seeded whole later.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM centerFact)") == true else { return }
            let document = try SeedDocument.bundled()
            let texts = Dictionary(uniqueKeysWithValues: document.mous.map { ($0.id, $0.fullText) })
            for f in document.center.facts where f.key == "constitution" {
                guard texts[f.source]?.contains(f.quote) == true else { throw SeedError.quoteNotFound(key: f.key, source: f.source) }
                try db.execute(sql: "INSERT OR IGNORE INTO centerFact (key, source, quote) VALUES (?, ?, ?)", arguments: [f.key, f.source, f.quote])
            }
        }
        return migrator
    }


    /// Migrations of the long-running service (poll offset, outbox).
    static func registerServiceMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-service") { db in
            try db.execute(sql: """
                CREATE TABLE pollState (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    nextOffset INTEGER NOT NULL CHECK (nextOffset >= 0),
                    lastPollAt TEXT,
                    lastSuccessAt TEXT,
                    lastError TEXT
                );
                INSERT INTO pollState (id, nextOffset) VALUES (1, 0);
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    updateID INTEGER NOT NULL,
                    part INTEGER NOT NULL CHECK (part >= 0),
                    chatID INTEGER NOT NULL,
                    isGroup INTEGER NOT NULL CHECK (isGroup IN (0, 1)),
                    replyToMessageID INTEGER,
                    text TEXT NOT NULL CHECK (length(text) > 0),
                    createdAt TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    sentAt TEXT,
                    droppedAt TEXT,
                    lastError TEXT,
                    UNIQUE (updateID, part)
                );
                CREATE INDEX outboxPending ON outbox(id) WHERE sentAt IS NULL AND droppedAt IS NULL;
                """)
        }
    }

    /// Migrations of the admin features (roles, trainer register, audit).
    static func registerAdminMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-admin") { db in
            // The trainer table of v1 gets its constraints: the duplicate key, length limits, the
            // stored phone form, who changed and removed what. SQLite cannot add CHECKs to a
            // table, so it is rebuilt (nothing references it).
            try db.execute(sql: """
                CREATE TABLE admin (
                    userID INTEGER PRIMARY KEY CHECK (userID > 0),
                    addedAt TEXT NOT NULL,
                    addedBy TEXT NOT NULL
                );
                CREATE TABLE trainerV2 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND \(RegistrationForm.maxNameLength)),
                    nameKey TEXT NOT NULL CHECK (length(nameKey) > 0),
                    provinceID INTEGER NOT NULL REFERENCES province(id),
                    agencyCode TEXT NOT NULL REFERENCES agency(code),
                    trainerType TEXT NOT NULL CHECK (trainerType IN ('core', 'extended')),
                    phone TEXT CHECK (phone IS NULL OR (length(phone) IN (9, 10) AND phone GLOB '0*' AND phone NOT GLOB '*[^0-9]*')),
                    note TEXT CHECK (note IS NULL OR length(note) <= \(RegistrationForm.maxNoteLength)),
                    createdAt TEXT NOT NULL,
                    createdBy INTEGER NOT NULL,
                    updatedAt TEXT,
                    updatedBy INTEGER,
                    deletedAt TEXT,
                    deletedBy INTEGER
                );
                INSERT INTO trainerV2 (id, name, nameKey, provinceID, agencyCode, trainerType, phone, note, createdAt, createdBy, deletedAt)
                    SELECT id, name, name, provinceID, agencyCode, trainerType, phone, note, createdAt, createdBy, deletedAt FROM trainer;
                DROP INDEX trainerByProvince;
                DROP TABLE trainer;
                ALTER TABLE trainerV2 RENAME TO trainer;
                CREATE INDEX trainerByProvince ON trainer(provinceID) WHERE deletedAt IS NULL;
                CREATE UNIQUE INDEX trainerIdentity ON trainer(nameKey, provinceID, agencyCode) WHERE deletedAt IS NULL;
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    actorID INTEGER,
                    via TEXT NOT NULL CHECK (via IN ('chat', 'cli')),
                    action TEXT NOT NULL CHECK (action IN ('register', 'update', 'remove', 'restore', 'refused', 'admin_add', 'admin_remove')),
                    subject TEXT NOT NULL,
                    before TEXT CHECK (before IS NULL OR json_valid(before)),
                    after TEXT CHECK (after IS NULL OR json_valid(after))
                );
                CREATE INDEX auditByTime ON audit(at);
                """)
            // Rows of v1 (none were ever written by a released build) get a key from their name.
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM trainer") {
                let key = ThaiNormalizer.normalize(row["name"] as String).compact
                try db.execute(sql: "UPDATE trainer SET nameKey = ? WHERE id = ?", arguments: [key.isEmpty ? "?" : key, row["id"] as Int64])
            }
        }
    }

    /// Migrations of the quarantine: updates and replies set aside instead of retried for ever.
    static func registerQuarantineMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-quarantine") { db in
            try db.execute(sql: """
                CREATE TABLE quarantine (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    updateID INTEGER NOT NULL,
                    chatID INTEGER,
                    reason TEXT NOT NULL CHECK (length(reason) > 0)
                );
                """)
        }
    }

    /// Migrations of platforms at the edge: every interaction and outbox part names its platform;
    /// rows written before it came from Telegram (or the REPL, which then looked the same).
    static func registerPlatformMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-platform") { db in
            let allowed = platforms.map { "'\($0)'" }.joined(separator: ", ")
            try db.execute(sql: """
                ALTER TABLE interaction ADD COLUMN platform TEXT NOT NULL DEFAULT 'telegram' CHECK (platform IN (\(allowed)));
                ALTER TABLE outbox ADD COLUMN platform TEXT NOT NULL DEFAULT 'telegram' CHECK (platform IN (\(allowed)));
                """)
        }
    }

    /// Migrations of running the service for real (issue 12): what getMe said at the last start.
    static func registerOperationsMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-ops-bot-identity") { db in
            try db.execute(sql: """
                CREATE TABLE botIdentity (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    username TEXT NOT NULL,
                    readsAllGroupMessages INTEGER NOT NULL CHECK (readsAllGroupMessages IN (0, 1)),
                    checkedAt TEXT NOT NULL
                );
                """)
        }
    }

    /// Migrations of personal data (issue 12): the officer role, a trainer's consent to show their
    /// phone, and the audit actions of both and of `civicbot forget`.
    static func registerPrivacyMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-privacy-officer-consent") { db in
            // SQLite cannot change a CHECK: the audit table is rebuilt with the new actions (nothing references it).
            let actions = AuditAction.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE officer (
                    userID INTEGER PRIMARY KEY CHECK (userID > 0),
                    addedAt TEXT NOT NULL,
                    addedBy TEXT NOT NULL
                );
                ALTER TABLE trainer ADD COLUMN phoneConsent INTEGER NOT NULL DEFAULT 0 CHECK (phoneConsent IN (0, 1));
                CREATE TABLE auditV5 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    actorID INTEGER,
                    via TEXT NOT NULL CHECK (via IN ('chat', 'cli')),
                    action TEXT NOT NULL CHECK (action IN (\(actions))),
                    subject TEXT NOT NULL,
                    before TEXT CHECK (before IS NULL OR json_valid(before)),
                    after TEXT CHECK (after IS NULL OR json_valid(after))
                );
                INSERT INTO auditV5 (id, at, actorID, via, action, subject, before, after)
                    SELECT id, at, actorID, via, action, subject, before, after FROM audit;
                DROP INDEX auditByTime;
                DROP TABLE audit;
                ALTER TABLE auditV5 RENAME TO audit;
                CREATE INDEX auditByTime ON audit(at);
                """)
        }
    }

    /// LINE's tables (issue 11): event ids for exactly-once answers, and the outbox columns a LINE
    /// reply needs (reply token, push destination, quick replies, the in-flight mark).
    static func registerLineMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-line-webhook") { db in
            try db.execute(sql: """
                CREATE TABLE lineEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    webhookEventId TEXT NOT NULL UNIQUE CHECK (length(webhookEventId) BETWEEN 1 AND 128),
                    type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 64),
                    chatType TEXT CHECK (chatType IS NULL OR chatType IN ('private', 'group')),
                    chatID TEXT,
                    redelivered INTEGER NOT NULL CHECK (redelivered IN (0, 1)),
                    receivedAt TEXT NOT NULL
                );
                ALTER TABLE outbox ADD COLUMN replyToken TEXT;
                ALTER TABLE outbox ADD COLUMN destination TEXT;
                ALTER TABLE outbox ADD COLUMN quickReply TEXT CHECK (quickReply IS NULL OR json_valid(quickReply));
                ALTER TABLE outbox ADD COLUMN replyTriedAt TEXT;
                ALTER TABLE interaction ADD COLUMN platformUserID TEXT;
                ALTER TABLE interaction ADD COLUMN platformChatID TEXT;
                """)
        }
        migrator.registerMigration("v5-line-admins") { db in
            // Roles by platform and user id: LINE's ids are strings (U and 32 hex digits), kept
            // apart from Telegram's numeric `admin` table (issue 12 adds roles beside it).
            try db.execute(sql: """
                CREATE TABLE lineAdmin (
                    userID TEXT PRIMARY KEY CHECK (length(userID) = 33 AND userID GLOB 'U*' AND substr(userID, 2) NOT GLOB '*[^0-9a-f]*'),
                    addedAt TEXT NOT NULL,
                    addedBy TEXT NOT NULL
                );
                """)
        }
    }
}
