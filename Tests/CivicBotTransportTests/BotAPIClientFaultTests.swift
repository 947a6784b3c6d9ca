import CivicBotFakeTelegram
import CivicBotTransport
import Foundation
import Testing

/// Real libcurl against every scripted fault of the fake server: the right error, its retryability,
/// no token anywhere, and the next call succeeding.
@Suite struct BotAPIClientFaultTests {
    typealias Fault = FakeBotAPIServer.Fault

    /// Each fault, the error case it must surface, and whether that is retryable.
    static let cases: [(Fault, TransportError, Bool)] = [
        (.internalServerError, .httpStatus(500, body: ""), true),
        (.badGatewayHTML, .httpStatus(502, body: ""), true),
        (.truncatedJSON, .malformedResponse(""), true),
        (.truncatedBody, .connectionFailed(""), true),
        (.rateLimited(retryAfter: 7), .rateLimited(retryAfter: 7), true),
        (.conflict, .conflict, true),
        (.unauthorized, .unauthorized, false),
        (.notFound, .unauthorized, false),
        (.dropConnection, .connectionFailed(""), true),
        (.slow(seconds: 5), .timeout, true),
        (.cantParseEntities, .apiError(code: 400, description: ""), false),
    ]

    /// Each scripted fault surfaces as the right error, retryable or not, without the token.
    @Test(arguments: cases)
    func faultMapsToError(fault: Fault, expected: TransportError, retryable: Bool) async throws {
        let fixture = try TestFixture(requestTimeout: .milliseconds(500), longPollGrace: .milliseconds(500))
        defer { fixture.server.stop() }
        fixture.server.script(fault, for: "getUpdates")
        let error = await transportError { try await fixture.api.getUpdates(timeout: 0) }
        let actual = try #require(error)
        #expect(Self.sameCase(actual, expected), "got \(actual)")
        if case .rateLimited = expected { #expect(actual == expected) }
        #expect(actual.isRetryable == retryable)
        #expect(!actual.description.contains(fixture.server.token))
        #expect(fixture.logLines.all.allSatisfy { !$0.contains(fixture.server.token) })
        // The fault is spent; the same client carries on.
        fixture.server.enqueueMessage("ยังอยู่ไหม")
        #expect(try await fixture.api.getUpdates(timeout: 0).count == 1)
    }

    /// Rate limit honours retry after on send message.
    @Test func rateLimitHonoursRetryAfterOnSendMessage() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        fixture.server.script(.rateLimited(retryAfter: 23), for: "sendMessage")
        let error = await transportError { try await fixture.api.sendMessage(chatID: 1, text: "x") }
        #expect(error == .rateLimited(retryAfter: 23))
        #expect(fixture.server.sentMessages.count == 1)  // no automatic resend
    }

    /// Whether two errors are the same case, payloads aside.
    static func sameCase(_ lhs: TransportError, _ rhs: TransportError) -> Bool {
        switch (lhs, rhs) {
        case (.timeout, .timeout), (.connectionFailed, .connectionFailed), (.rateLimited, .rateLimited),
            (.conflict, .conflict), (.unauthorized, .unauthorized), (.malformedResponse, .malformedResponse),
            (.invalidRequest, .invalidRequest):
            return true
        case (.httpStatus(let a, _), .httpStatus(let b, _)):
            return a == b
        case (.apiError(let a, _), .apiError(let b, _)):
            return a == b
        default:
            return false
        }
    }
}
