import CivicBotTransport
import Foundation
import Logging

/// The two LINE Messaging API calls the bot makes, over the project's libcurl transport:
/// `POST {base}/v2/bot/message/reply` and `POST {base}/v2/bot/message/push`, JSON bodies,
/// `Authorization: Bearer {channel access token}`. The token is only ever in that header: never in
/// a URL, an error or a log line.
public struct LineAPIClient: Sendable {
    /// Where the API lives and how long a call may take.
    public struct Configuration: Sendable {
        /// LINE's own unless `--line-api-base` says otherwise.
        public var baseURL: String
        /// Total timeout of one call.
        public var requestTimeout: Duration

        /// LINE's base and a 10 s timeout.
        public init(baseURL: String = "https://api.line.me", requestTimeout: Duration = .seconds(10)) {
            self.baseURL = baseURL
            self.requestTimeout = requestTimeout
        }
    }

    /// At most this many message objects go in one reply or push.
    public static let maxMessagesPerRequest = 5
    /// A text message holds at most this many UTF-16 units.
    public static let maxTextLength = 5_000

    private let accessToken: String
    /// The base URL and timeout in use.
    public let configuration: Configuration
    private let transport: any HTTPTransport
    private let logger: Logger

    /// A client for the channel whose access token is `accessToken`.
    public init(accessToken: String, configuration: Configuration = Configuration(), transport: any HTTPTransport, logger: Logger) {
        self.accessToken = accessToken
        self.configuration = configuration
        self.transport = transport
        self.logger = logger
    }

    /// Replies with `messages` (1 to 5) using an event's single-use `replyToken`; the ids LINE gave
    /// the messages sent (a user who quotes one of them replies to the bot).
    /// Throws `LineAPIError.invalidReplyToken` when the token expired or was used.
    @discardableResult
    public func reply(token: String, messages: [LineOutgoingMessage]) async throws -> [String] {
        struct Body: Encodable { let replyToken: String; let messages: [LineOutgoingMessage] }
        return Self.sentMessageIDs(in: try await call("reply", body: Body(replyToken: token, messages: messages), retryKey: nil))
    }

    /// Pushes `messages` (1 to 5) to a user, group or room, with `retryKey` (a UUID) so that a
    /// retried push is carried out once: LINE answers a repeat of an accepted key with 409, which
    /// counts as sent. Counts against the channel's monthly quota. The ids of the messages sent
    /// (none for a repeat).
    @discardableResult
    public func push(to: String, messages: [LineOutgoingMessage], retryKey: String) async throws -> [String] {
        struct Body: Encodable { let to: String; let messages: [LineOutgoingMessage] }
        return Self.sentMessageIDs(in: try await call("push", body: Body(to: to, messages: messages), retryKey: retryKey))
    }

    /// `sentMessages[].id` of a reply or push answer; none when the body has no such list.
    static func sentMessageIDs(in body: Data) -> [String] {
        struct Answer: Decodable {
            struct Sent: Decodable { let id: String? }
            let sentMessages: [Sent]?
        }
        return ((try? JSONDecoder().decode(Answer.self, from: body))?.sentMessages ?? []).compactMap(\.id).filter { !$0.isEmpty && $0.count <= 64 }
    }

    func call<Body: Encodable>(_ method: String, body: Body, retryKey: String?) async throws -> Data {
        let payload: Data
        do {
            payload = try JSONEncoder().encode(body)
        } catch {
            throw TransportError.invalidRequest("cannot encode \(method) body")
        }
        var base = configuration.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        var headers = ["Content-Type": "application/json", "Authorization": "Bearer \(accessToken)"]
        if let retryKey { headers["X-Line-Retry-Key"] = retryKey }
        var request = HTTPRequest(method: .post, url: "\(base)/v2/bot/message/\(method)", headers: headers, body: payload,
                                  timeout: configuration.requestTimeout)
        // A reply token works once: a request libcurl re-sent unseen could spend it and make the
        // bot take "used" for "expired". A push has its retry key and may reuse connections.
        request.sendOnce = retryKey == nil
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as TransportError {
            throw error.redacting(token: accessToken)
        }
        return try Self.check(response, method: method, retried: retryKey != nil, token: accessToken)
    }

    /// Maps LINE's answer to success or an error the sender can act on.
    static func check(_ response: HTTPResponse, method: String, retried: Bool, token: String) throws -> Data {
        let status = response.status
        if (200..<300).contains(status) { return response.body }
        let message = redact(token: token, in: Self.message(in: response.body))
        switch status {
        case 409 where retried:
            return response.body  // this retry key was accepted before: the push went out once
        case 400 where message.lowercased().contains("reply token"):
            throw LineAPIError.invalidReplyToken
        case 401, 403 where message.lowercased().contains("authentication"):
            throw TransportError.unauthorized
        case 429 where message.lowercased().contains("monthly limit"):
            throw LineAPIError.quotaExceeded
        case 429:
            // LINE's Retry-After when it sends one (bounded: a header must not park the sender for hours).
            throw TransportError.rateLimited(retryAfter: min(max(response.retryAfterSeconds ?? 1, 1), 300))
        case 500...:
            throw TransportError.httpStatus(status, body: String(message.prefix(200)))
        default:
            throw TransportError.apiError(code: status, description: String(message.prefix(200)))
        }
    }

    /// `message` of LINE's error body `{"message": ..., "details": [...]}`, else the body's start.
    static func message(in body: Data) -> String {
        struct ErrorBody: Decodable { let message: String? }
        if let decoded = try? JSONDecoder().decode(ErrorBody.self, from: body), let message = decoded.message { return message }
        return String(decoding: body.prefix(200), as: UTF8.self)
    }
}

extension LineAPIClient: CustomStringConvertible, CustomReflectable {
    /// The base URL, never the token.
    public var description: String { "LineAPIClient(\(configuration.baseURL), token: \(redactedPlaceholder))" }
    /// Hides the token from `dump`.
    public var customMirror: Mirror { Mirror(self, children: ["baseURL": configuration.baseURL, "token": redactedPlaceholder]) }
}

/// LINE's refusals that need their own handling (the others are `TransportError`s).
public enum LineAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 400 "Invalid reply token": expired, or used already.
    case invalidReplyToken
    /// 429 "You have reached your monthly limit.": no push until next month.
    case quotaExceeded

    /// For logs.
    public var description: String {
        switch self {
        case .invalidReplyToken: return "invalid reply token (expired or used)"
        case .quotaExceeded: return "monthly push quota reached"
        }
    }
}

/// A message object the bot sends: text, with quick-reply buttons perhaps.
public struct LineOutgoingMessage: Sendable, Encodable, Equatable {
    /// Always `text`.
    public let type = "text"
    /// At most 5,000 UTF-16 units.
    public let text: String
    /// Buttons under the message (at most 13).
    public let quickReply: LineQuickReply?

    enum CodingKeys: String, CodingKey { case type, text, quickReply }

    /// Makes a text message.
    public init(text: String, quickReply: LineQuickReply? = nil) {
        self.text = text
        self.quickReply = quickReply
    }
}

/// `quickReply`: message actions, each sending its text as the user.
public struct LineQuickReply: Sendable, Codable, Equatable {
    /// One button.
    public struct Item: Sendable, Codable, Equatable {
        /// A message action.
        public struct Action: Sendable, Codable, Equatable {
            /// Always `message`.
            public var type = "message"
            /// The button's label (at most 20 characters).
            public let label: String
            /// What the user sends by tapping it.
            public let text: String
        }
        /// Always `action`.
        public var type = "action"
        /// What tapping does.
        public let action: Action

        /// A button labelled `label` that sends `text`.
        public init(label: String, text: String) { action = Action(label: label, text: text) }
    }

    /// Buttons, at most 13.
    public static let maxItems = 13
    /// A label holds at most 20 characters.
    public static let maxLabelLength = 20

    /// The buttons.
    public let items: [Item]

    /// Up to 13 buttons (more are dropped).
    public init(items: [Item]) { self.items = Array(items.prefix(Self.maxItems)) }
}
