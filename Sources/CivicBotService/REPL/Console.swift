import Foundation

/// Writes to standard output and error without crashing when the reader has gone away
/// (Foundation's non-throwing `FileHandle.write(_:)` traps on EPIPE).
public enum Console {
    /// Writes `text` to standard output as is.
    public static func out(_ text: String) { try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) }

    /// Writes `text` to standard error as is.
    public static func err(_ text: String) { try? FileHandle.standardError.write(contentsOf: Data(text.utf8)) }
}
