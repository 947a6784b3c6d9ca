/// The time the poller and the outbox sender go by: the monotonic instant flood control and
/// deadlines read, and how they wait (backoff, `retry_after`, flood control, an idle outbox).
/// `real` in the service; tests pass a clock whose waits move its own time on, so what they assert
/// about waiting does not depend on how fast the machine is.
public struct ServeClock: Sendable {
    /// The current instant (monotonic).
    public let now: @Sendable () -> ContinuousClock.Instant
    /// Waits `duration`, returning early (without throwing) on graceful shutdown or cancellation.
    public let sleep: @Sendable (Duration) async -> Void

    /// Makes a clock from its two parts.
    public init(now: @escaping @Sendable () -> ContinuousClock.Instant, sleep: @escaping @Sendable (Duration) async -> Void) {
        self.now = now
        self.sleep = sleep
    }

    /// The system's continuous clock and a real sleep that ends at graceful shutdown.
    public static let real = ServeClock(now: { ContinuousClock.now }, sleep: { await pause($0) })
}
