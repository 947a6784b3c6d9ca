import CivicBotTransport
import Testing

/// Tests of `Redact`.
@Suite struct RedactTests {
    /// A token in Telegram's shape.
    let token = "123456789:AAE-test_TOKEN-sEcReT"

    /// Replaces the token in a bot URL.
    @Test func replacesTheTokenInABotURL() {
        let url = "https://api.telegram.org/bot\(token)/getUpdates"
        #expect(redact(token: token, in: url) == "https://api.telegram.org/bot<redacted>/getUpdates")
    }

    /// Replaces bot path segments even without knowing the token.
    @Test func replacesBotPathSegmentsEvenWithoutKnowingTheToken() {
        let message = "Failed to connect to http://127.0.0.1:9/bot\(token)/sendMessage after 0 ms"
        let redacted = redact(token: nil, in: message)
        #expect(redacted == "Failed to connect to http://127.0.0.1:9/bot<redacted>/sendMessage after 0 ms")
        #expect(!redacted.contains("sEcReT"))
    }

    /// Replaces the token outside AURL too.
    @Test func replacesTheTokenOutsideAURLToo() {
        #expect(redact(token: token, in: "token=\(token); again \(token)") == "token=<redacted>; again <redacted>")
    }

    /// Is idempotent and leaves other text alone.
    @Test func isIdempotentAndLeavesOtherTextAlone() {
        let once = redact(token: token, in: "GET https://h/bot\(token)/getMe")
        #expect(redact(token: token, in: once) == once)
        #expect(redact(token: token, in: "ไม่มีความลับ /api/x") == "ไม่มีความลับ /api/x")
        #expect(redact(token: "", in: "plain") == "plain")
    }

    /// Redacts a token at the end of the text.
    @Test func redactsATokenAtTheEndOfTheText() {
        #expect(redact(token: nil, in: "url: http://h/bot42:abc") == "url: http://h/bot<redacted>")
    }

    /// Issue 9 item 10: the URL-encoded token (`%3A` in any case) and the secret part alone are redacted too.
    @Test func redactsTheEncodedTokenAndTheSecretAlone() {
        let text = "a 123456789%3AAAE-test_TOKEN-sEcReT b 123456789%3aAAE-test_TOKEN-sEcReT c AAE-test_TOKEN-sEcReT d"
        let redacted = redact(token: token, in: text)
        #expect(redacted == "a <redacted> b <redacted> c <redacted> d")
        #expect(redact(token: token, in: "bot id 123456789 alone") == "bot id 123456789 alone")
    }
}
