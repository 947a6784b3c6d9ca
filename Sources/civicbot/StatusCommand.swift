import ArgumentParser
import CivicBotService
import CivicBotStore
import Foundation

/// `civicbot status`: the service's health for monitoring; exit 1 when the last successful poll is too old.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the service's last poll, offset and outbox.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Exit non-zero when the last successful poll is older than this many seconds.")
    var maxAge: Int = 180

    func run() throws {
        // Read only: a monitor may not be allowed to write the database or its folder, and must not change it.
        let store: AppDatabase
        do {
            store = try AppDatabase.openReadOnly(path: Paths.database(options.db))
        } catch {
            throw Failure("cannot open the database: \(error)")
        }
        let status: ServiceStatus
        do {
            status = try store.serviceStatus(now: Date())
        } catch where StoreFailure(error) == .damaged {
            print("database: damaged: \(error)")
            throw Failure("the database is damaged: restore it from a backup")
        }
        print("last successful poll: \(status.lastSuccessfulPoll ?? "never")")
        if let error = status.lastPollError { print("last poll error: \(error)") }
        print("offset: \(status.nextOffset)")
        print("outbox pending: \(status.outboxPending)")
        print("outbox dropped: \(status.outboxDropped)")
        print("messages today: \(status.messagesToday)")
        print("quarantined: \(status.quarantined)")
        if let identity = try? store.lastIdentity() {
            if identity.readsAllGroupMessages {
                print("bot: @\(identity.username), privacy mode off (reads every group message)")
            } else {
                print("bot: @\(identity.username), privacy mode ON")
                print("warning: \(StartupChecks.privacyModeWarning)")
                print("fix: \(StartupChecks.privacyModeFix)")
            }
        } else {
            print("bot: not yet started (serve records getMe at start)")
        }
        let problems = try store.integrityProblems()
        print("database: " + (problems.isEmpty ? "ok" : "damaged: " + problems.joined(separator: "; ")))
        guard problems.isEmpty else { throw Failure("the database is damaged: restore it from a backup") }
        guard let last = status.lastSuccessfulPoll, let at = try? Date(last, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) else {
            throw Failure("stale: no successful poll recorded")
        }
        let age = Int(Date().timeIntervalSince(at))
        if age > maxAge { throw Failure("stale: last successful poll \(age) s ago (more than \(maxAge) s)") }
    }
}
