import Foundation
import Logging

/// An in-memory `LogHandler` for tests: every line, with its metadata, kept as text.
struct RecordingLogHandler: LogHandler {
    /// The shared, locked list of lines the handler (and its copies) write to.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [String] = []

        /// Appends one line.
        func append(_ line: String) { lock.withLock { storage.append(line) } }

        /// Everything logged so far.
        var all: [String] { lock.withLock { storage } }
    }

    /// Where the lines go.
    let lines: Lines
    /// Handler metadata (copied into each line).
    var metadata: Logger.Metadata = [:]
    /// Everything down to trace is kept.
    var logLevel: Logger.Level = .trace
    /// Unused.
    var metadataProvider: Logger.MetadataProvider?

    /// Records `event` as "level message key=value...".
    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let rendered = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lines.append("\(event.level) \(event.message) \(rendered)")
    }

    /// Handler metadata by key.
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// A logger that records into a fresh `Lines`, without touching the global bootstrap.
    static func logger() -> (Logger, Lines) {
        let lines = Lines()
        return (Logger(label: "test") { _ in RecordingLogHandler(lines: lines) }, lines)
    }
}
