import CivicBotTransport
import Testing

/// Tests of `BotChat`.
@Suite struct BotChatTests {
    /// Group kinds.
    @Test(arguments: [("private", false), ("group", true), ("supergroup", true), ("channel", false)])
    func groupKinds(type: String, isGroup: Bool) {
        #expect(BotChat(id: 1, type: type).isGroup == isGroup)
    }
}
