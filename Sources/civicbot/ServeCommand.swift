import ArgumentParser
import CivicBotService
import CivicBotWeb
import Foundation
import Logging

/// `civicbot serve`: the long-running bot. Telegram (long polling over libcurl) when
/// `CIVICBOT_TOKEN` or `--token-file` gives a token; LINE (webhooks on `--listen`) when
/// `LINE_CHANNEL_SECRET` and `LINE_CHANNEL_ACCESS_TOKEN` are set; at least one.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the bot: Telegram (CIVICBOT_TOKEN or --token-file) and/or LINE (LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Bot API base URL; requests go to {api-base}/bot{token}/{method}.")
    var apiBase: String = "https://api.telegram.org"

    @Option(name: .long, help: "Read the Telegram token from the first line of this file instead of CIVICBOT_TOKEN.")
    var tokenFile: String?

    @Option(name: .long, help: "getUpdates long-poll timeout in seconds.")
    var pollTimeout: Int = 50

    @Option(name: .long, help: "Telegram by webhook instead of long polling: the public HTTPS URL your proxy forwards to POST /telegram/webhook on --listen (default: $CIVICBOT_TELEGRAM_WEBHOOK; none: long polling).")
    var telegramWebhook: String?

    @Option(name: .long, help: "Where the webhook server listens (HOST:PORT), behind your TLS proxy.")
    var listen: String = "127.0.0.1:8080"

    @Option(name: .long, help: "LINE Messaging API base URL; calls go to {line-api-base}/v2/bot/message/reply and /push.")
    var lineApiBase: String = "https://api.line.me"

    @Option(name: .long, help: "Which LINE chats get a push when a reply token expired: none, private (default) or all (pushes count against the monthly quota).")
    var linePush: String = "private"

    @Option(name: .long, help: "Largest LINE webhook body accepted, bytes.")
    var lineMaxBody: Int = 1 << 20

    @Option(name: .long, help: "Days to keep message texts, usernames and ids (default: $CIVICBOT_RETENTION_DAYS or 90).")
    var retentionDays: Int?

    @Flag(name: .long, help: .hidden)
    var noFloodControl = false

    @Option(name: .long, help: .hidden)
    var backoffMs: Int = 1_000

    @Option(name: .long, help: .hidden)
    var lineTokenLifetimeMs: Int = 60_000

    func validate() throws {
        guard (0...50).contains(pollTimeout) else { throw ValidationError("--poll-timeout must be between 0 and 50") }
        guard backoffMs > 0 else { throw ValidationError("--backoff-ms must be positive") }
        guard ListenAddress(listen) != nil else { throw ValidationError("--listen must be HOST:PORT, e.g. 127.0.0.1:8080") }
        guard LineConfiguration.PushFallback(rawValue: linePush) != nil else { throw ValidationError("--line-push must be none, private or all") }
        guard lineMaxBody >= 1_024 else { throw ValidationError("--line-max-body must be at least 1024") }
        _ = try Retention.days(retentionDays)
        if let url = webhookURL {
            guard let parts = URLComponents(string: url), ["https", "http"].contains(parts.scheme ?? ""), parts.host?.isEmpty == false else {
                throw ValidationError("--telegram-webhook must be an https:// URL (Telegram posts updates to it)")
            }
        }
    }

    /// `--telegram-webhook`, else `$CIVICBOT_TELEGRAM_WEBHOOK`; nil (or empty) for long polling.
    var webhookURL: String? {
        let url = telegramWebhook ?? ProcessInfo.processInfo.environment["CIVICBOT_TELEGRAM_WEBHOOK"]
        return url?.isEmpty == false ? url : nil
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
        let lineSecrets: (secret: String, token: String)?
        do {
            lineSecrets = try LineConfiguration.secrets()
        } catch {
            throw Failure("\(error)")
        }
        guard token != nil || lineSecrets != nil else {
            throw Failure("no token: set CIVICBOT_TOKEN or pass --token-file (Telegram), or set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN (LINE)")
        }
        var timing = ServeConfiguration(
            token: token ?? "", apiBase: apiBase, pollTimeout: pollTimeout, floodControl: !noFloodControl,
            backoffInitial: .milliseconds(backoffMs), backoffMaximum: .milliseconds(max(backoffMs, 30_000)))
        timing.retentionDays = try Retention.days(retentionDays)
        let line = lineSecrets.map {
            LineConfiguration(channelSecret: $0.secret, accessToken: $0.token, apiBase: lineApiBase,
                              pushFallback: LineConfiguration.PushFallback(rawValue: linePush) ?? .private, maxBodyBytes: lineMaxBody,
                              replyTokenLifetime: .milliseconds(lineTokenLifetimeMs))
        }
        if webhookURL != nil, token == nil {
            throw Failure("--telegram-webhook needs a Telegram token: set CIVICBOT_TOKEN or pass --token-file")
        }
        let setup = ServeApp.Setup(telegram: token == nil ? nil : timing, line: line, listen: ListenAddress(listen) ?? .default, timing: timing,
                                   telegramWebhook: webhookURL)
        do {
            try await ServeApp.run(setup, intents: Paths.intents(options.intents), database: Paths.database(options.db), logger: logger)
        } catch let error as ServeError {
            throw Failure(error.description)
        }
    }
}
