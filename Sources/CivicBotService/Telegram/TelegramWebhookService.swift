import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// Webhook mode's start-up, as a `Service` in place of the poller: getMe, the start-up checks,
/// then `setWebhook` with the URL and this run's secret token (retried with backoff until it
/// works; 401 stops serve), then it opens the handler's gate and waits for shutdown. The webhook
/// stays set when serve stops, so Telegram keeps the updates that come meanwhile.
public struct TelegramWebhookService: Service, CustomStringConvertible {
    let api: BotAPIClient
    let bot: Bot
    let url: String
    let secretToken: String
    let gate: TelegramWebhookHandler.Gate
    let configuration: ServeConfiguration
    let logger: Logger
    let notifier: SystemdNotifier

    /// Makes the service; `gate` is the handler's.
    public init(api: BotAPIClient, bot: Bot, url: String, secretToken: String, gate: TelegramWebhookHandler.Gate,
                configuration: ServeConfiguration, logger: Logger, notifier: SystemdNotifier = .disabled) {
        self.api = api
        self.bot = bot
        self.url = url
        self.secretToken = secretToken
        self.gate = gate
        self.configuration = configuration
        self.logger = logger
        self.notifier = notifier
    }

    /// A random secret token: 32 bytes as base64url (Telegram allows `A-Za-z0-9_-`, 1 to 256).
    public static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Sets the webhook, then waits for shutdown.
    public func run() async throws {
        var backoff = Backoff(initial: configuration.backoffInitial, maximum: configuration.backoffMaximum)
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                let identity = try await cancelWhenGracefulShutdown { try await api.identity() }
                await StartupChecks.run(identity: identity, api: api, store: bot.store, catalogue: bot.matcher.catalogue, at: Date(), logger: logger)
                // Open before Telegram knows the URL: its first post may come before setWebhook's answer.
                gate.open(bot.named(identity.username))
                try await cancelWhenGracefulShutdown { try await api.setWebhook(url: url, secretToken: secretToken) }
                logger.info("Telegram webhook set", metadata: ["bot.username": "\(identity.username)", "webhook.url": "\(url)"])
                notifier.ready(status: "Telegram webhook as @\(identity.username)")
                break
            } catch TransportError.unauthorized {
                logger.critical("token refused", metadata: ["api.method": "setWebhook"])
                throw ServeError.unauthorized
            } catch let error as TransportError {
                logger.warning("Bot API call failed", metadata: ["api.method": "setWebhook", "error": "\(error)"])
                if case .rateLimited(let seconds) = error { try? await Task.sleep(for: .seconds(max(1, seconds))) } else {
                    try? await Task.sleep(for: backoff.next())
                }
            } catch {
                return  // cancelled: shutting down
            }
        }
        try? await gracefulShutdown()
    }

    /// A short name for the service group's logs (never the token or the secret).
    public var description: String { "TelegramWebhookService(\(url))" }
}
