import CivicBotCore
import CivicBotFakeLine
import CivicBotLine
import CivicBotService
import Foundation
import Testing

/// Webhook bodies as LINE sends them, and what the bot makes of each event.
@Suite struct LineWebhookTests {
    let platform = FakeLinePlatform()

    @Test("events decode with their ids, redelivery flag, source and mention; an unreadable event is nil, not a failure")
    func decoding() throws {
        let user = FakeLinePlatform.userID(1), group = FakeLinePlatform.groupID(2)
        var redelivered = platform.messageEvent("ติดต่อใครได้บ้าง", from: user, group: group, mentionSelf: true)
        redelivered["deliveryContext"] = ["isRedelivery": true]
        redelivered["unknownField"] = ["added": "by LINE later"]
        let body = platform.body([redelivered, ["type": "message"], platform.chatEvent("follow", user: user)])
        let webhook = try LineWebhook.parse(body)
        #expect(webhook.events.count == 3)
        #expect(webhook.events[1] == nil)
        let event = try #require(webhook.events[0])
        #expect(event.isRedelivery)
        #expect(event.webhookEventId == redelivered["webhookEventId"] as? String)
        #expect(event.source?.isGroup == true)
        #expect(event.source?.chatID == group)
        #expect(event.message?.mention?.mentionees.first?.isSelf == true)
        #expect(webhook.events[2]?.type == "follow")
        #expect(throws: (any Error).self) { try LineWebhook.parse(Data("[]".utf8)) }
        #expect(throws: (any Error).self) { try LineWebhook.parse(Data()) }
    }

    @Test("group and room are group chats, a user chat private; a self-mention addresses the bot and leaves the text; another user's mention does not")
    func conversion() throws {
        let user = FakeLinePlatform.userID(1), group = FakeLinePlatform.groupID(2)
        let mentioned = try #require(try LineWebhook.parse(platform.body([platform.messageEvent("เชียงใหม่มีวิทยากรกี่คน", from: user, group: group, mentionSelf: true)])).events[0])
        guard case .message(let m) = LineEventConverter.work(for: mentioned) else { Issue.record("not a message"); return }
        #expect(m.chatType == .group)
        #expect(m.mentionsBot)
        #expect(m.text == "เชียงใหม่มีวิทยากรกี่คน")
        #expect(m.platform == .line)
        #expect(m.platformUserID == user)
        #expect(m.userID == LineEventConverter.userKey(user) && m.userID < 0)
        #expect(m.chatID == LineEventConverter.chatKey(group))
        var other = platform.messageEvent("@สมชาย ไปกินข้าวกัน", from: user, group: group)
        other["message"] = ["type": "text", "id": "1", "text": "@สมชาย ไปกินข้าวกัน",
                            "mention": ["mentionees": [["index": 0, "length": 6, "type": "user", "userId": FakeLinePlatform.userID(3)]]]]
        let otherEvent = try #require(try LineWebhook.parse(platform.body([other])).events[0])
        guard case .message(let o) = LineEventConverter.work(for: otherEvent) else { Issue.record("not a message"); return }
        #expect(!o.mentionsBot)
        let privateEvent = try #require(try LineWebhook.parse(platform.body([platform.messageEvent("สวัสดีค่ะ", from: user)])).events[0])
        guard case .message(let p) = LineEventConverter.work(for: privateEvent) else { Issue.record("not a message"); return }
        #expect(p.chatType == .private)
        for (type, work) in [("join", LineWork.join), ("follow", .follow), ("leave", .record), ("unfollow", .record)] {
            let e = try #require(try LineWebhook.parse(platform.body([platform.chatEvent(type, user: user, group: type == "join" || type == "leave" ? group : nil)])).events[0])
            #expect(LineEventConverter.work(for: e) == work, "\(type)")
        }
    }

    @Test("a standby event or a sticker is only recorded")
    func recordOnly() throws {
        var standby = platform.messageEvent("สวัสดีค่ะ", from: FakeLinePlatform.userID(1))
        standby["mode"] = "standby"
        var sticker = platform.messageEvent("x", from: FakeLinePlatform.userID(1))
        sticker["message"] = ["type": "sticker", "id": "5", "packageId": "1", "stickerId": "2"]
        let events = try LineWebhook.parse(platform.body([standby, sticker])).events.compactMap { $0 }
        #expect(events.map { LineEventConverter.work(for: $0) } == [.record, .record])
    }
}
