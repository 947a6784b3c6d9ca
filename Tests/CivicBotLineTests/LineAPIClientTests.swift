import CivicBotFakeLine
import CivicBotLine
import CivicBotTransport
import Foundation
import Logging
import Testing

/// The LINE client over real libcurl against the fake platform on 127.0.0.1.
@Suite struct LineAPIClientTests {
    @Test("a 429 waits as long as LINE's Retry-After says (within bounds), 1 s without one; the token is in no error")
    func retryAfter() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let http = CurlHTTPClient(configuration: .init(noProxyHosts: "127.0.0.1,localhost"), logger: logger)
        let api = LineAPIClient(accessToken: platform.accessToken, configuration: .init(baseURL: platform.baseURL), transport: http, logger: logger)
        let message = [LineOutgoingMessage(text: "ทดสอบ")]
        for (sent, expected) in [(Optional(7), 7), (Optional(86_400), 300), (nil, 1)] {
            if let sent { platform.script(.rateLimited(retryAfter: sent)) } else { platform.script(.rateLimited(retryAfter: 0)) }
            do {
                try await api.push(to: FakeLinePlatform.userID(1), messages: message, retryKey: UUID().uuidString.lowercased())
                Issue.record("a 429 was taken for a success")
            } catch let error as TransportError {
                #expect(error == .rateLimited(retryAfter: expected), "Retry-After \(String(describing: sent))")
                #expect(!"\(error)".contains(platform.accessToken))
            }
        }
    }
}
