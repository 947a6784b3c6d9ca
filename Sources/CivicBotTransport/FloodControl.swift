/// Decides when the next message to a chat may go, within Telegram's limits: about one message a
/// second per chat, 20 a minute per group, 30 a second overall.
///
/// Pure: time is passed in and nothing sleeps. `reserve` books a send slot and returns how long to
/// wait for it; messages are queued, never dropped. Disable it for benchmarks.
public struct FloodControl: Sendable {
    /// The limits applied.
    public struct Limits: Sendable {
        /// Minimum spacing of two messages to the same chat.
        public var perChatInterval: Duration
        /// Messages per `groupWindow` to one group.
        public var perGroup: Int
        /// The window of `perGroup`.
        public var groupWindow: Duration
        /// Messages per `globalWindow` over all chats.
        public var global: Int
        /// The window of `global`.
        public var globalWindow: Duration

        /// Telegram's published limits.
        public init(
            perChatInterval: Duration = .seconds(1), perGroup: Int = 20, groupWindow: Duration = .seconds(60),
            global: Int = 30, globalWindow: Duration = .seconds(1)
        ) {
            self.perChatInterval = perChatInterval
            self.perGroup = perGroup
            self.groupWindow = groupWindow
            self.global = global
            self.globalWindow = globalWindow
        }
    }

    /// The instant type used throughout (monotonic).
    public typealias Instant = ContinuousClock.Instant

    /// The limits in force.
    public let limits: Limits
    /// When false, every message may go at once (benchmarks).
    public var isEnabled: Bool
    private var chatSends: [Int64: [Instant]] = [:]
    private var globalSends: [Instant] = []

    /// Creates a flood control with Telegram's limits, enabled unless told otherwise.
    public init(limits: Limits = Limits(), isEnabled: Bool = true) {
        self.limits = limits
        self.isEnabled = isEnabled
    }

    /// Books the earliest slot at or after `now` for a message to `chatID` and returns the wait until it.
    public mutating func reserve(chatID: Int64, isGroup: Bool, now: Instant) -> Duration {
        guard isEnabled else { return .zero }
        forget(before: now)
        let chat = chatSends[chatID, default: []]
        var slot = now
        while true {
            var next = SlidingWindow.earliest(after: slot, events: chat, limit: 1, window: limits.perChatInterval)
            if isGroup {
                next = SlidingWindow.earliest(after: next, events: chat, limit: limits.perGroup, window: limits.groupWindow)
            }
            next = SlidingWindow.earliest(after: next, events: globalSends, limit: limits.global, window: limits.globalWindow)
            if next == slot { break }
            slot = next
        }
        chatSends[chatID] = SlidingWindow.inserting(slot, into: chat)
        globalSends = SlidingWindow.inserting(slot, into: globalSends)
        return slot - now
    }

    /// Chats with a booking still inside a window (for tests and metrics).
    public var trackedChats: Int { chatSends.count }

    /// Drops bookings too old to matter to any window.
    private mutating func forget(before now: Instant) {
        let horizon = max(limits.perChatInterval, limits.groupWindow, limits.globalWindow)
        globalSends.removeAll { $0 + limits.globalWindow <= now }
        for (chat, sends) in chatSends {
            let kept = sends.filter { $0 + horizon > now }
            chatSends[chat] = kept.isEmpty ? nil : kept
        }
    }
}
