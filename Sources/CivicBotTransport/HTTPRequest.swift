import Foundation

/// One HTTP request as the transport sends it: method, URL, headers, optional body, per-request timeouts.
public struct HTTPRequest: Sendable, Equatable {
    /// The HTTP methods the Bot API needs.
    public enum Method: String, Sendable {
        /// GET, no body.
        case get = "GET"
        /// POST with `body`.
        case post = "POST"
    }

    /// GET or POST.
    public var method: Method
    /// The full URL (may contain the bot token: never log it unredacted).
    public var url: String
    /// Extra request headers, e.g. `Content-Type`.
    public var headers: [String: String]
    /// The POST body, if any.
    public var body: Data?
    /// Total time allowed for the whole exchange; `nil` uses the client's default.
    public var timeout: Duration?
    /// How long the transfer may stay below the low-speed limit; `nil` uses the client's default.
    /// Long polls must set this at least as long as the poll, since the server sends nothing meanwhile.
    public var lowSpeedTime: Duration?
    /// True when the request must reach the server at most once per `send` (a call that spends a
    /// single-use token): it goes on a connection of its own, which libcurl never re-sends on.
    public var sendOnce: Bool = false

    /// Creates a request; timeouts default to the client's configuration.
    public init(
        method: Method = .get,
        url: String,
        headers: [String: String] = [:],
        body: Data? = nil,
        timeout: Duration? = nil,
        lowSpeedTime: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.lowSpeedTime = lowSpeedTime
    }

    /// A POST with a JSON body and `Content-Type: application/json`.
    public static func postJSON(
        url: String, body: Data, timeout: Duration? = nil, lowSpeedTime: Duration? = nil
    ) -> HTTPRequest {
        HTTPRequest(
            method: .post, url: url, headers: ["Content-Type": "application/json"], body: body,
            timeout: timeout, lowSpeedTime: lowSpeedTime)
    }
}
