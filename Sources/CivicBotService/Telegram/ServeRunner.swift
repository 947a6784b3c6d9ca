import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// Starts `civicbot serve`: the lock, the store, the Bot API client over libcurl, and the poller
/// and outbox sender in one `ServiceGroup` that turns SIGTERM/SIGINT into a graceful shutdown.
public enum ServeRunner {
    /// Runs until a signal (returns) or a fatal error (throws `ServeError`).
    public static func run(configuration: ServeConfiguration, intents: URL, database: String, logger: Logger) async throws {
        let lock = database == ":memory:" ? nil : try InstanceLock(database: database)
        let bot = try BotFactory.make(intents: intents, database: database, logger: logger)
        var http = CurlHTTPClient.Configuration()
        http.connectTimeout = configuration.connectTimeout
        http.timeout = configuration.requestTimeout
        let transport = CurlHTTPClient(configuration: http, logger: logger)
        let api = BotAPIClient(
            token: configuration.token,
            configuration: BotAPIClient.Configuration(baseURL: configuration.apiBase, requestTimeout: configuration.requestTimeout),
            transport: transport, logger: logger)
        let notifier = SystemdNotifier()
        let sender = OutboxSender(api: api, store: bot.store, configuration: configuration, logger: logger, notifier: notifier)
        let poller = Poller(api: api, bot: bot, configuration: configuration, logger: logger, notifier: notifier)
        let retention = RetentionService(store: bot.store, days: configuration.retentionDays, interval: configuration.pruneInterval, logger: logger)
        // Shut down in reverse order: the poller finishes the message in hand first, then the sender tries the outbox once.
        var groupConfiguration = ServiceGroupConfiguration(services: [.init(service: retention), .init(service: sender), .init(service: poller)],
                                                           gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownGrace + .seconds(2)
        try await ServiceGroup(configuration: groupConfiguration).run()
        withExtendedLifetime(lock) {}
    }
}
