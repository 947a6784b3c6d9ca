import CivicBotCore
import CivicBotService
import Foundation
import Testing

@Suite struct JSONLineTests {
    @Test("plain text is a private console message from user 1")
    func plain() {
        #expect(JSONLine.parse("สวัสดี") == .message(Message(text: "สวัสดี", userID: 1, chatID: 1, chatType: .private, platform: .console)))
        #expect(JSONLine.parse("") == .message(Message(text: "", userID: 1, chatID: 1, chatType: .private, platform: .console)))
    }

    @Test("a JSON object is Telegram's unless it says \"platform\": \"line\"")
    func platform() {
        let telegram = Message(text: "x", userID: 5, chatID: 5, chatType: .private, platform: .telegram)
        #expect(JSONLine.parse(#"{"text":"x","user_id":5}"#) == .message(telegram))
        #expect(JSONLine.parse(#"{"text":"x","user_id":5,"platform":"telegram"}"#) == .message(telegram))
        let line = #"{"text":"x","user_id":"U4af4980629a1b2c3d4e5f60718293a4b","platform":"line","chat_type":"group","chat_id":-3}"#
        #expect(JSONLine.parse(line) == .message(Message(text: "x", userID: LineEventConverter.userKey("U4af4980629a1b2c3d4e5f60718293a4b"), chatID: -3, chatType: .group, platform: .line,
                                                         platformUserID: "U4af4980629a1b2c3d4e5f60718293a4b")))
        guard case .message(let m) = JSONLine.parse(#"{"text":"x","user_id":"Uabc","platform":"line"}"#) else {
            Issue.record("a LINE line was refused")
            return
        }
        #expect(m.platform == .line && m.platformUserID == "Uabc" && m.userID == LineEventConverter.userKey("Uabc") && m.userID < 0 && m.chatID == 0)
    }

    @Test("a bad platform, or a LINE line without a U… string user id, is an error", arguments: [
        #"{"text":"x","user_id":5,"platform":"line"}"#, #"{"text":"x","user_id":"C123","platform":"line"}"#,
        #"{"text":"x","user_id":"u123","platform":"line"}"#, #"{"text":"x","platform":"line"}"#,
        #"{"text":"x","user_id":"U1","platform":"whatsapp"}"#, #"{"text":"x","platform":5}"#,
        #"{"text":"x","user_id":"U1","platform":"telegram"}"#, #"{"text":"x","user_id":"U1"}"#,
    ])
    func badPlatform(line: String) {
        guard case .error(let reason) = JSONLine.parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(reason.contains("user_id") || reason.contains("platform"), "\(reason)")
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

    @Test("output: intent, lang, slots, reply or null")
    func output() {
        #expect(JSONLine.output(Reply(intent: .unknown, slots: [:], text: nil)) == #"{"intent":"unknown","lang":"th","reply":null,"slots":{}}"#)
        #expect(JSONLine.output(Reply(intent: .trainerCount, slots: ["province": "น่าน"], text: "a/b\n\"c\""))
            == #"{"intent":"trainer_count","lang":"th","reply":"a/b\n\"c\"","slots":{"province":"น่าน"}}"#)
        #expect(JSONLine.output(Reply(intent: .help, slots: [:], text: "Hello", language: .english))
            == #"{"intent":"help","lang":"en","reply":"Hello","slots":{}}"#)
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
