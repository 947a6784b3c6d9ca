import Foundation

/// Turns an `HTTPResponse` from the Bot API into a result or a `TransportError` (pure, no I/O).
struct BotAPIResponseDecoder {
    /// Scrubbed from every text that ends up in an error.
    let token: String

    /// Seconds to wait after a 429 that did not say how long.
    static let defaultRetryAfter = 5

    /// The envelope's `result` as `Result`, or the error the status and body call for.
    func decode<Result: Decodable>(_ type: Result.Type, from response: HTTPResponse) throws -> Result {
        let decoder = JSONDecoder()
        let status = response.status
        if status == 200 {
            let envelope: BotAPIEnvelope<Result>
            do {
                envelope = try decoder.decode(BotAPIEnvelope<Result>.self, from: response.body)
            } catch {
                throw TransportError.malformedResponse(reason(for: error, response: response))
            }
            if envelope.ok {
                guard let result = envelope.result else {
                    throw TransportError.malformedResponse("ok without a result")
                }
                return result
            }
            throw failure(
                status: envelope.errorCode ?? 400, envelope: BotAPIErrorEnvelope(
                    ok: false, description: envelope.description, errorCode: envelope.errorCode,
                    parameters: envelope.parameters),
                response: response)
        }
        let envelope = try? decoder.decode(BotAPIErrorEnvelope.self, from: response.body)
        throw failure(status: status, envelope: envelope, response: response)
    }

    /// The error for a non-success answer with `status` and, if it parsed, its envelope.
    private func failure(status: Int, envelope: BotAPIErrorEnvelope?, response: HTTPResponse) -> TransportError {
        switch status {
        case 429:
            let retryAfter = envelope?.parameters?.retryAfter ?? Self.defaultRetryAfter
            return .rateLimited(retryAfter: max(1, retryAfter))
        case 409:
            return .conflict
        case 401:
            return .unauthorized
        case 404 where envelope != nil:
            // Telegram answers an unknown token path with {"ok":false,"error_code":404,"description":"Not Found"}.
            return .unauthorized
        case 500...:
            return .httpStatus(status, body: snippet(of: response))
        case 400..<500:
            if let envelope {
                return .apiError(code: status, description: redact(token: token, in: envelope.description ?? "no description"))
            }
            return .httpStatus(status, body: snippet(of: response))
        default:
            return .malformedResponse("unexpected status \(status): \(snippet(of: response))")
        }
    }

    /// Why the body could not be read, with the start of the body.
    private func reason(for error: any Error, response: HTTPResponse) -> String {
        let kind: String
        if let contentType = response.contentType, !contentType.lowercased().contains("json") {
            kind = "not JSON (\(contentType))"
        } else if error is DecodingError {
            kind = "invalid or truncated JSON"
        } else {
            kind = "unreadable body"
        }
        return "\(kind): \(snippet(of: response))"
    }

    /// The first 200 characters of the body, token removed.
    private func snippet(of response: HTTPResponse) -> String {
        let text = String(decoding: response.body.prefix(800), as: UTF8.self)
        return redact(token: token, in: String(text.prefix(200)))
    }
}
