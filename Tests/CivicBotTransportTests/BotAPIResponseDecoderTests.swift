@testable import CivicBotTransport
import Foundation
import Testing

/// Tests of `BotAPIResponseDecoder`.
@Suite struct BotAPIResponseDecoderTests {
    /// The token the decoder must scrub.
    let token = "99:ZZ-secret"
    /// A decoder for `token`.
    var decoder: BotAPIResponseDecoder { BotAPIResponseDecoder(token: token) }

    /// A response with `status`, `body` and content type.
    func response(_ status: Int, _ body: String, type: String = "application/json") -> HTTPResponse {
        HTTPResponse(status: status, body: Data(body.utf8), contentType: type)
    }

    /// The error decoding such a response throws, if any.
    func error(_ status: Int, _ body: String, type: String = "application/json") -> TransportError? {
        do {
            _ = try decoder.decode(Bool.self, from: response(status, body, type: type))
            return nil
        } catch {
            return error as? TransportError
        }
    }

    /// Returns the result of an ok envelope.
    @Test func returnsTheResultOfAnOkEnvelope() throws {
        #expect(try decoder.decode(Bool.self, from: response(200, #"{"ok":true,"result":true}"#)))
    }

    /// Maps statuses to errors.
    @Test func mapsStatusesToErrors() {
        #expect(error(429, #"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 14","parameters":{"retry_after":14}}"#)
            == .rateLimited(retryAfter: 14))
        #expect(error(429, "<html>slow down</html>", type: "text/html") == .rateLimited(retryAfter: 5))
        #expect(error(409, #"{"ok":false,"error_code":409,"description":"Conflict"}"#) == .conflict)
        #expect(error(401, #"{"ok":false,"error_code":401,"description":"Unauthorized"}"#) == .unauthorized)
        #expect(error(404, #"{"ok":false,"error_code":404,"description":"Not Found"}"#) == .unauthorized)
        #expect(error(400, #"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#)
            == .apiError(code: 400, description: "Bad Request: chat not found"))
        #expect(error(403, #"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#)?
            .isRetryable == false)
        #expect(error(500, #"{"ok":false,"error_code":500,"description":"Internal Server Error"}"#)?.isRetryable == true)
    }

    /// Html and broken bodies are retryable.
    @Test func htmlAndBrokenBodiesAreRetryable() {
        let html = error(200, "<html><body>captive portal</body></html>", type: "text/html")
        #expect(html?.isRetryable == true)
        guard case .malformedResponse(let reason) = html else {
            Issue.record("expected malformedResponse, got \(String(describing: html))")
            return
        }
        #expect(reason.contains("not JSON"))
        let truncated = error(200, #"{"ok":true,"res"#)
        #expect(truncated?.isRetryable == true)
        #expect(error(200, #"{"ok":true}"#) == .malformedResponse("ok without a result"))
        #expect(error(502, "<html>Bad Gateway</html>", type: "text/html") == .httpStatus(502, body: "<html>Bad Gateway</html>"))
    }

    @Test func okFalseWithStatus200IsAnAPIError() {
        #expect(error(200, #"{"ok":false,"error_code":400,"description":"Bad Request"}"#)
            == .apiError(code: 400, description: "Bad Request"))
    }

    @Test func neverEchoesTheToken() {
        let echoed = error(502, "upstream said /bot\(token)/getMe failed", type: "text/plain")
        #expect(echoed?.description.contains("secret") == false)
        let described = error(400, #"{"ok":false,"error_code":400,"description":"token \#(token) bad"}"#)
        #expect(described?.description.contains("secret") == false)
    }
}
