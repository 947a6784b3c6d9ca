import Crypto
import Foundation

/// The `X-Line-Retry-Key` of an outbox row's push: a UUID made from the row's id and creation
/// time, so every retry of the same push (after a timeout, a 5xx, a restart) carries the same key
/// and LINE carries it out once, while a new database's row 1 never reuses an old row 1's key.
public enum LinePushKey {
    /// The key for the row `rowID` created at `createdAt`.
    public static func make(rowID: Int64, createdAt: String) -> String {
        var bytes = Array(SHA256.hash(data: Data("civicbot-line-push|\(rowID)|\(createdAt)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0f) | 0x40  // version 4 layout, as LINE's examples
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let p = Array(hex)
        return "\(String(p[0..<8]))-\(String(p[8..<12]))-\(String(p[12..<16]))-\(String(p[16..<20]))-\(String(p[20..<32]))"
    }
}
