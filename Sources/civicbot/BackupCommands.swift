import ArgumentParser
import CivicBotService
import CivicBotStore
import Foundation

/// `civicbot backup --to FILE`: SQLite's online backup, safe while serve runs, checked.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the database to a new file (online backup, safe while serve runs), checked with integrity_check.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "The backup file to write (must not exist).")
    var to: String

    func run() throws {
        let database = Paths.database(options.db)
        let summary: BackupSummary
        do {
            summary = try AppDatabase.backup(from: database, to: to)
        } catch {
            throw Failure("backup failed, nothing written: \(error)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: to)[.size] as? Int) ?? 0
        print("backup written: \(to) (\(size) bytes, integrity ok)")
        print("it holds: \(summary)")
    }
}

/// `civicbot restore --from FILE`: refuses while serve runs; checks the file first; keeps the
/// database it replaces aside.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the database with a backup (serve must be stopped; the current database is kept aside).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "The backup file to restore.")
    var from: String

    func run() throws {
        let database = Paths.database(options.db)
        let lock: InstanceLock
        do {
            lock = try InstanceLock(database: database)
        } catch ServeError.alreadyRunning(let file) {
            throw Failure("civicbot serve is running on \(database) (lock \(file) is held): stop it first (systemctl stop civicbot); nothing changed")
        } catch let error as ServeError {
            throw Failure("\(error.description); nothing changed")
        }
        let incoming: BackupSummary
        do {
            incoming = try AppDatabase.checkBackup(at: from)
        } catch {
            throw Failure("\(from) cannot be restored: \(error); nothing changed")
        }
        var aside: String?
        if FileManager.default.fileExists(atPath: database) {
            let stamp = AppDatabase.timestamp(Date()).replacingOccurrences(of: ":", with: "")
            let path = database + ".before-restore-" + stamp
            do {
                _ = try AppDatabase.backup(from: database, to: path)
            } catch {
                throw Failure("cannot keep the current database aside (\(error)); nothing changed")
            }
            aside = path
        }
        do {
            try AppDatabase.restore(from: from, into: database)
        } catch {
            throw Failure("restore failed: \(error)" + (aside.map { "; the previous database is kept at \($0)" } ?? ""))
        }
        // Open it as serve will: migrations of this version apply now, a newer schema is refused.
        let (_, store) = try StoreStartup.open(options)
        print("restored \(from) into \(database)")
        print("it holds: \((try? store.summary()) ?? incoming)")
        if let aside { print("the previous database is kept at \(aside)") }
        withExtendedLifetime(lock) {}
    }
}
