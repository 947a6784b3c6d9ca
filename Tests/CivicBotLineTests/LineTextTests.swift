import CivicBotLine
import Testing

/// LINE's limits on a reply: 5,000 UTF-16 units a message, 5 messages.
@Suite struct LineTextTests {
    @Test("a short reply is one message; a long one is cut at line breaks into parts of at most 5,000 units")
    func parts() {
        #expect(LineText.parts("สวัสดีค่ะ", cutNote: "…") == ["สวัสดีค่ะ"])
        let line = String(repeating: "ก", count: 99)
        let text = Array(repeating: line, count: 120).joined(separator: "\n")  // 11,999 units
        let parts = LineText.parts(text, cutNote: "…")
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { $0.utf16.count <= 5_000 })
        #expect(parts.joined(separator: "\n") == text)
    }

    @Test("more than five messages' worth keeps five, the last ending with the note")
    func cut() {
        let line = String(repeating: "ข", count: 999)
        let text = Array(repeating: line, count: 40).joined(separator: "\n")  // 40,000 units
        let parts = LineText.parts(text, cutNote: "(ตัดส่วนที่เหลือ)")
        #expect(parts.count == 5)
        #expect(parts.allSatisfy { $0.utf16.count <= 5_000 })
        #expect(parts[4].hasSuffix("(ตัดส่วนที่เหลือ)"))
    }

    @Test("a push retry key is a UUID, the same for the same row and time, another for another row or time")
    func retryKey() {
        let a = LinePushKey.make(rowID: 7, createdAt: "2026-12-01T10:00:00.000Z")
        #expect(a == LinePushKey.make(rowID: 7, createdAt: "2026-12-01T10:00:00.000Z"))
        #expect(a != LinePushKey.make(rowID: 8, createdAt: "2026-12-01T10:00:00.000Z"))
        #expect(a != LinePushKey.make(rowID: 7, createdAt: "2026-12-01T10:00:00.001Z"))
        #expect(a.count == 36)
        #expect(a.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
    }
}
