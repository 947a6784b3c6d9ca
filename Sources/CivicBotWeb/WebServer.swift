import CivicBotService
import CivicBotStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle

/// The HTTP server of `civicbot serve`: `POST /line/webhook`, `POST /telegram/webhook`, `GET /healthz` and `GET /metrics`. The routes only move bytes: the handlers in CivicBotService
/// check, decide and store.
public enum WebServer {
    /// What the server serves.
    public struct Routes: Sendable {
        /// LINE's webhook, when LINE is on.
        public var line: LineWebhookHandler?
        /// Largest LINE body read.
        public var lineMaxBody: Int
        /// Telegram's webhook, in webhook mode.
        public var telegram: TelegramWebhookHandler?
        /// The store /healthz and /metrics read.
        public var store: AppDatabase
        /// Where /metrics comes from (nil: 404).
        public var registry: PrometheusCollectorRegistry?

        /// Makes the routes.
        public init(line: LineWebhookHandler?, lineMaxBody: Int = 1 << 20, store: AppDatabase,
                    registry: PrometheusCollectorRegistry?) {
            self.line = line
            self.lineMaxBody = lineMaxBody
            self.store = store
            self.registry = registry
            self.telegram = nil
        }
    }

    /// A webhook's body, at most `limit` bytes; nil (counted and logged) when it is larger.
    static func webhookBody(_ request: inout Request, limit: Int, platform: String, logger: Logger) async -> ByteBuffer? {
        do {
            return try await request.collectBody(upTo: limit)
        } catch {
            ServeMetrics.rejected(platform, reason: "too_large")
            logger.warning("webhook refused: body over the limit", metadata: ["http.platform": "\(platform)", "http.limit_bytes": "\(limit)"])
            return nil
        }
    }

    /// The server as a `Service` for the serve `ServiceGroup`; `onListening` gets the bound address.
    public static func make(_ routes: Routes, listen: ListenAddress, logger: Logger,
                            onListening: @escaping @Sendable (String) -> Void = { _ in }) -> some Service {
        let router = Router()
        router.post("/line/webhook") { request, _ -> Response in
            guard let handler = routes.line else { return plain(.notFound, "LINE is not configured") }
            var request = request
            guard let body = await webhookBody(&request, limit: routes.lineMaxBody, platform: "line", logger: logger) else {
                return plain(.contentTooLarge, "body too large")
            }
            let signature = HTTPField.Name("x-line-signature").flatMap { request.headers[$0] }
            let answer = await handler.handle(body: Data(buffer: body), signatureHeader: signature)
            return plain(HTTPResponse.Status(code: answer.status), answer.reason)
        }
        router.post("/telegram/webhook") { request, _ -> Response in
            guard let handler = routes.telegram else { return plain(.notFound, "Telegram webhooks are off") }
            var request = request
            guard let body = await webhookBody(&request, limit: routes.lineMaxBody, platform: "telegram", logger: logger) else {
                return plain(.contentTooLarge, "body too large")
            }
            let secret = HTTPField.Name("X-Telegram-Bot-Api-Secret-Token").flatMap { request.headers[$0] }
            let answer = await handler.handle(body: Data(buffer: body), secretHeader: secret)
            return plain(HTTPResponse.Status(code: answer.status), answer.reason)
        }
        router.get("/healthz") { _, _ -> Response in
            await health(routes.store)
        }
        router.get("/metrics") { _, _ -> Response in
            guard let registry = routes.registry else { return plain(.notFound, "no metrics") }
            if let status = try? await routes.store.currentStatus(now: Date()) { ServeMetrics.backlog(status.outboxPending) }
            var bytes: [UInt8] = []
            registry.emit(into: &bytes)
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        var webLogger = logger
        webLogger.logLevel = max(logger.logLevel, .notice)  // Hummingbird logs every request at info
        return Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname(listen.host, port: listen.port), serverName: "civicbot"),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? listen.host):\($0.port ?? listen.port)" } ?? listen.description
                logger.notice("webhook server listening", metadata: ["http.address": "\(address)"])
                onListening(address)
            },
            logger: webLogger)
    }

    /// /healthz: the last successful delivery and poll, the outbox backlog, as `civicbot status` knows them,
    /// and Telegram's privacy mode with what to do when it is on (what getMe said at this start).
    static func health(_ store: AppDatabase) async -> Response {
        do {
            let status = try await store.currentStatus(now: Date())
            let last = try await store.lastDelivery()
            var object: [String: Any] = [
                "status": "ok", "last_delivery": last ?? NSNull(), "last_successful_poll": status.lastSuccessfulPoll ?? NSNull(),
                "outbox_pending": status.outboxPending, "outbox_dropped": status.outboxDropped, "quarantined": status.quarantined,
                "messages_today": status.messagesToday,
            ]
            if let identity = try await store.lastIdentity() {
                object["telegram_privacy_mode"] = !identity.readsAllGroupMessages
                if !identity.readsAllGroupMessages {
                    object["warnings"] = ["\(StartupChecks.privacyModeWarning) Fix: \(StartupChecks.privacyModeFix)"]
                }
            }
            return json(.ok, object)
        } catch {
            return json(.serviceUnavailable, ["status": "error", "error": StoreFailure(error) == .damaged ? "database damaged" : "database unavailable"])
        }
    }

    static func json(_ status: HTTPResponse.Status, _ object: [String: Any]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
