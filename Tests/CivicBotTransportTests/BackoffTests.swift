import CivicBotTransport
import Foundation
import Testing

/// Tests of `Backoff`.
@Suite struct BackoffTests {
    /// Doubles from one second to the cap without jitter.
    @Test func doublesFromOneSecondToTheCapWithoutJitter() {
        var backoff = Backoff(jitter: 0)
        let delays = (0..<8).map { _ in backoff.next() }
        #expect(delays == [1, 2, 4, 8, 16, 30, 30, 30].map { Duration.seconds($0) })
        #expect(backoff.attempt == 8)
    }

    /// Jitter takes away at most its fraction.
    @Test func jitterTakesAwayAtMostItsFraction() {
        var lowest = Backoff(jitter: 0.5, random: { 0.999_999 })
        var highest = Backoff(jitter: 0.5, random: { 0 })
        #expect(highest.next() == .seconds(1))
        #expect(highest.next() == .seconds(2))
        let low1 = lowest.next()
        let low2 = lowest.next()
        #expect(low1 > .milliseconds(499) && low1 < .milliseconds(501))
        #expect(low2 > .milliseconds(999) && low2 < .milliseconds(1_001))
    }

    /// Injected sequence gives an exact sequence.
    @Test func injectedSequenceGivesAnExactSequence() {
        let draws = Draws([0.0, 0.5, 1.0, 0.2])
        var backoff = Backoff(jitter: 0.25, random: { draws.next() })
        let delays = (0..<4).map { _ in backoff.next() }
        let expected: [Duration] = [.seconds(1), .milliseconds(1_750), .seconds(3), .milliseconds(7_600)]
        for (delay, want) in zip(delays, expected) {
            #expect(abs(delay - want) < .microseconds(1), "\(delay) vs \(want)")
        }
    }

    /// Reset starts over after a success.
    @Test func resetStartsOverAfterASuccess() {
        var backoff = Backoff(jitter: 0)
        _ = backoff.next()
        _ = backoff.next()
        _ = backoff.next()
        backoff.reset()
        #expect(backoff.attempt == 0)
        #expect(backoff.next() == .seconds(1))
    }

    /// Never exceeds the cap even after many failures.
    @Test func neverExceedsTheCapEvenAfterManyFailures() {
        var backoff = Backoff(maximum: .seconds(30), jitter: 0)
        for _ in 0..<100 { _ = backoff.next() }
        #expect(backoff.next() == .seconds(30))
    }
}

/// The absolute value of a duration.
func abs(_ duration: Duration) -> Duration { duration < .zero ? .zero - duration : duration }

/// A fixed sequence of random draws, thread-safe for the `@Sendable` closure.
final class Draws: @unchecked Sendable {
    private var values: [Double]
    private let lock = NSLock()

    /// Creates the sequence.
    init(_ values: [Double]) { self.values = values }

    /// The next draw (0 once the list is used up).
    func next() -> Double {
        lock.withLock { values.isEmpty ? 0 : values.removeFirst() }
    }
}
