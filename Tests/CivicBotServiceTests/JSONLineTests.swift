import CivicBotCore
import CivicBotService
import Foundation
import Testing

@Suite struct JSONLineTests {
    @Test("plain text is a private message from user 1")
    func plain() {
        #expect(JSONLine.parse("สวัสดี") == .message(Message(text: "สวัสดี", userID: 1, chatID: 1, chatType: .private)))
        #expect(JSONLine.parse("") == .message(Message(text: "", userID: 1, chatID: 1, chatType: .private)))
    }

    @Test("a JSON object with every field")
    func object() {
        let line = #"{"text":"วิทยากร","user_id":5,"chat_id":-9,"chat_type":"group","username":"a","reply_to_bot":true}"#
        #expect(JSONLine.parse(line) == .message(Message(text: "วิทยากร", userID: 5, chatID: -9, chatType: .group, username: "a", repliesToBot: true)))
        #expect(JSONLine.parse(#"{"text":"x","chat_type":"supergroup"}"#) == .message(Message(text: "x", userID: 1, chatID: 1, chatType: .group)))
    }

    @Test("bad lines are errors, never crashes", arguments: [
        "{bad", #"{"user_id":1}"#, #"{"text":5}"#, #"{"text":"x","user_id":"1"}"#, #"{"text":"x","user_id":1.5}"#,
        #"{"text":"x","chat_type":"channel"}"#, #"{"text":"x","reply_to_bot":"yes"}"#, "{}", "{\"text\":\"\u{0}\"",
    ])
    func bad(line: String) {
        guard case .error(let reason) = JSONLine.parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test("output: intent, slots, reply or null")
    func output() {
        #expect(JSONLine.output(Reply(intent: .unknown, slots: [:], text: nil)) == #"{"intent":"unknown","reply":null,"slots":{}}"#)
        #expect(JSONLine.output(Reply(intent: .trainerCount, slots: ["province": "น่าน"], text: "a/b\n\"c\""))
            == #"{"intent":"trainer_count","reply":"a/b\n\"c\"","slots":{"province":"น่าน"}}"#)
        #expect(JSONLine.error("x") == #"{"error":"x"}"#)
    }
}

@Suite struct SlotEncodingTests {
    @Test("slots are valid JSON with sorted keys, whatever the text", arguments: [
        ["province": "อุบลราชธานี"], [:], ["b": "x", "a": "\"quoted\" \\ back/slash"], ["term": "line\nbreak\ttab\u{1}\u{1F}"],
    ])
    func roundTrip(slots: [String: String]) throws {
        let encoded = JSONLine.encode(slots)
        let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: String]
        #expect(decoded == slots)
        let keys = slots.keys.sorted()
        if keys.count == 2 { #expect(encoded.hasPrefix("{\"\(keys[0])\"")) }
    }
}

@Suite struct TimestampTests {
    @Test("UTC ISO 8601 with milliseconds, as the database stores every time")
    func format() {
        #expect(Bot.timestamp(Date(timeIntervalSince1970: 1_795_000_000)) == "2026-11-18T11:06:40.000Z")
        #expect(Bot.timestamp(Date(timeIntervalSince1970: 0.5)) == "1970-01-01T00:00:00.500Z")
        #expect(Bot.timestamp(Date(timeIntervalSince1970: 1_709_251_199.999)) == "2024-02-29T23:59:59.999Z")
    }
}
