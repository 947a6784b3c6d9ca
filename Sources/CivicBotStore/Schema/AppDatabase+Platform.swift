import GRDB

extension AppDatabase {
    /// The platform names a log row or an outbox part may carry (`Platform`'s raw values).
    public static let platforms = ["telegram", "line", "console"]
}
