/// Sliding-window arithmetic over sorted booking instants, for `FloodControl`.
enum SlidingWindow {
    /// The earliest instant ≥ `start` at which one more event keeps every window of length
    /// `window` at `limit` events or fewer, given the sorted `events` (past and booked).
    static func earliest<I: InstantProtocol>(after start: I, events: [I], limit: Int, window: I.Duration) -> I {
        if fits(start, events: events, limit: limit, window: window) { return start }
        // A slot can only become valid where an older event leaves the window: at event + window.
        for candidate in events.map({ $0.advanced(by: window) }) where candidate > start {
            if fits(candidate, events: events, limit: limit, window: window) { return candidate }
        }
        return (events.last ?? start).advanced(by: window)
    }

    /// Whether adding `slot` keeps every window of length `window` at `limit` events or fewer.
    static func fits<I: InstantProtocol>(_ slot: I, events: [I], limit: Int, window: I.Duration) -> Bool {
        guard events.count >= limit else { return true }
        let position = insertionIndex(of: slot, in: events)
        var all = events
        all.insert(slot, at: position)
        // Any run of limit+1 consecutive events that includes the slot must span at least `window`.
        let lowest = max(0, position - limit)
        let highest = min(position, all.count - 1 - limit)
        guard lowest <= highest else { return true }
        for first in lowest...highest where all[first].duration(to: all[first + limit]) < window {
            return false
        }
        return true
    }

    /// `events` with `instant` inserted in order.
    static func inserting<I: Comparable>(_ instant: I, into events: [I]) -> [I] {
        var result = events
        result.insert(instant, at: insertionIndex(of: instant, in: events))
        return result
    }

    /// Where `instant` goes in the sorted `events` (after any equal ones).
    static func insertionIndex<I: Comparable>(of instant: I, in events: [I]) -> Int {
        events.firstIndex { $0 > instant } ?? events.endIndex
    }
}
