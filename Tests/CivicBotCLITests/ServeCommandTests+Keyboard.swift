import CivicBotCore
import CivicBotFakeTelegram
import CivicBotTestSupport
import Foundation
import GRDB
import Testing

extension ServeCommandTests {
    @Test("quick replies on Telegram: a reply keyboard of the Intents/ rules under a one-to-one answer, none in groups; a button pressed is the follow-up")
    func keyboard() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("keyboard.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        func sent(to chat: Int64) -> [[String: Any]] {
            server.deliveredMessages.filter { ($0["chat_id"] as? NSNumber)?.int64Value == chat }
        }
        server.enqueueMessage("ลำพูนมีวิทยากรกี่คน", chatID: 901, fromID: 901)
        server.enqueueMessage("ลำพูนมีวิทยากรกี่คน", chatID: -902, chatType: "group", fromID: 903)
        #expect(await eventually(timeout: .seconds(20)) { sent(to: 901).count == 1 && sent(to: -902).count == 1 }, "\(serve.log.suffix(1_500))")
        // The buttons are what the decider makes of the rules for this answer, one a row.
        let expected = Decider(matcher: Fixtures.matcher)
            .quickReplies(after: .answer(Reply(intent: .trainerCount, slots: ["province": "ลำพูน"], text: "…")), chatType: .private).map(\.text)
        #expect(!expected.isEmpty)
        let markup = try #require(sent(to: 901).last?["reply_markup"] as? [String: Any], "no keyboard under the private answer")
        let rows = try #require(markup["keyboard"] as? [[[String: Any]]])
        #expect(rows.map { $0.compactMap { $0["text"] as? String } } == expected.map { [$0] })
        #expect(markup["one_time_keyboard"] as? Bool == true)
        #expect(sent(to: -902).last?["reply_markup"] == nil, "a keyboard in a group is noise")

        // Pressing a button sends its text as the user: the follow-up of the answer above it.
        let pressed = try #require(expected.first)
        server.enqueueMessage(pressed, chatID: 901, fromID: 901)
        #expect(await eventually(timeout: .seconds(20)) { sent(to: 901).count == 2 })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        let logged = try await DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT intent, slots FROM interaction WHERE chatID = 901 ORDER BY id").map { ($0[0] as String, $0[1] as String) }
        }
        #expect(logged.count == 2)
        #expect(logged.last?.0 == "trainer_count" && logged.last?.1.contains("ลำพูน") == true, "\(logged)")
    }
}
