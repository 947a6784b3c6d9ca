import Foundation

/// Cold start: from spawning a fresh `civicbot repl --jsonl --db <existing db>` to the first line
/// it writes, one message on its standard input. Start-up (loading Intents/, opening the database)
/// and the first answer are all inside the figure.
public enum BenchmarkColdStart {
    /// This binary's path: `/proc/self/exe`, else `argv[0]`.
    public static func currentExecutable() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments[0]
    }

    /// Median milliseconds over `runs` spawns of `executable arguments…`, each fed `line`; throws
    /// when the child does not answer with a JSON object carrying an intent.
    public static func measure(executable: String, arguments: [String], line: String, runs: Int = 5) throws -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try once(executable: executable, arguments: arguments, line: line)) }
        times.sort()
        return times[times.count / 2]
    }

    /// One spawn: milliseconds to the first stdout line.
    static func once(executable: String, arguments: [String], line: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = MonotonicClock.now()
        try process.run()
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
        try input.fileHandleForWriting.close()
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        let elapsed = MonotonicClock.now() - start
        process.waitUntilExit()
        let first = String(decoding: received.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard first.contains("\"intent\"") else {
            throw ColdStartError(reason: "the child answered \(first.isEmpty ? "nothing" : first) (exit \(process.terminationStatus))")
        }
        return Double(elapsed) / 1e6
    }

    /// The child did not answer as expected.
    public struct ColdStartError: Error, CustomStringConvertible {
        /// What went wrong.
        public let reason: String
        /// The reason.
        public var description: String { reason }
    }
}
