import ArgumentParser
import CivicBotService
import Foundation
import Logging

/// `civicbot serve`: the long-running bot, polling the Bot API over libcurl.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the bot against the Telegram Bot API (token from CIVICBOT_TOKEN or --token-file).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Bot API base URL; requests go to {api-base}/bot{token}/{method}.")
    var apiBase: String = "https://api.telegram.org"

    @Option(name: .long, help: "Read the token from the first line of this file instead of CIVICBOT_TOKEN.")
    var tokenFile: String?

    @Option(name: .long, help: "getUpdates long-poll timeout in seconds.")
    var pollTimeout: Int = 50

    @Option(name: .long, help: "Days to keep message texts, usernames and ids (default: $CIVICBOT_RETENTION_DAYS or 90).")
    var retentionDays: Int?

    @Flag(name: .long, help: .hidden)
    var noFloodControl = false

    @Option(name: .long, help: .hidden)
    var backoffMs: Int = 1_000

    func validate() throws {
        guard (0...50).contains(pollTimeout) else { throw ValidationError("--poll-timeout must be between 0 and 50") }
        guard backoffMs > 0 else { throw ValidationError("--backoff-ms must be positive") }
        _ = try Retention.days(retentionDays)
    }

    func run() async throws {
        let level = options.logLevel == "warning" ? "info" : options.logLevel
        let logger = LogSetup.make(label: "civicbot.serve", level: level)
        let token: String?
        do {
            token = try ServeConfiguration.token(tokenFile: tokenFile)
        } catch {
            throw Failure("cannot read --token-file \(tokenFile ?? ""): \(error.localizedDescription)")
        }
        guard let token else { throw Failure("no token: set CIVICBOT_TOKEN or pass --token-file") }
        var configuration = ServeConfiguration(
            token: token, apiBase: apiBase, pollTimeout: pollTimeout, floodControl: !noFloodControl,
            backoffInitial: .milliseconds(backoffMs), backoffMaximum: .milliseconds(max(backoffMs, 30_000)))
        configuration.retentionDays = try Retention.days(retentionDays)
        do {
            try await ServeRunner.run(configuration: configuration, intents: Paths.intents(options.intents),
                                      database: Paths.database(options.db), logger: logger)
        } catch let error as ServeError {
            throw Failure(error.description)
        }
    }
}
