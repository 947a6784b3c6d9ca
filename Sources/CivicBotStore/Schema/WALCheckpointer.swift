import Foundation
import GRDB
import Synchronization

/// Copies the WAL back into the database file on a thread of its own, so that the writer's commits
/// never pay for a checkpoint.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages: that commit
/// copies the pages and waits for two fsyncs, which on this project's VMs costs about a third of
/// every logged message on average and most of the pipeline's p99. Here the writer's automatic
/// checkpoint is raised to a safety limit (`writerLimitPages`, used only if this thread falls behind
/// or is not running), and a second connection of its own runs `PRAGMA wal_checkpoint(PASSIVE)`
/// every `interval` when another connection has committed since its last look
/// (`PRAGMA data_version`). A passive checkpoint never waits for the writer or readers: it copies
/// what no reader still needs, and the writer starts the WAL over once all of it is copied.
final class WALCheckpointer: Sendable {
    /// The writer's own automatic checkpoint, in pages: a safety net only.
    static let writerLimitPages = 10_000

    private let worker: Worker

    /// Starts checkpointing the WAL database at `path` every `interval` on a thread of its own;
    /// the connection is opened at the first look, so a short command never pays for it.
    init(path: String, interval: Duration = .milliseconds(200)) {
        let worker = Worker(path: path)
        self.worker = worker
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let thread = Thread {
            while true {
                Thread.sleep(forTimeInterval: seconds)
                if worker.stopped.load(ordering: .relaxed) { break }
                worker.look()
            }
        }
        thread.name = "civicbot.wal-checkpoint"
        thread.qualityOfService = .utility
        thread.start()
    }

    deinit {
        // The connection closes now, with the database's other connections (the last one to close
        // checkpoints and removes the WAL); the thread ends at its next wake-up.
        worker.stop()
    }

    /// How many checkpoints have copied pages so far (tests, diagnostics).
    var checkpoints: Int { worker.checkpoints }

    /// One look now, on the caller's thread (tests).
    func checkpointNow() { worker.look() }

    /// Runs `body` while no background look is under way. SQLite gives a checkpoint that finds
    /// another one running SQLITE_BUSY at once (the checkpoint lock takes no busy handler), so
    /// a TRUNCATE checkpoint that must empty the WAL runs in here.
    func holdingStill(_ body: () throws -> Void) throws { try worker.holdingStill(body) }

    private final class Worker: Sendable {
        private struct State {
            var connection: DatabaseQueue?
            var lastVersion: Int64?
            var checkpoints = 0
            var failed = false
        }

        private let path: String
        private let state = Mutex(State())
        let stopped = Atomic<Bool>(false)

        init(path: String) { self.path = path }

        var checkpoints: Int { state.withLock { $0.checkpoints } }

        /// No more looks; closes the connection (after a look under way).
        func stop() {
            stopped.store(true, ordering: .relaxed)
            state.withLock { state in
                state.failed = true
                state.connection = nil
            }
        }

        func holdingStill(_ body: () throws -> Void) throws {
            try state.withLock { _ throws in try body() }
        }

        /// Checkpoints passively if another connection has committed since the last look.
        func look() {
            state.withLock { state in
                guard !state.failed else { return }
                do {
                    if state.connection == nil {
                        var configuration = Configuration()
                        configuration.label = "wal-checkpoint"
                        state.connection = try DatabaseQueue(path: path, configuration: configuration)
                    }
                    guard let connection = state.connection else { return }
                    try connection.writeWithoutTransaction { db in
                        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
                        guard version != state.lastVersion else { return }
                        state.lastVersion = version
                        let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
                        if let copied: Int = row?[2], copied > 0 { state.checkpoints += 1 }
                    }
                } catch {
                    // A database that cannot be opened a second time (removed, read-only mount): the
                    // writer's own automatic checkpoint takes over at its safety limit.
                    state.failed = true
                    state.connection = nil
                }
            }
        }
    }
}
