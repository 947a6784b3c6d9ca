import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Logging
import Testing

/// The shell around the decision: one source of truth for the lexicon, admin changes in the
/// message's transaction, every example rendered.
@Suite struct PipelineTests {
    let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    @Test("an edited glossary in Intents/ is answered on an existing database, a new term too")
    func glossaryEdit() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bot.sqlite").path
        // The database is made with the shipped lexicon …
        let before = try BotFactory.make(intents: Fixtures.intents, database: path, logger: logger)
        #expect(before.handle(TestBot.privateMessage("อสม. ย่อมาจากอะไร")).text?.contains("ความหมายใหม่ของอสม") == false)
        // … then a maintainer edits a copy of Intents/: a new meaning and a new term.
        let intents = dir.appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Fixtures.intents, to: intents)
        let file = intents.appendingPathComponent("lexicon/glossary.yaml")
        var yaml = try String(contentsOf: file, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "meaning: อาสาสมัครด้านสาธารณสุขในหมู่บ้าน", with: "meaning: ความหมายใหม่ของอสม")
        yaml += """

              - term: ทดสอบคำ.
                aliases: [ทดสอบคำ]
                expansion: คำทดสอบที่เพิ่งเพิ่ม
                meaning: ความหมายของคำทดสอบ
                kind: other

            """
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let after = try BotFactory.make(intents: intents, database: path, logger: logger)
        let edited = after.handle(TestBot.privateMessage("อสม. ย่อมาจากอะไร"))
        #expect(edited.slots == ["term": "อสม.", "agency": "HSS"])
        #expect(edited.text?.contains("ความหมายใหม่ของอสม") == true)
        let added = after.handle(TestBot.privateMessage("ทดสอบคำ ย่อมาจากอะไร"))
        #expect(added.slots == ["term": "ทดสอบคำ."])
        #expect(added.text?.contains("ความหมายของคำทดสอบ") == true)
    }

    @Test("an admin change and the message's own records commit together: when the records fail, the change is undone")
    func adminChangeInTheMessageTransaction() async throws {
        let bot = try TestBot.make()
        try bot.store.addAdmin(42, by: .cli(nil))
        let message = Message(text: "ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน กรมการปกครอง ประเภท ขยายผล",
                              userID: 42, chatID: 42, chatType: .private)
        struct Refused: Error {}
        await #expect(throws: Refused.self) {
            _ = try await bot.process(message) { _, _, _ in throw Refused() }
        }
        #expect(try bot.store.allTrainers(includingRemoved: true).isEmpty, "nothing of the failed message was kept")
        #expect(try bot.store.auditLog().map(\.action) == [.adminAdd])
        let (reply, kept) = try await bot.process(message) { tx, reply, micros in
            try tx.log(bot.interactionRecord(message, reply, micros: micros))
            return true
        }
        #expect(kept)
        #expect(reply.intent == .trainerRegister)
        #expect(try bot.store.allTrainers().map(\.name) == ["นายสมชาย ใจดี"])
        // The log keeps the reply with its phone numbers masked (issue 12).
        #expect(try bot.store.recentInteractions(limit: 5).map(\.reply) == [reply.text.map(PhoneMask.mask)])
        // The snapshot sees the new trainer at once.
        #expect(bot.snapshot.registeredTrainers(province: "เชียงใหม่", agency: nil).count == 1)
    }

    @Test("every example in Intents/ renders with every template it asks for, in private and in a group")
    func everyExampleRenders() throws {
        let bot = try TestBot.make()
        #expect(ExampleRunner.renderFailures(Renderer(matcher: Fixtures.matcher), knowledge: bot.snapshot) == [])
    }

    @Test("the interaction log keeps each message's platform")
    func platformLogged() throws {
        let bot = try TestBot.make()
        _ = bot.handle(Message(text: "สวัสดี", userID: 7, chatID: 7, chatType: .private, platform: .telegram))
        _ = bot.handle(Message(text: "สวัสดี", userID: 0, chatID: 0, chatType: .private, platform: .line, platformUserID: "Uabc"))
        _ = bot.handle(Message(text: "สวัสดี", userID: 1, chatID: 1, chatType: .private, platform: .console))
        #expect(try bot.store.recentInteractions(limit: 3).map(\.platform) == ["console", "line", "telegram"])
    }

    @Test("a LINE sender is never an admin, even with the id of one")
    func lineNeverAdmin() throws {
        let bot = try TestBot.make()
        try bot.store.addAdmin(7, by: .cli(nil))
        let text = "ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน กรมการปกครอง ประเภท ขยายผล"
        let telegram = bot.handle(Message(text: text, userID: 7, chatID: 7, chatType: .private, platform: .telegram))
        let line = bot.handle(Message(text: text, userID: 7, chatID: 7, chatType: .private, platform: .line, platformUserID: "U7"))
        #expect(telegram.intent == .trainerRegister && line.intent == .trainerRegister)
        #expect(try bot.store.allTrainers().count == 1, "only the Telegram admin's command registered a trainer")
        #expect(line.text != telegram.text)
        #expect(try bot.store.auditLog().map(\.action) == [.adminAdd, .register, .refused])
    }
}
