@testable import CivicBotTransport
import Testing

/// Tests of `SlidingWindow`.
@Suite struct SlidingWindowTests {
    /// The fixed start of every scenario; only differences matter.
    let t0 = ContinuousClock.now

    /// Fits counts every window around the slot.
    @Test func fitsCountsEveryWindowAroundTheSlot() {
        let events = [t0, t0 + .milliseconds(500)]
        #expect(!SlidingWindow.fits(t0 + .milliseconds(900), events: events, limit: 2, window: .seconds(1)))
        #expect(SlidingWindow.fits(t0 + .seconds(1), events: events, limit: 2, window: .seconds(1)))
    }

    /// Earliest finds a gap between bookings.
    @Test func earliestFindsAGapBetweenBookings() {
        // Bookings at 0 s and 3 s with 1 s spacing: a slot asked for at 0.5 s fits at 1 s, before 3 s.
        let events = [t0, t0 + .seconds(3)]
        #expect(SlidingWindow.earliest(after: t0 + .milliseconds(500), events: events, limit: 1, window: .seconds(1))
            == t0 + .seconds(1))
        // Asked for at 2.5 s: too close to 3 s, so after it.
        #expect(SlidingWindow.earliest(after: t0 + .milliseconds(2_500), events: events, limit: 1, window: .seconds(1))
            == t0 + .seconds(4))
    }

    /// Inserting keeps order.
    @Test func insertingKeepsOrder() {
        let events = [t0, t0 + .seconds(2)]
        #expect(SlidingWindow.inserting(t0 + .seconds(1), into: events) == [t0, t0 + .seconds(1), t0 + .seconds(2)])
    }
}
