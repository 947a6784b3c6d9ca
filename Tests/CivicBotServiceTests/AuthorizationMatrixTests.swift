import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

/// Every admin intent × (admin, volunteer, unknown user) × (private, group): the reply, and
/// whether the register or the audit log of changes moved.
@Suite struct AuthorizationMatrixTests {
    enum Role: String, CaseIterable, Sendable { case admin, volunteer, unknown }

    struct Case: Sendable, CustomStringConvertible {
        let intent: IntentID
        let text: String
        /// A fragment of the admin's private reply.
        let done: String
        let role: Role
        let chat: ChatType
        var description: String { "\(intent.rawValue) \(text.prefix(20))… as \(role) in \(chat)" }
    }

    static let commands: [(intent: IntentID, text: String, done: String)] = [
        (.trainerRegister, "ลงทะเบียนวิทยากร ชื่อ นายใหม่ มาแล้ว จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก โทร 0899999999", "บันทึกแล้วค่ะ รหัส T-0003"),
        (.trainerUpdate, "แก้ไขวิทยากร T-0001 โทร 0899999999", "แก้ไข T-0001 แล้วค่ะ"),
        (.trainerRemove, "ลบวิทยากร T-0001", "ลบ T-0001 (นายสมชาย ใจดี) ออกจากรายชื่อแล้วค่ะ"),
        (.trainerRemove, "กู้คืนวิทยากร T-0002", "กู้คืน T-0002 แล้วค่ะ"),
        (.stats, "@civicbot สถิติ", "สถิติการใช้งาน CivicBot"),
    ]

    static let cases: [Case] = commands.flatMap { c in
        Role.allCases.flatMap { role in [ChatType.private, .group].map { Case(intent: c.intent, text: c.text, done: c.done, role: role, chat: $0) } }
    }

    static let admin: Int64 = 42, volunteer: Int64 = 7, unknown: Int64 = 990_001

    /// A bot with one admin, T-0001 registered, T-0002 removed, and a volunteer who has asked before.
    func setUp() throws -> Bot {
        let bot = try TestBot.make()
        try bot.store.addAdmin(Self.admin, by: .cli(nil))
        let form = try #require(bot.handle(TestBot.privateMessage("เชียงใหม่มีวิทยากรกี่คน")).text)  // the volunteer (user 7) has a history
        #expect(!form.isEmpty)
        _ = try bot.store.register(TrainerDraft(name: "นายสมชาย ใจดี", nameKey: "สมชายใจดี", province: "เชียงใหม่", agency: "DOPA",
                                                trainerType: "extended", phone: "0812345678"), by: .user(Self.admin))
        let second = try bot.store.register(TrainerDraft(name: "นางมาลี ดี", nameKey: "มาลีดี", province: "น่าน", agency: "CDD", trainerType: "core"),
                                            by: .user(Self.admin))
        _ = try bot.store.removeTrainer(id: second.id, by: .user(Self.admin))
        return bot
    }

    func template(_ intent: IntentID, _ key: String) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing>", [:])
    }

    @Test("authorisation matrix", arguments: cases)
    func matrix(_ c: Case) throws {
        let bot = try setUp()
        let user: Int64 = c.role == .admin ? Self.admin : c.role == .volunteer ? Self.volunteer : Self.unknown
        let message = Message(text: c.text, userID: user, chatID: c.chat == .private ? user : -100_123, chatType: c.chat)
        let trainersBefore = try bot.store.allTrainers(includingRemoved: true)
        let auditBefore = try bot.store.auditLog()

        let reply = bot.handle(message)

        #expect(reply.intent == c.intent)
        let text = try #require(reply.text, "every cell of the matrix gets a reply")
        let trainersAfter = try bot.store.allTrainers(includingRemoved: true)
        let auditAfter = try bot.store.auditLog()
        let newAudit = auditAfter.dropFirst(auditBefore.count)
        switch (c.role, c.chat) {
        case (.admin, .private):
            #expect(text.contains(c.done), "\(text)")
            if c.intent == .stats {
                #expect(trainersAfter == trainersBefore)
                #expect(newAudit.isEmpty)
            } else {
                #expect(trainersAfter != trainersBefore, "the register changed")
                #expect(newAudit.count == 1)
                #expect(newAudit.first?.actor == "42")
                #expect(newAudit.first?.action != .refused)
            }
        case (.admin, .group):
            #expect(text == template(c.intent, "private_only"))
            #expect(trainersAfter == trainersBefore)
            #expect(newAudit.isEmpty)
        case (.volunteer, _), (.unknown, _):
            #expect(text == template(c.intent, "refused"))
            #expect(trainersAfter == trainersBefore)
            #expect(newAudit.map(\.action) == [.refused])
            #expect(newAudit.first?.actor == String(user))
            #expect(newAudit.first?.subject == c.intent.rawValue)
            #expect(newAudit.first?.after?.contains(c.chat.rawValue) == true)
        }
        // No phone number in any group reply.
        if c.chat == .group { #expect(!text.contains("0812345678") && !text.contains("0899999999")) }
        // The attempt is in the interaction log whatever happened.
        // ... with the phone numbers of an admin's form masked (issue 12).
        #expect(try bot.store.recentInteractions(limit: 1).first?.text == PhoneMask.mask(c.text))
    }

    @Test("a message with no sender id (0) is never an admin")
    func noSender() throws {
        let bot = try setUp()
        let reply = bot.handle(Message(text: "ลบวิทยากร T-0001", userID: 0, chatID: 0, chatType: .private))
        #expect(reply.text == template(.trainerRemove, "refused"))
        #expect(try bot.store.trainer(id: 1)?.isRemoved == false)
    }

    @Test("a revoked admin is a volunteer again")
    func revoked() throws {
        let bot = try setUp()
        try bot.store.removeAdmin(Self.admin, by: .cli(nil))
        let reply = bot.handle(Message(text: "ลบวิทยากร T-0001", userID: Self.admin, chatID: Self.admin, chatType: .private))
        #expect(reply.text == template(.trainerRemove, "refused"))
        #expect(try bot.store.trainer(id: 1)?.isRemoved == false)
    }
}
