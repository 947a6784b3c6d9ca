/// Everything that can go wrong between the bot and the Bot API, as values the service can switch on.
///
/// Every string payload has already been passed through `redact(token:in:)`: no case ever carries
/// the bot token.
public enum TransportError: Error, Sendable, Equatable {
    /// The connect, total or low-speed timeout fired.
    case timeout
    /// The connection could not be made or broke (refused, reset, dropped, TLS, DNS); curl's message.
    case connectionFailed(String)
    /// The server answered with a status and a body that is not a Bot API envelope (first 200 characters).
    case httpStatus(Int, body: String)
    /// 429 Too Many Requests: wait `retryAfter` seconds before the next request.
    case rateLimited(retryAfter: Int)
    /// 409 Conflict: another instance is polling (or a webhook is set).
    case conflict
    /// 401, or 404 on the token path: the token is wrong or revoked.
    case unauthorized
    /// The body could not be decoded (HTML, truncated or invalid JSON, missing `result`).
    case malformedResponse(String)
    /// The API refused the request (4xx with an envelope); sending it again will not help.
    case apiError(code: Int, description: String)
    /// The request itself could not be built (bad URL, curl could not be set up).
    case invalidRequest(String)

    /// Whether the same request may succeed if sent again later (after a backoff or `retryAfter`).
    public var isRetryable: Bool {
        switch self {
        case .timeout, .connectionFailed, .rateLimited, .conflict, .malformedResponse:
            return true
        case .httpStatus(let status, _):
            return status >= 500 || status == 408
        case .unauthorized, .apiError, .invalidRequest:
            return false
        }
    }
}

extension TransportError: CustomStringConvertible {
    /// A one-line English description for logs (never shown in a chat).
    public var description: String {
        switch self {
        case .timeout: return "timeout"
        case .connectionFailed(let message): return "connection failed: \(message)"
        case .httpStatus(let status, let body): return "HTTP \(status): \(body)"
        case .rateLimited(let retryAfter): return "rate limited, retry after \(retryAfter) s"
        case .conflict: return "conflict: another instance is polling or a webhook is set"
        case .unauthorized: return "unauthorized: the bot token was refused"
        case .malformedResponse(let reason): return "malformed response: \(reason)"
        case .apiError(let code, let description): return "API error \(code): \(description)"
        case .invalidRequest(let reason): return "invalid request: \(reason)"
        }
    }
}
