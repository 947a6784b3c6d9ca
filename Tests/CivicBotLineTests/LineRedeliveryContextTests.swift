import CivicBotCore
import CivicBotFakeLine
import CivicBotLine
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Logging
import Testing

/// A redelivered event that the handler's memory no longer holds (after a restart, or beyond its
/// 4,096 ids) is not answered again, and it does not move the conversation either: a follow-up
/// after it continues the question asked last, not the redelivered one.
@Suite struct LineRedeliveryContextTests {
    let platform = FakeLinePlatform()
    let user = FakeLinePlatform.userID(77)

    func bot() throws -> Bot {
        let store = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        return try Bot(matcher: Fixtures.matcher, store: store, logger: logger)
    }

    func handler(_ bot: Bot) -> LineWebhookHandler {
        LineWebhookHandler(bot: bot, channelSecret: platform.channelSecret, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    func post(_ events: [[String: Any]], to handler: LineWebhookHandler) async -> WebhookAnswer {
        let body = platform.body(events)
        return await handler.handle(body: body, signatureHeader: platform.sign(body))
    }

    /// The slots of the newest logged interaction.
    func lastSlots(_ bot: Bot) throws -> [String: String] {
        let record = try #require(try bot.store.recentInteractions(limit: 1).first)
        return try JSONDecoder().decode([String: String].self, from: Data(record.slotsJSON.utf8))
    }

    @Test("a redelivery LINE marks, not in memory, is looked up before it is decided: acknowledged, not answered, and the follow-up continues the last question",
          arguments: [true, false])
    func redeliveryKeepsTheConversation(marked: Bool) async throws {
        let bot = try bot()
        let first = handler(bot)
        let chiangMai = platform.messageEvent("เชียงใหม่มีวิทยากรกี่คน", from: user)
        let lampang = platform.messageEvent("ลำปางมีวิทยากรกี่คน", from: user)
        #expect(await post([chiangMai], to: first).new == 1)
        #expect(await post([lampang], to: first).new == 1)
        #expect(try lastSlots(bot)["province"] == "ลำปาง")

        // A handler with empty memory, as after a restart: the Chiang Mai event comes again
        // (marked as LINE marks it, or not: the unique key finds it and its context is put back).
        let restarted = handler(bot)
        var again = chiangMai
        if marked { again["deliveryContext"] = ["isRedelivery": true] }
        let answer = await post([again], to: restarted)
        #expect(answer.status == 200)
        #expect(answer.new == 0)
        #expect(try bot.store.recentInteractions(limit: 10).count == 2)

        #expect(await post([platform.messageEvent("แล้วกรมการปกครองล่ะ", from: user)], to: restarted).new == 1)
        let slots = try lastSlots(bot)
        #expect(slots["province"] == "ลำปาง", "the follow-up went on from the redelivered question: \(slots)")
        #expect(slots["agency"] == "DOPA")
    }

    @Test("a redelivery in the same request as a new event of the same chat: only the new one is answered, on the context before it")
    func redeliveryBesideANewEvent() async throws {
        let bot = try bot()
        let first = handler(bot)
        let chiangMai = platform.messageEvent("เชียงใหม่มีวิทยากรกี่คน", from: user)
        #expect(await post([chiangMai], to: first).new == 1)
        #expect(await post([platform.messageEvent("ลำปางมีวิทยากรกี่คน", from: user)], to: first).new == 1)
        var again = chiangMai
        again["deliveryContext"] = ["isRedelivery": true]
        let answer = await post([again, platform.messageEvent("แล้วพช.ล่ะ", from: user)], to: handler(bot))
        #expect(answer.events == 2)
        #expect(answer.new == 1)
        let slots = try lastSlots(bot)
        #expect(slots["province"] == "ลำปาง", "\(slots)")
        #expect(slots["agency"] == "CDD")
    }
}
