import CivicBotCore
import CivicBotFakeTelegram
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import CivicBotTransport
import Foundation
import Testing

/// The service loop against the fake Bot API: what it answers, and how it survives faults.
@Suite(.serialized) struct PollerTests {
    @Test("answers private questions, replies in groups to the question, stays silent on chatter and other bots' commands")
    func answers() async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        h.server.enqueueMessage("เชียงใหม่มีวิทยากรกี่คน", chatID: 11, fromID: 11)
        h.server.enqueueMessage("ขายเสื้อค่ะ", chatID: -20, chatType: "supergroup", fromID: 12)
        h.server.enqueueMessage("ขอนแก่นมีวิทยากรกี่คนคะ", chatID: -20, chatType: "supergroup", fromID: 13)
        h.server.enqueueMessage("/help@otherbot", chatID: -20, chatType: "group", fromID: 14)
        h.server.enqueueMessage("แล้วอุบลล่ะ", chatID: -20, chatType: "group", fromID: 15, replyToBotMessageID: 5_000)
        h.server.enqueueUpdate(["edited_message": ["message_id": 1, "chat": ["id": 1, "type": "private"], "date": 1]])
        let result = await h.run { h.server.deliveredMessages.count >= 3 && h.server.pendingUpdateIDs.isEmpty && h.server.count(of: "getUpdates") > 2 }
        #expect(result.finished)
        let sent = h.server.deliveredMessages
        #expect(sent.count == 3)
        let core = ["type": Fixtures.typeName("core"), "total": "6"]
        #expect((sent[0]["text"] as? String).map { Fixtures.fills($0, .trainerCount, "type_block", core) } == true)
        #expect(sent[0]["parse_mode"] as? String == "HTML")
        #expect(sent[0]["reply_parameters"] == nil)
        #expect((sent[1]["text"] as? String)?.contains("ขอนแก่น") == true)
        // In a group the answer points at the question.
        let pointer = sent[1]["reply_parameters"] as? [String: Any]
        #expect((pointer?["message_id"] as? NSNumber)?.int64Value != nil)
        #expect((sent[2]["chat_id"] as? NSNumber)?.int64Value == -20)
        #expect(try await h.store.pendingOutbox().isEmpty)
        let log = try h.store.recentInteractions(limit: 10)
        #expect(log.count == 5)
        #expect(log.contains { $0.text == "ขายเสื้อค่ะ" && $0.reply == nil })
        #expect(try h.store.serviceStatus(now: Date()).lastSuccessfulPoll != nil)
    }

    @Test("getUpdates faults are retried until every message is answered exactly once", arguments: [
        FakeBotAPIServer.Fault.internalServerError, .badGatewayHTML, .truncatedJSON, .truncatedBody, .dropConnection,
        .rateLimited(retryAfter: 1), .conflict, .slow(seconds: 4),
    ])
    func pollFaults(fault: FakeBotAPIServer.Fault) async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        h.server.script(fault, fault, for: "getUpdates")
        for i in 0..<5 { h.server.enqueueMessage("วิทยากรทั้งหมดมีกี่คน", chatID: Int64(100 + i), fromID: Int64(100 + i)) }
        let result = await h.run { h.server.deliveredMessages.count >= 5 }
        #expect(result.finished, "\(fault)")
        #expect(h.deliveredByChat() == [100: 1, 101: 1, 102: 1, 103: 1, 104: 1])
        #expect(h.server.count(of: "getUpdates") >= 3)
        // The poller waited after the faults (libcurl itself may retry a dropped reused connection
        // once, so at least one wait): retry_after for each 429, else a backoff within its bounds
        // (20 ms less up to 25 % jitter, at most 200 ms).
        let waits = h.clock.waits(by: "poller")
        #expect(!waits.isEmpty, "\(fault)")
        if case .rateLimited = fault {
            #expect(Array(waits.prefix(2)) == [.seconds(1), .seconds(1)], "\(waits)")
        } else {
            #expect(waits.allSatisfy { $0 >= .milliseconds(15) && $0 <= .milliseconds(200) }, "\(fault): \(waits)")
        }
    }

    @Test("sendMessage faults are retried; a 4xx refusal is dropped and never retried", arguments: [
        FakeBotAPIServer.Fault.internalServerError, .badGatewayHTML, .truncatedJSON, .dropConnection, .rateLimited(retryAfter: 1),
        .slow(seconds: 4),
    ])
    func sendFaults(fault: FakeBotAPIServer.Fault) async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        h.server.script(fault, for: "sendMessage")
        h.server.enqueueMessage("ศส.ปชต. คืออะไร", chatID: 31, fromID: 31)
        h.server.enqueueMessage("อสม. ย่อมาจากอะไร", chatID: 32, fromID: 32)
        let result = await h.run { h.server.deliveredMessages.count >= 2 }
        #expect(result.finished, "\(fault)")
        let chats = h.server.deliveredMessages.compactMap { ($0["chat_id"] as? NSNumber)?.int64Value }
        // Order is kept: the first answer goes out first even when its first try failed.
        #expect(chats.prefix(2) == [31, 32])
        // The failed send was waited on: retry_after for a 429, else a backoff (the idle pauses are
        // 10 ms). A single dropped connection may never fail: libcurl retries a dead reused one.
        let waits = h.clock.waits(by: "sender")
        if case .rateLimited = fault {
            #expect(waits.contains(.seconds(1)), "\(waits)")
        } else if fault != .dropConnection {
            #expect(waits.contains { $0 >= .milliseconds(15) && $0 <= .milliseconds(200) }, "\(fault): \(waits)")
        }
    }

    @Test("a refused send (403) is dropped, recorded, and the queue moves on")
    func refusedSend() async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        h.server.script(.forbidden, for: "sendMessage")
        h.server.enqueueMessage("สวัสดีค่ะ", chatID: 41, fromID: 41)
        h.server.enqueueMessage("สวัสดีครับ", chatID: 42, fromID: 42)
        // Stop once the delivered part is recorded too (the fake server sees it before the store does).
        let result = await h.run {
            guard let status = try? h.store.serviceStatus(now: Date()) else { return false }
            return h.server.deliveredMessages.count >= 1 && status.outboxDropped == 1 && status.outboxPending == 0
        }
        #expect(result.finished)
        #expect(h.server.count(of: "sendMessage") == 2, "the refused message is not sent again")
        #expect(h.deliveredByChat() == [42: 1])
        #expect(try await h.store.pendingOutbox().isEmpty)
    }

    @Test("HTML the API cannot parse is sent once more as plain text")
    func plainTextRetry() async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        h.server.script(.cantParseEntities, for: "sendMessage")
        h.server.enqueueMessage("สวัสดีค่ะ", chatID: 51, fromID: 51)
        let result = await h.run { h.server.deliveredMessages.count >= 1 }
        #expect(result.finished)
        #expect(h.server.deliveredMessages.first?["parse_mode"] == nil)
    }

    @Test("401 stops the service with ServeError.unauthorized")
    func unauthorized() async throws {
        let h = try ServeHarness(token: "999:wrong-token")
        defer { h.server.stop() }
        let result = await h.run(timeout: .seconds(5)) { false }
        #expect(result.error as? ServeError == .unauthorized)
    }

    @Test("updates already processed before a crash are skipped, not answered twice")
    func restartSkipsProcessed() async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        let first = h.server.enqueueMessage("สวัสดีค่ะ", chatID: 61, fromID: 61)
        // As if a previous run recorded the update and crashed before confirming it to the API.
        let processed = ProcessedUpdate(updateID: first, interaction: nil, chatID: 61, isGroup: false, replyToMessageID: nil, parts: [.init(text: "ตอบแล้ว")])
        #expect(try await h.store.record(processed, at: Date()))
        #expect(try await !h.store.record(processed, at: Date()), "the same update twice is refused")
        h.server.enqueueMessage("สวัสดีครับ", chatID: 62, fromID: 62)
        let result = await h.run { h.server.deliveredMessages.count >= 2 }
        #expect(result.finished)
        #expect(h.deliveredByChat() == [61: 1, 62: 1])
        #expect(h.server.deliveredMessages.first?["text"] as? String == "ตอบแล้ว")
    }

    @Test("an admin registers, corrects, removes and restores a trainer through serve; a group list shows no phone")
    func adminThroughServe() async throws {
        let h = try ServeHarness()
        defer { h.server.stop() }
        _ = try h.store.addAdmin(81, by: .cli(nil))
        let form = "ลงทะเบียนวิทยากร ชื่อ นางสาวมาลี ศรีสุข จังหวัด น่าน หน่วยงาน กรมกิจการผู้สูงอายุ ประเภท ขยายผล โทร 0891112222"
        h.server.enqueueMessage(form, chatID: 81, fromID: 81)
        h.server.enqueueMessage("แก้ไขวิทยากร T-0001 โทร 0893334444", chatID: 81, fromID: 81)
        h.server.enqueueMessage("ลบวิทยากร T-0001", chatID: 81, fromID: 81)
        h.server.enqueueMessage("กู้คืนวิทยากร T-0001", chatID: 81, fromID: 81)
        h.server.enqueueMessage("ขอรายชื่อวิทยากรจังหวัดน่านค่ะ", chatID: -82, chatType: "group", fromID: 83)
        h.server.enqueueMessage("ลบวิทยากร T-0001", chatID: 84, fromID: 84)
        let result = await h.run { h.server.deliveredMessages.count >= 6 }
        #expect(result.finished)
        // Order is kept within each chat (the sender takes chats in turn).
        func texts(_ chat: Int64) -> [String] {
            h.server.deliveredMessages.filter { ($0["chat_id"] as? NSNumber)?.int64Value == chat }.compactMap { $0["text"] as? String }
        }
        let admin = texts(81), group = texts(-82), volunteer = texts(84)
        try #require(admin.count == 4 && group.count == 1 && volunteer.count == 1)
        #expect(admin[0].contains("T-0001"))
        #expect(admin[1].contains("0893334444"))
        #expect(group[0].contains("มาลี"))
        #expect(!group[0].contains("089"), "no phone number in a group")
        let refusal = try #require(Fixtures.catalogue.intent(.trainerRemove).replies["refused"])
        #expect(volunteer[0] == refusal, "a volunteer is refused")
        let trainer = try #require(try h.store.trainer(id: 1))
        #expect(trainer.phone == "0893334444")
        #expect(trainer.deletedAt == nil)
    }

    @Test("a chat waiting for flood control does not hold up another chat's answer")
    func noHeadOfLineBlocking() async throws {
        // Real time: in virtual time a second may pass on the sender's clock before the poller has
        // even recorded chat 92's update, and the order would prove nothing.
        let h = try ServeHarness(floodControl: true, virtualTime: false)
        defer { h.server.stop() }
        h.server.enqueueMessage("สวัสดีค่ะ", chatID: 91, fromID: 91)
        h.server.enqueueMessage("สวัสดีครับ", chatID: 91, fromID: 91)
        h.server.enqueueMessage("ขอบคุณค่ะ", chatID: 92, fromID: 92)
        let result = await h.run { h.server.deliveredMessages.count >= 3 }
        #expect(result.finished)
        let chats = h.server.deliveredMessages.compactMap { ($0["chat_id"] as? NSNumber)?.int64Value }
        #expect(chats == [91, 92, 91])
    }

    @Test("side by side, three chats at a time: every chat gets all its answers, each chat's in order, each once")
    func sideBySide() async throws {
        let h = try ServeHarness(sendConcurrency: 3)
        defer { h.server.stop() }
        let questions = ["ลำพูนมีวิทยากรกี่คน", "แพร่มีวิทยากรหลักกี่คน", "น่านมีวิทยากรขยายผลกี่คน", "สวัสดีค่ะ"]
        for round in 0..<questions.count {
            for chat in Int64(61)...Int64(65) { h.server.enqueueMessage(questions[(round + Int(chat)) % questions.count], chatID: chat, fromID: chat) }
        }
        let result = await h.run { h.server.deliveredMessages.count >= 20 }
        #expect(result.finished)
        try await Task.sleep(for: .milliseconds(100))
        let delivered = h.server.deliveredMessages
        #expect(delivered.count == 20, "each answer once")
        for chat in Int64(61)...Int64(65) {
            let texts = delivered.filter { ($0["chat_id"] as? NSNumber)?.int64Value == chat }.compactMap { $0["text"] as? String }
            let provinces = texts.map { t in ["ลำพูน", "แพร่", "น่าน"].first { t.contains($0) } ?? "-" }
            let asked = (0..<questions.count).map { r in ["ลำพูน", "แพร่", "น่าน", "-"][(r + Int(chat)) % questions.count] }
            #expect(provinces == asked, "chat \(chat): \(provinces)")
        }
    }

    @Test("flood control spaces two messages to one chat by a second (on the sender's clock)")
    func floodControl() async throws {
        let h = try ServeHarness(floodControl: true)
        defer { h.server.stop() }
        h.server.enqueueMessage("สวัสดีค่ะ", chatID: 71, fromID: 71)
        h.server.enqueueMessage("สวัสดีครับ", chatID: 71, fromID: 71)
        // Done when the sender has recorded both on its clock: the fake server can hold the second
        // message a moment before the sender, back from the call, records it (seen on CI).
        let result = await h.run { h.server.deliveredMessages.count >= 2 && h.clock.deliveries.count >= 2 }
        #expect(result.finished)
        let sent = h.clock.deliveries
        try #require(sent.map(\.chatID) == [71, 71])
        let gap = sent[1].at - sent[0].at
        #expect(gap >= .seconds(1), "\(gap)")
        #expect(gap < .seconds(2), "the second part waited for its slot only: \(gap)")
        #expect(h.clock.waits(by: "sender").contains { $0 > .milliseconds(10) && $0 <= .seconds(1) }, "the sender waited for the slot")
    }
}

@Suite struct OutgoingTextTests {
    @Test("a long reply is cut into parts that fit once escaped")
    func parts() {
        let line = String(repeating: "ก&<>", count: 50) + "\n"
        let text = String(repeating: line, count: 100)
        let parts = OutgoingText.parts(text)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { HTMLEscaper.escape($0).utf16.count <= 4_096 })
        let content = { (s: String) in s.filter { $0 != "\n" } }
        #expect(content(parts.joined()) == content(text), "nothing but the line breaks at the cuts is lost")
        #expect(OutgoingText.parts("สั้น") == ["สั้น"])
    }
}

@Suite struct UpdateConverterTests {
    func update(text: String?, chatType: String = "private", fromBot: Bool = false, replyFrom: BotUser? = nil) -> BotUpdate {
        let chat = BotChat(id: chatType == "private" ? 5 : -5, type: chatType)
        let reply = replyFrom.map { BotMessage(messageID: 1, from: $0, chat: chat, text: "x") }
        return BotUpdate(updateID: 9, message: BotMessage(messageID: 77, from: BotUser(id: 5, isBot: fromBot, firstName: "ก", username: "somchai"),
                                                          chat: chat, text: text, replyToMessage: reply))
    }

    @Test func converts() throws {
        let c = try #require(UpdateConverter.convert(update(text: "สวัสดี"), botUsername: "civicbot"))
        #expect(c.message == Message(text: "สวัสดี", userID: 5, chatID: 5, chatType: .private, username: "somchai"))
        #expect(c.messageID == 77)
        #expect(UpdateConverter.convert(update(text: "x", chatType: "supergroup"), botUsername: "civicbot")?.message.chatType == .group)
        #expect(UpdateConverter.convert(update(text: nil), botUsername: "civicbot") == nil)
        #expect(UpdateConverter.convert(update(text: "x", chatType: "channel"), botUsername: "civicbot") == nil)
        #expect(UpdateConverter.convert(update(text: "x", fromBot: true), botUsername: "civicbot") == nil)
        let toBot = update(text: "x", chatType: "group", replyFrom: BotUser(id: 1, isBot: true, firstName: "C", username: "CivicBot"))
        #expect(UpdateConverter.convert(toBot, botUsername: "civicbot")?.message.repliesToBot == true)
        let toPerson = update(text: "x", chatType: "group", replyFrom: BotUser(id: 2, firstName: "ส", username: "civicbot"))
        #expect(UpdateConverter.convert(toPerson, botUsername: "civicbot")?.message.repliesToBot == false)
    }

    @Test("issue 9 item 12: an anonymous group admin's message is read as the group's, never an admin's; other bots stay unread")
    func anonymousGroupAdmin() throws {
        let group = BotChat(id: -77, type: "supergroup")
        let anonymous = BotUser(id: UpdateConverter.groupAnonymousBotID, isBot: true, firstName: "Group", username: "GroupAnonymousBot")
        let update = BotUpdate(updateID: 1, message: BotMessage(messageID: 3, from: anonymous, chat: group, text: "x", senderChat: group))
        let converted = try #require(UpdateConverter.convert(update, botUsername: "civicbot"))
        #expect(converted.message.userID == -77)
        #expect(converted.message.username == nil)
        let otherBot = BotUpdate(updateID: 2, message: BotMessage(messageID: 4, from: BotUser(id: 9, isBot: true, firstName: "B"), chat: group, text: "x"))
        #expect(UpdateConverter.convert(otherBot, botUsername: "civicbot") == nil)
    }
}
