import CivicBotTransport
import Testing

/// Tests of `HTMLEscaper`.
@Suite struct HTMLEscaperTests {
    /// Escapes the three reserved characters.
    @Test func escapesTheThreeReservedCharacters() {
        #expect(HTMLEscaper.escape("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d")
    }

    /// Escapes ampersands of existing entities only once.
    @Test func escapesAmpersandsOfExistingEntitiesOnlyOnce() {
        #expect(HTMLEscaper.escape("&lt;b&gt;") == "&amp;lt;b&amp;gt;")
        #expect(HTMLEscaper.escape("<&>") == "&lt;&amp;&gt;")
    }

    /// Leaves thai and emoji untouched.
    @Test func leavesThaiAndEmojiUntouched() {
        let text = "ศส.ปชต. เชียงใหม่ 👨‍👩‍👧 \"quoted\""
        #expect(HTMLEscaper.escape(text) == text)
        #expect(HTMLEscaper.escape("กกต. <ECT>") == "กกต. &lt;ECT&gt;")
    }
}
