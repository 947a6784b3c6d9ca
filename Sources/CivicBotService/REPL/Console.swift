import Foundation

/// Writes to standard output and error with write(2): never crashes when the reader has gone away
/// (EPIPE ends the write) or a signal interrupts it (EINTR is retried). Foundation's
/// `FileHandle.write` traps in both cases on Linux.
public enum Console {
    /// Writes `text` to standard output as is.
    public static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error as is.
    public static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    /// All of `text` to `fd`, retrying interrupted and partial writes; gives up on any other error.
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            guard var p = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = Foundation.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return
                }
                p += n
                left -= n
            }
        }
    }
}
