import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a file descriptor in fixed-size chunks and never holds more than
/// `maxLineBytes` of one line: the rest of a longer line is read and thrown away, and the line
/// comes back as `.tooLong`, so one huge line cannot take the process's memory (`repl --jsonl`).
public final class BoundedLineReader {
    /// One line of input, without its line break (`\n` or `\r\n`).
    public enum Line: Equatable, Sendable {
        /// A line within the bound (invalid UTF-8 repaired, as `readLine` does).
        case text(String)
        /// A line longer than the bound, of this many bytes; its content is gone.
        case tooLong(bytes: Int)
    }

    /// The bound `repl` uses: 64 KiB a line.
    public static let defaultMaxLineBytes = 64 * 1_024

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The most bytes of one line held at once so far (never more than `maxLineBytes`).
    public private(set) var peakLineBytes = 0

    /// A reader of `descriptor` (standard input by default) with at most `maxLineBytes` a line.
    public init(descriptor: Int32 = STDIN_FILENO, maxLineBytes: Int = defaultMaxLineBytes, chunkSize: Int = 64 * 1_024) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// The next line, or nil at the end of input.
    public func next() -> Line? {
        var line: [UInt8] = []
        var total = 0
        var tooLong = false
        var started = false
        func take(_ bytes: ArraySlice<UInt8>) {
            started = true
            total += bytes.count
            guard !tooLong else { return }
            if line.count + bytes.count > maxLineBytes {
                tooLong = true
                line = []
            } else {
                line += bytes
                peakLineBytes = max(peakLineBytes, line.count)
            }
        }
        while true {
            if start == end, !refill() {
                guard started else { return nil }
                break
            }
            if let newline = chunk[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                take(chunk[start..<newline])
                start = newline + 1
                break
            }
            take(chunk[start..<end])
            start = end
        }
        if tooLong { return .tooLong(bytes: total) }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return .text(String(decoding: line, as: UTF8.self))
    }

    /// True when a whole next line is already read (a newline in the buffer): `next()` returns
    /// it without waiting for input.
    public var hasBufferedLine: Bool { start < end && chunk[start..<end].contains(UInt8(ascii: "\n")) }

    /// Reads the next chunk; false at the end of input (or on a read error).
    private func refill() -> Bool {
        guard !atEnd else { return false }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                start = 0
                end = count
                return true
            }
            if count < 0, errno == EINTR { continue }
            atEnd = true
            return false
        }
    }
}
