import GRDB

extension AppDatabase {
    /// The platform names a log row or an outbox part may carry (`Platform`'s raw values).
    public static let platforms = ["telegram", "line", "console"]

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
}
