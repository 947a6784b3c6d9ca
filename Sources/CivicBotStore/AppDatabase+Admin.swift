import GRDB

extension AppDatabase {
    /// Migrations of the admin features (roles, trainer register, audit).
    static func registerAdminMigrations(_ migrator: inout DatabaseMigrator) {}
}
