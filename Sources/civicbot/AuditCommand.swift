import ArgumentParser
import CivicBotStore

/// `civicbot audit`: the audit log, oldest first, one change a line:
/// `time<TAB>who<TAB>action<TAB>subject<TAB>before JSON<TAB>after JSON` (`-` when absent).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Print the audit log of changes and refusals.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Only the last N rows.")
    var limit: Int?

    func validate() throws {
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number") }
    }

    func run() throws {
        let (_, store) = try StoreStartup.open(options)
        for e in try store.auditLog(limit: limit) {
            print([e.at, e.actor, e.action.rawValue, e.subject, e.before ?? "-", e.after ?? "-"].joined(separator: "\t"))
        }
    }
}
