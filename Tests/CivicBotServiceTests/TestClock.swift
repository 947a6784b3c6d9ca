import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTransport
import Synchronization

/// Virtual time for the poller and the outbox sender: a wait moves this clock on at once by the
/// whole duration (and takes a millisecond of real time, so idle loops do not spin). It records
/// who waited how long and when each delivery went out, in virtual time, so tests about waiting
/// do not depend on the machine's speed.
final class TestClock: Sendable {
    /// One wait: which service, and how long.
    struct Wait: Equatable {
        let by: String
        let duration: Duration
    }

    /// One delivered part: its chat, and the virtual time it went out.
    struct Delivery: Equatable {
        let chatID: Int64
        let at: Duration
    }

    private struct State {
        var elapsed: Duration = .zero
        var waits: [Wait] = []
        var deliveries: [Delivery] = []
    }

    private let start = ContinuousClock.now
    private let state = Mutex(State())

    /// Virtual time since the clock was made.
    var elapsed: Duration { state.withLock { $0.elapsed } }

    /// The waits of one service (`"poller"`, `"sender"`), in order.
    func waits(by name: String) -> [Duration] { state.withLock { $0.waits.filter { $0.by == name }.map(\.duration) } }

    /// Every delivery so far, in order.
    var deliveries: [Delivery] { state.withLock { $0.deliveries } }

    /// The clock a service named `name` runs on.
    func serveClock(for name: String) -> ServeClock {
        ServeClock(
            now: { [self] in start + elapsed },
            sleep: { [self] duration in
                guard duration > .zero else { return }
                state.withLock {
                    $0.elapsed += duration
                    $0.waits.append(Wait(by: name, duration: duration))
                }
                try? await Task.sleep(for: .milliseconds(1))
            })
    }

    /// Notes that a part to `chatID` went out now.
    func noteDelivery(chatID: Int64) {
        state.withLock { $0.deliveries.append(Delivery(chatID: chatID, at: $0.elapsed)) }
    }
}

/// Telegram's delivery, noting on a `TestClock` when each part went out.
struct RecordingDelivery: MessageDelivery {
    let inner: TelegramDelivery
    let clock: TestClock

    var platform: Platform { inner.platform }

    func deliver(_ part: OutboxMessage) async throws {
        try await inner.deliver(part)
        clock.noteDelivery(chatID: part.chatID)
    }
}
