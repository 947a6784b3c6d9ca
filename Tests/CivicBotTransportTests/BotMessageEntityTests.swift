import CivicBotTransport
import Testing

/// Tests of `BotMessageEntity`.
@Suite struct BotMessageEntityTests {
    /// Offsets count UTF16 units.
    @Test func offsetsCountUTF16Units() {
        let text = "👍 @civicbot ช่วยด้วย"  // the emoji is 2 UTF-16 units
        let entity = BotMessageEntity(type: "mention", offset: 3, length: 9)
        #expect(entity.substring(of: text) == "@civicbot")
    }

    /// Out of range gives nil.
    @Test func outOfRangeGivesNil() {
        #expect(BotMessageEntity(type: "mention", offset: 5, length: 10).substring(of: "short") == nil)
    }
}
