import CivicBotTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `civicbot` binary, the way outside tools do.
enum BinaryRunner {
    /// Result of one run.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// The binary next to the test bundle (same build folder), else in the checkout's .build/debug.
    static let binary: URL = {
        let fm = FileManager.default
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("civicbot")
            if fm.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Fixtures.root.appendingPathComponent(".build/debug/civicbot")
    }()

    /// A child that exits before reading its stdin must not kill the test process with SIGPIPE:
    /// writes to its closed pipe then fail with EPIPE instead.
    static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Writes all of `data` to `handle` with write(2), retrying on EINTR (Foundation's
    /// `FileHandle.write` traps on an interrupted call, and test processes get many signals); a
    /// closed pipe (EPIPE) ends the write quietly.
    static func writeAll(_ data: Data, to handle: FileHandle) {
        let fd = handle.fileDescriptor
        data.withUnsafeBytes { raw in
            guard var p = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = write(fd, p, left)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return
                }
                p += n
                left -= n
            }
        }
    }

    /// True when a test may run the binary as a user other than root (`unprivileged:`): it is not
    /// root, or it is and can drop to `nobody` with util-linux's setpriv.
    static let canRunUnprivileged = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// Runs `civicbot args` with `input` on stdin; the environment has no CIVICBOT_* unless given.
    /// `unprivileged` runs it as `nobody` when the tests run as root, so file permissions apply.
    static func run(_ args: [String], input: String = "", environment: [String: String] = [:], cwd: URL? = nil,
                    unprivileged: Bool = false) throws -> Result {
        _ = ignoreSIGPIPE
        let process = Process()
        if unprivileged, getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + args
        } else {
            process.executableURL = binary
            process.arguments = args
        }
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CIVICBOT_") }
        env.merge(environment) { $1 }
        process.environment = env
        if let cwd { process.currentDirectoryURL = cwd }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write on another queue so a full pipe cannot deadlock the test.
        let data = Data(input.utf8)
        DispatchQueue.global().async {
            writeAll(data, to: stdin.fileHandleForWriting)
            try? stdin.fileHandleForWriting.close()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
