import GRDB

extension AppDatabase {
    /// Migrations of the long-running service (poll offset, outbox, instance lock).
    static func registerServiceMigrations(_ migrator: inout DatabaseMigrator) {}
}
