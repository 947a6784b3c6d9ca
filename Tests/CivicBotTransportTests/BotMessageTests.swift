import CivicBotTransport
import Foundation
import Testing

/// Tests of `BotMessage`.
@Suite struct BotMessageTests {
    /// Decodes the message it replies to.
    @Test func decodesTheMessageItRepliesTo() throws {
        let json = #"""
        {"message_id":9,"date":1,"text":"แล้วลำพูนล่ะ",
         "from":{"id":5,"is_bot":false,"first_name":"A"},
         "chat":{"id":-42,"type":"group","title":"g"},
         "reply_to_message":{"message_id":8,"date":0,"text":"เชียงใหม่มี 12 คน",
           "from":{"id":7000001,"is_bot":true,"first_name":"CivicBot","username":"civicbot"},
           "chat":{"id":-42,"type":"group","title":"g"}}}
        """#
        let message = try JSONDecoder().decode(BotMessage.self, from: Data(json.utf8))
        let original = try #require(message.replyToMessage)
        #expect(original.messageID == 8)
        #expect(original.from?.username == "civicbot")
        #expect(original.from?.isBot == true)
        #expect(original.replyToMessage == nil)
        #expect(message.entities.isEmpty)
        #expect(message.from?.username == nil)
    }

    /// Text is optional.
    @Test func textIsOptional() throws {
        let json = #"{"message_id":3,"date":1,"chat":{"id":1,"type":"private"},"sticker":{"file_id":"x"}}"#
        let message = try JSONDecoder().decode(BotMessage.self, from: Data(json.utf8))
        #expect(message.text == nil)
        #expect(message.from == nil)
    }

    /// Reply can be set and cleared.
    @Test func replyCanBeSetAndCleared() {
        let chat = BotChat(id: 1, type: "private")
        var message = BotMessage(messageID: 2, from: nil, chat: chat, text: "b")
        message.replyToMessage = BotMessage(messageID: 1, from: nil, chat: chat, text: "a")
        #expect(message.replyToMessage?.text == "a")
        message.replyToMessage = nil
        #expect(message.replyToMessage == nil)
    }
}
