import ArgumentParser
import CivicBotStore
import Foundation

/// `civicbot stats`: the usage report the admins get from the bot (stats.yaml), printed.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Print usage figures and the latest unanswered questions.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "How many unanswered questions to list.")
    var unanswered: Int = 10

    func validate() throws {
        guard unanswered >= 0 else { throw ValidationError("--unanswered must not be negative") }
    }

    func run() throws {
        let (catalogue, store) = try StoreStartup.open(options)
        let stats = try store.usageStats(now: Date(), unansweredLimit: unanswered)
        print(StoreStartup.desk(catalogue).statsReport(stats))
    }
}
