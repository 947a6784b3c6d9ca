import CivicBotFakeLine
import CivicBotLine
import Foundation
import Testing

/// The webhook signature: LINE's form, checked over the raw bytes.
@Suite struct LineSignatureTests {
    @Test("a known HMAC-SHA256 vector (RFC 4231 case 2) in LINE's base64 form")
    func vector() {
        let signature = LineSignature(channelSecret: "Jefe")
        let body = Data("what do ya want for nothing?".utf8)
        // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843 in base64.
        #expect(signature.sign(body) == "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=")
        #expect(signature.isValid("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=", for: body))
    }

    @Test("the fake platform's signatures are accepted; any other secret, byte or header is not")
    func refusals() {
        let platform = FakeLinePlatform()
        let signature = LineSignature(channelSecret: platform.channelSecret)
        let body = Data(#"{"destination":"U1","events":[]}"#.utf8)
        #expect(signature.isValid(platform.sign(body), for: body))
        #expect(!signature.isValid(nil, for: body))
        #expect(!signature.isValid("", for: body))
        #expect(!signature.isValid("not base64!", for: body))
        #expect(!signature.isValid(Data([1, 2, 3]).base64EncodedString(), for: body))
        #expect(!signature.isValid(FakeLinePlatform(channelSecret: "other").sign(body), for: body))
        var changed = body
        changed[5] ^= 1
        #expect(!signature.isValid(platform.sign(body), for: changed))
        // Re-serialised JSON (a space added) is another body.
        #expect(!signature.isValid(platform.sign(body), for: Data(#"{"destination": "U1","events":[]}"#.utf8)))
    }

    @Test("descriptions never show the secret")
    func redacted() {
        let signature = LineSignature(channelSecret: "super-secret-value")
        #expect(!"\(signature)".contains("super-secret"))
        var dumped = ""
        dump(signature, to: &dumped)
        #expect(!dumped.contains("super-secret"))
    }
}
