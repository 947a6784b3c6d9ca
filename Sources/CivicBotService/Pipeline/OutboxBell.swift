import Synchronization

/// Rung when a webhook's transaction has queued answers, so that the sender sends them at once
/// instead of finding them at its next poll; the sender still polls now and then (rows queued
/// by another process, a ring missed at start-up). A ring while nobody waits is kept for the
/// next wait; rings before it are one.
public final class OutboxBell: Sendable {
    private struct State {
        var rung = false
        var cancelled = false
        var waiter: CheckedContinuation<Void, Never>?
    }
    private let state = Mutex(State())

    /// A bell nobody has rung.
    public init() {}

    /// Wakes the sender, or else the next wait (a ring that woke a waiter is not kept).
    public func ring() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { s in
            guard let waiter = s.waiter else {
                s.rung = true
                return nil
            }
            s.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns at a ring (true), after `timeout` on `clock`, or at graceful shutdown (the clock's
    /// sleep ends then), whichever comes first. One waiter at a time.
    public func wait(upTo timeout: Duration, clock: ServeClock) async -> Bool {
        if state.withLock({ s in defer { s.rung = false }; return s.rung }) { return true }
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask { await self.nextRing() }
            group.addTask {
                await clock.sleep(timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    /// True at a ring, false when cancelled first.
    private func nextRing() async -> Bool {
        state.withLock { $0.cancelled = false }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let now: Bool = state.withLock { s in
                    if s.rung || s.cancelled {
                        s.rung = false
                        return true
                    }
                    s.waiter = c
                    return false
                }
                if now { c.resume() }
            }
            return !Task.isCancelled
        } onCancel: {
            let waiter: CheckedContinuation<Void, Never>? = state.withLock { s in
                s.cancelled = true
                defer { s.waiter = nil }
                return s.waiter
            }
            waiter?.resume()
        }
    }
}
