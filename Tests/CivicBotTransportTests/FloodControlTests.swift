import CivicBotTransport
import Testing

/// Tests of `FloodControl`.
@Suite struct FloodControlTests {
    /// The fixed start of every scenario; only differences matter.
    let t0 = ContinuousClock.now

    /// First message goes at once.
    @Test func firstMessageGoesAtOnce() {
        var flood = FloodControl()
        #expect(flood.reserve(chatID: 1, isGroup: false, now: t0) == .zero)
    }

    /// Second message to the same chat waits one second.
    @Test func secondMessageToTheSameChatWaitsOneSecond() {
        var flood = FloodControl()
        _ = flood.reserve(chatID: 1, isGroup: false, now: t0)
        #expect(flood.reserve(chatID: 1, isGroup: false, now: t0 + .milliseconds(300)) == .milliseconds(700))
        // Queued behind the booked slot, never dropped.
        #expect(flood.reserve(chatID: 1, isGroup: false, now: t0 + .milliseconds(300)) == .milliseconds(1_700))
    }

    /// Other chats are not held up by one chat.
    @Test func otherChatsAreNotHeldUpByOneChat() {
        var flood = FloodControl()
        _ = flood.reserve(chatID: 1, isGroup: false, now: t0)
        #expect(flood.reserve(chatID: 2, isGroup: false, now: t0) == .zero)
    }

    /// A group gets twenty messages a minute.
    @Test func aGroupGetsTwentyMessagesAMinute() {
        var flood = FloodControl()
        var waits: [Duration] = []
        for _ in 0..<21 {
            waits.append(flood.reserve(chatID: -100, isGroup: true, now: t0))
        }
        #expect(waits[0..<20] == ArraySlice((0..<20).map { Duration.seconds($0) }))
        #expect(waits[20] == .seconds(60))  // the 21st waits for the first to leave the minute
    }

    /// A private chat is not limited per minute.
    @Test func aPrivateChatIsNotLimitedPerMinute() {
        var flood = FloodControl()
        var last = Duration.zero
        for _ in 0..<21 { last = flood.reserve(chatID: 5, isGroup: false, now: t0) }
        #expect(last == .seconds(20))
    }

    /// Thirty messages a second overall.
    @Test func thirtyMessagesASecondOverall() {
        var flood = FloodControl()
        let waits = (0..<31).map { chat in flood.reserve(chatID: Int64(chat), isGroup: false, now: t0) }
        #expect(waits[0..<30].allSatisfy { $0 == .zero })
        #expect(waits[30] == .seconds(1))
    }

    /// Waits shrink as time passes.
    @Test func waitsShrinkAsTimePasses() {
        var flood = FloodControl()
        _ = flood.reserve(chatID: 1, isGroup: false, now: t0)
        #expect(flood.reserve(chatID: 1, isGroup: false, now: t0 + .seconds(5)) == .zero)
        #expect(flood.trackedChats == 1)
        _ = flood.reserve(chatID: 2, isGroup: false, now: t0 + .seconds(120))
        #expect(flood.trackedChats == 1)  // chat 1's old sends were forgotten
    }

    /// Disabled lets everything go at once.
    @Test func disabledLetsEverythingGoAtOnce() {
        var flood = FloodControl(isEnabled: false)
        let waits = (0..<50).map { _ in flood.reserve(chatID: -1, isGroup: true, now: t0) }
        #expect(waits.allSatisfy { $0 == .zero })
    }
}
