import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on `<database>.lock`, so two `civicbot serve` on one database never both poll.
/// The database path is resolved first (symlinks, `..`, the working directory), so every path that
/// names the same file names the same lock. The kernel releases it when the process dies, so a
/// crash never leaves it stuck.
public final class InstanceLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock, or throws `ServeError.alreadyRunning` when another process holds it, and
    /// `ServeError.lockUnavailable` when the lock file cannot be made or locked at all (a folder
    /// this user may not write, a full disk).
    public init(database: String) throws {
        path = Self.resolved(database) + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ServeError.lockUnavailable(lockFile: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw ServeError.alreadyRunning(lockFile: path) }
            throw ServeError.lockUnavailable(lockFile: path, reason: String(cString: strerror(code)))
        }
        descriptor = fd
    }

    /// The absolute path of `database` with every symlink resolved: of the file itself, or, when
    /// it does not exist yet, of its folder (following a dangling symlink to where SQLite will create it).
    static func resolved(_ database: String) -> String {
        func real(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var url = URL(fileURLWithPath: database)
        for _ in 0..<8 {
            if let file = real(url.path) { return file }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { break }
            url = URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent())
        }
        if let folder = real(url.deletingLastPathComponent().path) { return folder + "/" + url.lastPathComponent }
        return url.standardizedFileURL.path
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
