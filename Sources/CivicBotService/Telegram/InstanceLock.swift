import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on `<database>.lock`, so two `civicbot serve` on one database never both poll.
/// The kernel releases it when the process dies, so a crash never leaves it stuck.
public final class InstanceLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock, or throws `ServeError.alreadyRunning` when another process holds it.
    public init(database: String) throws {
        path = database + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ServeError.alreadyRunning(lockFile: path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw ServeError.alreadyRunning(lockFile: path)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
