import Foundation
import Synchronization

/// Independent start-up work run side by side, on every core (decoding the Intents/ files;
/// building the matcher while the database opens).
public enum SideBySide {
    /// Runs `jobs` at once and gives their values in order. When some throw, the first job's
    /// error (in order) is thrown, so a broken Intents/ reports the same file every time.
    public static func values(_ jobs: [@Sendable () throws -> any Sendable]) throws -> [any Sendable] {
        let results = Slots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, Result { try jobs[i]() })
        }
        return try results.values()
    }

    /// Where the jobs leave their results: one slot a job, behind a lock.
    private final class Slots: Sendable {
        private let slots: Mutex<[Result<any Sendable, any Error>?]>
        init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
        func set(_ i: Int, _ result: sending Result<any Sendable, any Error>) { slots.withLock { $0[i] = result } }
        func values() throws -> [any Sendable] {
            try slots.withLock { slots in try slots.map { try $0!.get() } }
        }
    }
}
