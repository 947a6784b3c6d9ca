import CivicBotLine
import CivicBotService
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

/// The composition root of `civicbot serve`: the lock, the store, and in one `ServiceGroup`
/// (SIGTERM/SIGINT → graceful shutdown) the Telegram poller and sender when Telegram is on, the
/// LINE sender when LINE is on, and the HTTP server (webhooks, /healthz, /metrics) whenever a
/// webhook platform is on. Metrics go to Prometheus.
public enum ServeApp {
    /// What to run.
    public struct Setup: Sendable {
        /// Telegram's settings (token, API base, polling), or nil when Telegram is off. Without
        /// Telegram it still gives the backoff and idle intervals.
        public var telegram: ServeConfiguration?
        /// LINE's settings, or nil when LINE is off.
        public var line: LineConfiguration?
        /// Where the HTTP server listens.
        public var listen: ListenAddress
        /// Backoff and idle intervals when Telegram is off.
        public var timing: ServeConfiguration
        /// Telegram's webhook URL (`--telegram-webhook`): Telegram posts to it instead of being
        /// long-polled; nil for long polling (the default). Never both.
        public var telegramWebhook: String?

        /// Makes a setup.
        public init(telegram: ServeConfiguration?, line: LineConfiguration?, listen: ListenAddress = .default, timing: ServeConfiguration? = nil,
                    telegramWebhook: String? = nil) {
            self.telegram = telegram
            self.line = line
            self.listen = listen
            self.timing = timing ?? telegram ?? ServeConfiguration(token: "")
            self.telegramWebhook = telegramWebhook
        }
    }

    /// The registry /metrics reads; made and bootstrapped once per process.
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2_500),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    /// Runs until a signal (returns) or a fatal error (throws `ServeError`). `onListening` gets the
    /// server's bound address.
    public static func run(_ setup: Setup, intents: URL, database: String, logger: Logger,
                           onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        guard setup.telegram != nil || setup.line != nil else { throw ServeError.nothingToServe }
        let lock = database == ":memory:" ? nil : try InstanceLock(database: database)
        let bot = try BotFactory.make(intents: intents, database: database, logger: logger)
        let timing = setup.timing
        var http = CurlHTTPClient.Configuration()
        http.connectTimeout = timing.connectTimeout
        http.timeout = timing.requestTimeout
        http.concurrency = max(4, setup.line?.concurrency ?? 4)
        let transport = CurlHTTPClient(configuration: http, logger: logger)
        let notifier = SystemdNotifier()
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: RetentionService(store: bot.store, days: timing.retentionDays, interval: timing.pruneInterval, logger: logger)),
        ]
        var telegramHandler: TelegramWebhookHandler?
        if let telegram = setup.telegram {
            let api = BotAPIClient(
                token: telegram.token,
                configuration: BotAPIClient.Configuration(baseURL: telegram.apiBase, requestTimeout: telegram.requestTimeout),
                transport: transport, logger: logger)
            services.append(.init(service: OutboxSender(api: api, store: bot.store, configuration: telegram, logger: logger, notifier: notifier)))
            if let url = setup.telegramWebhook {
                // Webhook mode: no poller. This run's secret goes to Telegram in setWebhook's body and
                // to the handler, nowhere else (not argv, not the logs).
                let secret = TelegramWebhookService.randomSecret()
                let gate = TelegramWebhookHandler.Gate()
                telegramHandler = TelegramWebhookHandler(gate: gate, secretToken: secret, logger: logger)
                services.append(.init(service: TelegramWebhookService(api: api, bot: bot, url: url, secretToken: secret, gate: gate,
                                                                      configuration: telegram, logger: logger, notifier: notifier)))
            } else {
                services.append(.init(service: Poller(api: api, bot: bot, configuration: telegram, logger: logger, notifier: notifier)))
            }
        }
        var lineHandler: LineWebhookHandler?
        if let line = setup.line {
            let api = LineAPIClient(accessToken: line.accessToken,
                                    configuration: LineAPIClient.Configuration(baseURL: line.apiBase, requestTimeout: line.requestTimeout),
                                    transport: transport, logger: logger)
            // Without Telegram the LINE sender keeps systemd's watchdog fed.
            let bell = OutboxBell()
            services.insert(.init(service: LineSender(api: api, store: bot.store, configuration: line, serve: timing, logger: logger,
                                                      notifier: setup.telegram == nil ? notifier : .disabled, bell: bell)), at: 1)
            lineHandler = LineWebhookHandler(bot: bot, channelSecret: line.channelSecret, logger: logger, bell: bell)
        }
        if lineHandler != nil || telegramHandler != nil {
            var routes = WebServer.Routes(line: lineHandler, lineMaxBody: setup.line?.maxBodyBytes ?? 1 << 20, store: bot.store, registry: registry)
            routes.telegram = telegramHandler
            // Last in the list: shut down first, so no webhook is taken while the senders finish.
            let telegramOff = setup.telegram == nil
            services.append(.init(service: WebServer.make(routes, listen: setup.listen, logger: logger, onListening: { address in
                if telegramOff { notifier.ready(status: "LINE webhooks on \(address)") }
                onListening(address)
            })))
        }
        logger.info("serving", metadata: ["telegram": "\(setup.telegram == nil ? "off" : setup.telegramWebhook == nil ? "polling" : "webhook")", "line": "\(setup.line != nil)", "http.listen": "\(setup.listen)"])
        var group = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = timing.shutdownGrace + .seconds(2)
        // Whatever ends the group (a signal, a failed service), the follow-up contexts are put away
        // for the next start (issue 10), while the lock is still held.
        defer { bot.saveContexts() }
        try await ServiceGroup(configuration: group).run()
        withExtendedLifetime(lock) {}
    }
}
