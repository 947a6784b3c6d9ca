import CivicBotTransport
import Foundation
import Testing

/// Tests of `BotUpdate`.
@Suite struct BotUpdateTests {
    /// Decodes a group message update as telegram sends it.
    @Test func decodesAGroupMessageUpdateAsTelegramSendsIt() throws {
        let json = #"""
        {"update_id":870001,
         "message":{"message_id":55,"date":1717000000,"text":"@civicbot วิทยากร เชียงใหม่",
          "from":{"id":1001,"is_bot":false,"first_name":"สมชาย","username":"somchai","language_code":"th"},
          "chat":{"id":-1001234567890,"title":"อาสา","type":"supergroup"},
          "entities":[{"offset":0,"length":9,"type":"mention"}]}}
        """#
        let update = try JSONDecoder().decode(BotUpdate.self, from: Data(json.utf8))
        #expect(update.updateID == 870_001)
        let message = try #require(update.message)
        #expect(message.messageID == 55)
        #expect(message.from == BotUser(id: 1_001, isBot: false, firstName: "สมชาย", username: "somchai"))
        #expect(message.chat.id == -1_001_234_567_890)
        #expect(message.chat.isGroup)
        #expect(message.entities == [BotMessageEntity(type: "mention", offset: 0, length: 9)])
        #expect(message.text == "@civicbot วิทยากร เชียงใหม่")
    }

    /// Decodes an update without a message.
    @Test func decodesAnUpdateWithoutAMessage() throws {
        let json = #"{"update_id":7,"edited_message":{"message_id":1,"date":0,"chat":{"id":1,"type":"private"}}}"#
        let update = try JSONDecoder().decode(BotUpdate.self, from: Data(json.utf8))
        #expect(update == BotUpdate(updateID: 7, message: nil))
    }

    /// Rejects an update without its ID.
    @Test func rejectsAnUpdateWithoutItsID() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BotUpdate.self, from: Data(#"{"message":null}"#.utf8))
        }
    }

    /// Issue 9 item 3a: a message in a shape the bot cannot read marks only its own update unreadable.
    @Test func decodesAnUnreadableMessageAsUnreadableWithoutFailingTheBatch() throws {
        let json = #"""
        [{"update_id":8,"message":{"message_id":1,"date":0,"text":"x","from":{"id":5,"is_bot":false},"chat":{"id":5,"type":"private"}}},
         {"update_id":9,"message":{"message_id":2,"date":0,"text":"y","from":{"id":6,"is_bot":false,"first_name":"ก"},"chat":{"id":6,"type":"private"}}}]
        """#
        let updates = try JSONDecoder().decode([BotUpdate].self, from: Data(json.utf8))
        #expect(updates.map(\.updateID) == [8, 9])
        #expect(updates[0].message == nil)
        #expect(updates[0].unreadable == "missing message.from.first_name")
        #expect(updates[1].unreadable == nil)
        #expect(updates[1].message?.text == "y")
    }
}
