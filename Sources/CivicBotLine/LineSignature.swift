import Crypto
import Foundation

/// LINE's webhook signature: `x-line-signature` is base64(HMAC-SHA256(channel secret, raw body)).
/// Checked over the bytes as they arrived (re-serialised JSON would not match), in constant time.
public struct LineSignature: Sendable {
    private let secret: Data

    /// A checker for the channel with `secret`.
    public init(channelSecret secret: String) {
        self.secret = Data(secret.utf8)
    }

    private var key: SymmetricKey { SymmetricKey(data: secret) }

    /// The signature LINE would send for `body`.
    public func sign(_ body: Data) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: body, using: key)).base64EncodedString()
    }

    /// True when `header` is the signature of `body`. A missing header, one that is not base64,
    /// or one of the wrong length is false; the comparison of the code itself is constant-time.
    public func isValid(_ header: String?, for body: Data) -> Bool {
        guard let header, let code = Data(base64Encoded: header.trimmingCharacters(in: .whitespaces)),
              code.count == SHA256.byteCount else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: body, using: key)
    }
}

extension LineSignature: CustomStringConvertible, CustomReflectable {
    /// Never the secret.
    public var description: String { "LineSignature(<redacted>)" }
    /// Hides the key from `dump`.
    public var customMirror: Mirror { Mirror(self, children: ["key": "<redacted>"]) }
}
