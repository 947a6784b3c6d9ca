import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// systemd's readiness and watchdog protocol without libsystemd: one datagram per notification to
/// the AF_UNIX socket named by `NOTIFY_SOCKET` (a path, or `@name` for the abstract namespace).
/// Without `NOTIFY_SOCKET` (not started by systemd with `Type=notify`) every call does nothing.
public struct SystemdNotifier: Sendable {
    /// The socket, when systemd gave one.
    public let socketPath: String?
    let watchdogGate: WatchdogGate

    /// A notifier for `NOTIFY_SOCKET` in `environment`; watchdog pings at most once per `watchdogInterval`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, watchdogInterval: Duration = .seconds(1)) {
        let path = environment["NOTIFY_SOCKET"] ?? ""
        socketPath = path.isEmpty ? nil : path
        watchdogGate = WatchdogGate(interval: watchdogInterval)
    }

    /// A notifier that never sends (tests, the REPL).
    public static let disabled = SystemdNotifier(environment: [:])

    /// `READY=1` with a status line: start-up checks are done and the service works.
    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }

    /// `WATCHDOG=1`, after a successful poll or delivery (throttled).
    public func watchdog() {
        guard socketPath != nil, watchdogGate.open() else { return }
        send("WATCHDOG=1")
    }

    /// `STOPPING=1`: a graceful shutdown began.
    public func stopping() { send("STOPPING=1") }

    /// Sends one notification; false when there is no socket or the send failed (never fatal).
    @discardableResult
    public func send(_ state: String) -> Bool {
        guard let socketPath else { return false }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(socketPath.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }  // abstract namespace
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let message = Array(state.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                message.withUnsafeBytes { body in sendto(fd, body.baseAddress, body.count, Int32(MSG_NOSIGNAL), socketAddress, length) }
            }
        }
        return sent == message.count
    }
}

/// Lets a watchdog ping through at most once per interval, across tasks.
final class WatchdogGate: @unchecked Sendable {
    private let lock = NSLock()
    private let interval: Duration
    private var last: ContinuousClock.Instant?

    init(interval: Duration) { self.interval = interval }

    /// True when a ping may go now (and books it).
    func open() -> Bool {
        lock.withLock {
            let now = ContinuousClock.now
            if let last, now - last < interval { return false }
            last = now
            return true
        }
    }
}
