import CivicBotTransport
import Testing

/// Tests of `MessageSplitter`.
@Suite struct MessageSplitterTests {
    /// Short text comes back whole.
    @Test func shortTextComesBackWhole() {
        #expect(MessageSplitter.split("สวัสดีครับ") == ["สวัสดีครับ"])
    }

    /// Exactly the limit is one part and one more is two.
    @Test func exactlyTheLimitIsOnePartAndOneMoreIsTwo() {
        let exact = String(repeating: "a", count: 4_096)
        #expect(MessageSplitter.split(exact) == [exact])
        let parts = MessageSplitter.split(exact + "b")
        #expect(parts.count == 2)
        #expect(parts.map(\.utf16.count) == [4_096, 1])
        #expect(parts.joined() == exact + "b")
    }

    /// Prefers the last line break.
    @Test func prefersTheLastLineBreak() {
        let first = String(repeating: "ก", count: 3_000)
        let second = String(repeating: "ข", count: 2_000)
        let parts = MessageSplitter.split(first + "\n" + second)
        #expect(parts == [first, second])
    }

    /// Falls back to spaces when there is no line break.
    @Test func fallsBackToSpacesWhenThereIsNoLineBreak() {
        let words = Array(repeating: "เชียงใหม่", count: 1_000)  // 9 UTF-16 units each, 9,999 with spaces
        let parts = MessageSplitter.split(words.joined(separator: " "))
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { $0.utf16.count <= 4_096 })
        #expect(parts.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        #expect(parts.joined(separator: " ") == words.joined(separator: " "))
    }

    /// Never cuts thai marks from their base.
    @Test func neverCutsThaiMarksFromTheirBase() {
        // "กำ่" style clusters: a consonant with sara am and a tone mark is one Character, 3 units.
        let cluster = "น้ำ"
        #expect(cluster.count == 1 && cluster.utf16.count == 3)
        let text = String(repeating: cluster, count: 2_000)  // 6,000 units, no spaces or breaks
        let parts = MessageSplitter.split(text)
        #expect(parts.count == 2)
        #expect(parts[0].utf16.count == 4_095)  // 1,365 whole clusters; 4,096 would split one
        #expect(parts.allSatisfy { $0.allSatisfy { $0 == Character(cluster) } })
        #expect(parts.joined() == text)
    }

    /// Keeps emoji sequences whole.
    @Test func keepsEmojiSequencesWhole() {
        let family = "👨‍👩‍👧‍👦"  // one Character, 11 UTF-16 units
        let text = String(repeating: "x", count: 4_090) + family + "tail"
        let parts = MessageSplitter.split(text)
        #expect(parts == [String(repeating: "x", count: 4_090), family + "tail"])
    }

    /// Respects a smaller limit and drops blank parts.
    @Test func respectsASmallerLimitAndDropsBlankParts() {
        let parts = MessageSplitter.split("one two\n\n\nthree four", limit: 8)
        #expect(parts == ["one two", "three", "four"])
        #expect(parts.allSatisfy { $0.utf16.count <= 8 })
    }
}
