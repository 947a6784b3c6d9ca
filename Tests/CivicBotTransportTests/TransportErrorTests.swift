@testable import CivicBotTransport
import Testing

/// Tests of `TransportError`.
@Suite struct TransportErrorTests {
    /// Each error case says rightly whether sending again may help.
    @Test(arguments: [
        (TransportError.timeout, true),
        (.connectionFailed("reset"), true),
        (.httpStatus(502, body: "<html>"), true),
        (.httpStatus(500, body: ""), true),
        (.httpStatus(404, body: "<html>"), false),
        (.rateLimited(retryAfter: 3), true),
        (.conflict, true),
        (.unauthorized, false),
        (.malformedResponse("truncated"), true),
        (.apiError(code: 400, description: "Bad Request: chat not found"), false),
        (.invalidRequest("bad url"), false),
    ])
    func retryability(error: TransportError, retryable: Bool) {
        #expect(error.isRetryable == retryable)
    }

    /// Redacting scrubs every string payload.
    @Test func redactingScrubsEveryStringPayload() {
        let token = "42:SECRET"
        let errors: [TransportError] = [
            .connectionFailed("POST http://h/bot\(token)/getMe: refused"),
            .httpStatus(502, body: "echo \(token)"),
            .malformedResponse("bad \(token)"),
            .apiError(code: 400, description: "has \(token)"),
            .invalidRequest("url \(token)"),
        ]
        for error in errors {
            #expect(!error.redacting(token: token).description.contains("SECRET"))
        }
        #expect(TransportError.rateLimited(retryAfter: 7).redacting(token: token) == .rateLimited(retryAfter: 7))
    }

    /// Description names the case.
    @Test func descriptionNamesTheCase() {
        #expect(TransportError.rateLimited(retryAfter: 7).description == "rate limited, retry after 7 s")
        #expect(TransportError.httpStatus(502, body: "x").description == "HTTP 502: x")
    }
}
