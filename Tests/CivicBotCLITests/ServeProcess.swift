import CivicBotFakeTelegram
import CivicBotTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `civicbot serve` as a child process against the fake Bot API, its stderr in a file.
final class ServeProcess {
    let process = Process()
    let stderrFile: URL

    /// Starts `civicbot serve` on `database` against `server`; extra arguments appended. Flood
    /// control is off unless `floodControl`; `intents` is the project's Intents/ unless given.
    init(server: FakeBotAPIServer, database: String, token: String? = nil, extra: [String] = [],
         floodControl: Bool = false, intents: URL = Fixtures.intents, environment: [String: String] = [:]) throws {
        stderrFile = try Fixtures.temporaryDirectory().appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        _ = BinaryRunner.ignoreSIGPIPE
        process.executableURL = BinaryRunner.binary
        process.arguments = ["serve", "--api-base", server.baseURL, "--db", database, "--intents", intents.path,
                             "--poll-timeout", "1", "--backoff-ms", "50"] + (floodControl ? [] : ["--no-flood-control"]) + extra
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CIVICBOT_") }
        env["CIVICBOT_TOKEN"] = token ?? server.token
        env["NO_PROXY"] = "127.0.0.1,localhost"
        env["no_proxy"] = "127.0.0.1,localhost"
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
    }

    /// Sends `signal` (SIGKILL for a crash, SIGTERM for a shutdown).
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits up to `timeout` for the process to end; its exit status, or nil if it is still running.
    /// Sleeps with `Task.sleep`, so the test never blocks Swift's small cooperative pool.
    func wait(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout * testPatience
        while process.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// What the process wrote to stderr.
    var log: String { String(decoding: (try? Data(contentsOf: stderrFile)) ?? Data(), as: UTF8.self) }

    deinit {
        if process.isRunning {
            send(SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// How many times the stated timeout a wait really allows. CI runs every suite at once on two
/// cores, and a child process can stall for tens of seconds there; the waits end as soon as their
/// condition holds, so a generous bound costs nothing when things work. (Speed is `civicbot bench`'s
/// job, not these tests'.)
let testPatience = 4

/// Polls `condition` every 20 ms until it holds or `timeout` (times `testPatience`) passes, without
/// blocking a thread.
func eventually(timeout: Duration, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout * testPatience
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}
