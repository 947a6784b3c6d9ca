import Foundation
import Logging

/// The Telegram Bot API calls the bot makes, over any `HTTPTransport`.
///
/// Requests go to `{baseURL}/bot{token}/{method}` as JSON POSTs. Answers are decoded from the
/// `{ok, result, description, error_code, parameters}` envelope and failures mapped to
/// `TransportError`. The token never appears in an error or a log line.
public struct BotAPIClient: Sendable {
    /// Where the API lives and how long ordinary calls may take.
    public struct Configuration: Sendable {
        /// The API base, Telegram's unless `--api-base` says otherwise (no trailing slash needed).
        public var baseURL: String
        /// Total timeout of calls other than long polls.
        public var requestTimeout: Duration
        /// Added to a long poll's `timeout` to get its total and low-speed timeouts.
        public var longPollGrace: Duration

        /// Creates a configuration with Telegram's base URL and a 30 s request timeout.
        public init(
            baseURL: String = "https://api.telegram.org",
            requestTimeout: Duration = .seconds(30),
            longPollGrace: Duration = .seconds(10)
        ) {
            self.baseURL = baseURL
            self.requestTimeout = requestTimeout
            self.longPollGrace = longPollGrace
        }
    }

    /// The Bot API's limit on one message's text, in UTF-16 code units.
    public static let maxMessageLength = 4_096

    private let token: String
    /// The API base and timeouts in use.
    public let configuration: Configuration
    private let transport: any HTTPTransport
    private let logger: Logger

    /// Creates a client for the bot with `token`, sending through `transport`.
    public init(token: String, configuration: Configuration = Configuration(), transport: any HTTPTransport, logger: Logger) {
        self.token = token
        self.configuration = configuration
        self.transport = transport
        self.logger = logger
    }

    /// `getMe`: the bot's own username (without `@`), used to spot mentions and replies in groups.
    public func getMe() async throws -> String {
        try await identity().username
    }

    /// `getMe`: the bot's username and whether it reads every group message (privacy mode off).
    public func identity() async throws -> BotIdentity {
        let me: BotUser = try await call("getMe", body: EmptyBody())
        guard let username = me.username, !username.isEmpty else {
            throw TransportError.malformedResponse("getMe returned a user without a username")
        }
        return BotIdentity(username: username, readsAllGroupMessages: me.canReadAllGroupMessages ?? false)
    }

    /// `getMyCommands` (default scope, no language): the `/` menu Telegram shows now.
    public func myCommands() async throws -> [BotCommand] {
        try await call("getMyCommands", body: EmptyBody())
    }

    /// `setMyCommands` (default scope, no language): replaces the `/` menu.
    public func setMyCommands(_ commands: [BotCommand]) async throws {
        let _: Bool = try await call("setMyCommands", body: SetMyCommandsBody(commands: commands))
    }

    /// Makes the `/` menu `commands`, asking first and setting it only when it differs (so every
    /// start leaves it as Intents/ says, and a start that finds it so changes nothing). True when it was set.
    @discardableResult
    public func ensureCommands(_ commands: [BotCommand]) async throws -> Bool {
        if try await myCommands() == commands { return false }
        try await setMyCommands(commands)
        return true
    }

    /// `deleteWebhook`, so that `getUpdates` is allowed; pending updates are kept unless asked.
    public func deleteWebhook(dropPendingUpdates: Bool = false) async throws {
        let _: Bool = try await call("deleteWebhook", body: DeleteWebhookBody(dropPendingUpdates: dropPendingUpdates))
    }

    /// `setWebhook`: Telegram posts every update to `url` with `secretToken` in the
    /// `X-Telegram-Bot-Api-Secret-Token` header, one at a time (`max_connections` 1, so updates
    /// come in order and only the last one can come again), messages only. The secret travels in
    /// the request body, never in a URL or a log.
    public func setWebhook(url: String, secretToken: String) async throws {
        let _: Bool = try await call("setWebhook", body: SetWebhookBody(url: url, secretToken: secretToken, maxConnections: 1,
                                                                      allowedUpdates: ["message"], dropPendingUpdates: false))
    }

    /// `getWebhookInfo`: the webhook set now (an empty URL when none).
    public func webhookInfo() async throws -> BotWebhookInfo {
        try await call("getWebhookInfo", body: EmptyBody())
    }

    /// `getUpdates` long poll: updates with id ≥ `offset` (sending it confirms all below),
    /// waiting up to `timeout` seconds for the first one; only messages are asked for.
    public func getUpdates(offset: Int64? = nil, timeout: Int = 50, limit: Int = 100) async throws -> [BotUpdate] {
        let pollTimeout = timeout > 0
            ? .seconds(timeout) + configuration.longPollGrace
            : configuration.requestTimeout
        let body = GetUpdatesBody(offset: offset, timeout: max(0, timeout), limit: min(max(1, limit), 100))
        return try await call("getUpdates", body: body, timeout: pollTimeout, lowSpeedTime: pollTimeout)
    }

    /// `sendMessage` of plain `text`: sent HTML-escaped with `parse_mode: HTML`; in groups pass
    /// `replyTo` to answer a message (sent even if that message is gone). If Telegram cannot parse
    /// the HTML, the text is sent once more as it is, without a parse mode.
    @discardableResult
    public func sendMessage(chatID: Int64, text: String, replyTo: Int64? = nil, keyboard: [String] = []) async throws -> BotMessage {
        let reply = replyTo.map { ReplyParameters(messageID: $0, allowSendingWithoutReply: true) }
        let markup = keyboard.isEmpty ? nil : ReplyKeyboardMarkup(texts: keyboard)
        do {
            return try await call(
                "sendMessage",
                body: SendMessageBody(chatID: chatID, text: HTMLEscaper.escape(text), parseMode: "HTML", replyParameters: reply, replyMarkup: markup))
        } catch let TransportError.apiError(code, description)
            where code == 400 && description.lowercased().contains("can't parse entities")
        {
            logger.warning(
                "Telegram rejected the HTML, sending as plain text",
                metadata: ["chat.id": "\(chatID)", "api.description": "\(description)"])
            return try await call(
                "sendMessage", body: SendMessageBody(chatID: chatID, text: text, parseMode: nil, replyParameters: reply, replyMarkup: markup))
        }
    }

    /// POSTs `body` as JSON to `method` and decodes the envelope's `result`.
    func call<Result: Decodable, Body: Encodable>(
        _ method: String, body: Body, timeout: Duration? = nil, lowSpeedTime: Duration? = nil
    ) async throws -> Result {
        let payload: Data
        do {
            payload = try JSONEncoder().encode(body)
        } catch {
            throw TransportError.invalidRequest("cannot encode \(method) body: \(error)")
        }
        let request = HTTPRequest.postJSON(
            url: url(for: method), body: payload,
            timeout: timeout ?? configuration.requestTimeout, lowSpeedTime: lowSpeedTime)
        do {
            let response = try await transport.send(request)
            return try BotAPIResponseDecoder(token: token).decode(Result.self, from: response)
        } catch let error as TransportError {
            let safe = error.redacting(token: token)
            logger.debug("Bot API call failed", metadata: ["api.method": "\(method)", "api.error": "\(safe)"])
            throw safe
        }
    }

    /// `{base}/bot{token}/{method}`.
    private func url(for method: String) -> String {
        var base = configuration.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/bot\(token)/\(method)"
    }
}

extension BotAPIClient: CustomStringConvertible, CustomReflectable {
    /// Names the base URL, never the token.
    public var description: String { "BotAPIClient(\(configuration.baseURL), token: \(redactedPlaceholder))" }

    /// Hides the token from `dump` and debuggers.
    public var customMirror: Mirror {
        Mirror(self, children: ["baseURL": configuration.baseURL, "token": redactedPlaceholder])
    }
}
