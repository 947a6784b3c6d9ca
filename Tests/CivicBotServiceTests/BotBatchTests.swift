import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

/// `Bot.handle(batch:)`, the REPL's run of piped lines: the same answers as one message at a time,
/// every message logged, follow-ups within the run, and an admin change seen by the next message.
@Suite struct BotBatchTests {
    static let admin: Int64 = 42

    static func messages() -> [Message] {
        let admin = Self.admin
        return [
            TestBot.privateMessage("ลำพูนมีวิทยากรกี่คน"),
            TestBot.privateMessage("แล้วแพร่ล่ะ"),
            TestBot.groupMessage("วันนี้ประชุมกี่โมงคะ"),
            Message(text: AdminDeskTests.somchai, userID: admin, chatID: admin, chatType: .private),
            Message(text: "รายชื่อวิทยากรเชียงใหม่", userID: admin, chatID: admin, chatType: .private),
            TestBot.privateMessage("ลบวิทยากร T-0001"),
            TestBot.privateMessage("กรมการปกครองมีหน้าที่อะไร"),
        ]
    }

    @Test("a run gives the replies one-at-a-time gives, logs every message, follows up within the run, and sees its own admin change")
    func sameAsOneByOne() throws {
        let single = try TestBot.make(), batched = try TestBot.make()
        for bot in [single, batched] { try bot.store.addAdmin(Self.admin, by: .cli(nil)) }
        let one = Self.messages().map { single.handle($0) }
        let run = batched.handle(batch: Self.messages())
        #expect(run.map(\.intent) == one.map(\.intent))
        #expect(run.map(\.slots) == one.map(\.slots))
        #expect(run.map(\.text) == one.map(\.text))
        // The follow-up took the province from the message before it in the same run.
        #expect(run[1].intent == .trainerCount && run[1].slots["province"] == "แพร่")
        // The trainer list after the registration lists the new trainer.
        #expect(Fixtures.fills(run[4].text ?? "", .trainerList, "list", ["count": "1"]), "\(run[4].text ?? "")")
        // The volunteer's removal was refused and audited; every message was logged.
        #expect(Fixtures.fills(run[5].text ?? "", .trainerRemove, "refused"))
        #expect(try batched.store.recentInteractions(limit: 100).count == Self.messages().count)
        #expect(try batched.store.auditLog().contains { $0.action == .refused })
    }

    @Test("an empty run does nothing")
    func empty() throws {
        let bot = try TestBot.make()
        #expect(bot.handle(batch: []).isEmpty)
        #expect(try bot.store.recentInteractions(limit: 10).isEmpty)
    }
}
