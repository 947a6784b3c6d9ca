import ArgumentParser
import CivicBotService
import CivicBotStore
import Foundation

/// The retention period from `--retention-days`, else `CIVICBOT_RETENTION_DAYS`, else 90.
enum Retention {
    static func days(_ explicit: Int?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int {
        let days: Int
        if let explicit {
            days = explicit
        } else if let text = environment["CIVICBOT_RETENTION_DAYS"], !text.isEmpty {
            guard let value = Int(text) else { throw ValidationError("CIVICBOT_RETENTION_DAYS must be a whole number of days, not '\(text)'") }
            days = value
        } else {
            days = AppDatabase.defaultRetentionDays
        }
        guard (1...3_650).contains(days) else { throw ValidationError("the retention period must be between 1 and 3650 days (got \(days))") }
        return days
    }
}

/// `civicbot prune`: applies the retention period now (serve also does, every hour).
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Erase message texts, usernames and ids older than the retention period, delivered outbox parts, and removed trainers' phones.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Days to keep (default: $CIVICBOT_RETENTION_DAYS or 90).")
    var retentionDays: Int?

    func run() throws {
        let days = try Retention.days(retentionDays)
        let (_, store) = try StoreStartup.open(options)
        let cutoff = RetentionService.cutoff(days: days, now: Date())
        let report: PruneReport
        do {
            report = try store.prune(before: cutoff)
        } catch {
            throw Failure("prune failed, nothing erased: \(error)")
        }
        print("retention \(days) days: erased what is older than \(AppDatabase.timestamp(cutoff))")
        print("erased: \(report)")
        if !report.walTruncated { print("note: the WAL was busy (serve is running): erased text leaves it at the next checkpoint, at the latest when serve stops") }
    }
}

/// `civicbot forget --user ID`: erases one person's messages and identifiers everywhere.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase one person's messages and identifiers everywhere (audit rows keep the action, the id replaced).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "The person's user id: Telegram's (numeric) or LINE's (U and 32 hex digits).")
    var user: String

    func validate() throws {
        if let id = Int64(user) {
            guard id > 0 else { throw ValidationError("--user must be a positive numeric user id or a LINE user id (U and 32 hex digits)") }
        } else if !AppDatabase.isLineUserID(user) {
            throw ValidationError("--user must be a positive numeric user id or a LINE user id (U and 32 hex digits)")
        }
    }

    func run() throws {
        let (_, store) = try StoreStartup.open(options)
        let report: ForgetReport
        do {
            if let id = Int64(user) { report = try store.forget(userID: id) } else { report = try store.forget(lineUserID: user) }
        } catch {
            throw Failure("forget failed, nothing erased: \(error)")
        }
        if report.isEmpty {
            print("user \(user): nothing held, nothing erased")
        } else {
            print("user \(user): erased")
            print(report.description)
        }
        if !report.walTruncated { print("note: the WAL was busy (serve is running): erased text leaves it at the next checkpoint, at the latest when serve stops") }
        // Copies this database cannot reach: say so, so the operator can delete or age them out.
        let database = URL(fileURLWithPath: Paths.database(options.db))
        let folder = database.deletingLastPathComponent()
        let copies = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(database.lastPathComponent + ".before-restore-") }.sorted()
        for copy in copies {
            print("note: \(folder.appendingPathComponent(copy).path) (kept aside by a restore) still holds what it held; delete it when no longer needed")
        }
        print("note: backups taken before now (civicbot backup) may still hold this person's data until they are deleted")
    }
}
