/// Exponential backoff with jitter: about 1 s, doubling each failure up to a 30 s cap; `reset()` after a success.
///
/// The random source is injected so tests can fix it.
public struct Backoff: Sendable {
    /// The delay before jitter after the first failure.
    public let initial: Duration
    /// The largest delay ever returned.
    public let maximum: Duration
    /// Fraction of the delay that jitter may take away (0 = none, 0.5 = between half and all of it).
    public let jitter: Double
    /// Failures since the last reset.
    public private(set) var attempt = 0
    private let random: @Sendable () -> Double

    /// Creates a backoff; `random` returns values in 0..<1 (defaults to the system generator).
    public init(
        initial: Duration = .seconds(1),
        maximum: Duration = .seconds(30),
        jitter: Double = 0.25,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.initial = initial
        self.maximum = maximum
        self.jitter = min(max(jitter, 0), 1)
        self.random = random
    }

    /// The delay to wait after one more failure: `min(initial·2ⁿ, maximum)` less up to `jitter` of it.
    public mutating func next() -> Duration {
        let exponent = min(attempt, 32)
        attempt += 1
        let base = min(initial * Double(1 << exponent), maximum)
        let draw = min(max(random(), 0), 1)
        return base * (1 - jitter * draw)
    }

    /// Starts over after a success.
    public mutating func reset() {
        attempt = 0
    }
}
