extension TransportError {
    /// The same error with `token` scrubbed from every string payload.
    public func redacting(token: String) -> TransportError {
        switch self {
        case .timeout, .rateLimited, .conflict, .unauthorized:
            return self
        case .connectionFailed(let message):
            return .connectionFailed(redact(token: token, in: message))
        case .httpStatus(let status, let body):
            return .httpStatus(status, body: redact(token: token, in: body))
        case .malformedResponse(let reason):
            return .malformedResponse(redact(token: token, in: reason))
        case .apiError(let code, let description):
            return .apiError(code: code, description: redact(token: token, in: description))
        case .invalidRequest(let reason):
            return .invalidRequest(redact(token: token, in: reason))
        }
    }
}
