import CivicBotFakeLine
import CivicBotTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `civicbot serve` with LINE on (no Telegram token) as a child process against the fake LINE
/// platform, listening on a free port of 127.0.0.1, its stderr in a file.
final class LineServeProcess {
    let process = Process()
    let stderrFile: URL

    /// Starts serve on `database`; the LINE secrets come from the environment, as in production.
    init(platform: FakeLinePlatform, database: String, extra: [String] = [], secret: String? = nil) throws {
        stderrFile = try Fixtures.temporaryDirectory().appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        _ = BinaryRunner.ignoreSIGPIPE
        process.executableURL = BinaryRunner.binary
        process.arguments = ["serve", "--line-api-base", platform.baseURL, "--db", database, "--intents", Fixtures.intents.path,
                             "--listen", "127.0.0.1:0", "--backoff-ms", "50"] + extra
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CIVICBOT_") && !$0.key.hasPrefix("LINE_") }
        env["LINE_CHANNEL_SECRET"] = secret ?? platform.channelSecret
        env["LINE_CHANNEL_ACCESS_TOKEN"] = platform.accessToken
        env["NO_PROXY"] = "127.0.0.1,localhost"
        env["no_proxy"] = "127.0.0.1,localhost"
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
    }

    /// The port the server bound, read from its log (waits up to `timeout`: CI runs every suite at
    /// once on two cores, and a child process can take long to come up). The log is read once more
    /// after the wait, so a line written as the deadline passes still counts.
    func port(timeout: Duration = .seconds(120)) async -> UInt16? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, process.isRunning {
            if let port = boundPort { return port }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return boundPort
    }

    private var boundPort: UInt16? {
        let log = log
        guard let range = log.range(of: #"http\.address=127\.0\.0\.1:(\d+)"#, options: .regularExpression) else { return nil }
        return UInt16(log[range].split(separator: ":").last ?? "")
    }

    /// Sends `signal`.
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits up to `timeout` for the process to end; its exit status, or nil.
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

/// A GET on the bot's server: status and body (curl-free: a socket, as the fake platform posts).
func httpGet(port: UInt16, path: String) -> (Int, String)? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let ok = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard ok == 0 else { return nil }
    let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    _ = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = recv(fd, &chunk, chunk.count, 0)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { break }
        data.append(contentsOf: chunk[0..<n])
    }
    let text = String(decoding: data, as: UTF8.self)
    guard let statusText = text.split(separator: " ", maxSplits: 2).dropFirst().first, let status = Int(statusText) else { return nil }
    let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
    return (status, body)
}
