import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Logging
import Testing

/// Issue 12: who sees a trainer's phone. Officers and admins, in a private chat, and only the phones
/// trainers agreed to share; volunteers and strangers are told whom to ask; the log keeps no phone.
@Suite struct PhoneVisibilityTests {
    static let admin: Int64 = 42, officer: Int64 = 43, volunteer: Int64 = 7, stranger: Int64 = 990_001
    static let shared = "0811111111", private_ = "0822222222"

    func setUp() throws -> Bot {
        let bot = try TestBot.make()
        try bot.store.addAdmin(Self.admin, by: .cli(nil))
        try bot.store.addOfficer(Self.officer, by: .cli(nil))
        _ = try bot.store.register(TrainerDraft(name: "นายยอม ให้", nameKey: "ยอมให้", province: "น่าน", agency: "DOPA", trainerType: "core",
                                                phone: Self.shared, phoneConsent: true), by: .cli(nil))
        _ = try bot.store.register(TrainerDraft(name: "นายไม่ ยอม", nameKey: "ไม่ยอม", province: "น่าน", agency: "CDD", trainerType: "core",
                                                phone: Self.private_), by: .cli(nil))
        return bot
    }

    func template(_ key: String, _ values: [String: String] = [:]) -> String {
        ThaiDigits.toArabic(Template.render(Fixtures.catalogue.intent(.trainerList).replies[key] ?? "<missing \(key)>", values))
    }

    func line(_ key: String, id: String, name: String, agency: String, phone: String = "") -> String {
        template(key, ["id": id, "name": name, "province": "น่าน", "agency": agency, "type": "วิทยากรหลัก", "phone": phone])
    }

    func ask(_ bot: Bot, as user: Int64, in chat: ChatType) -> String {
        let text = chat == .private ? "ขอรายชื่อวิทยากรน่าน" : "@civicbot ขอรายชื่อวิทยากรน่าน"
        return bot.handle(Message(text: text, userID: user, chatID: chat == .private ? user : -100_5, chatType: chat)).text ?? ""
    }

    @Test("officers and admins in a private chat see the consented phone only", arguments: [admin, officer])
    func staff(_ user: Int64) throws {
        let bot = try setUp()
        let reply = ask(bot, as: user, in: .private)
        #expect(reply.contains(line("line_phone", id: "T-0001", name: "นายยอม ให้", agency: "ปค.", phone: Self.shared)), "\(reply)")
        #expect(reply.contains(line("line", id: "T-0002", name: "นายไม่ ยอม", agency: "พช.")))
        #expect(!reply.contains(Self.private_), "a phone shown without consent")
        let logged = try #require(try bot.store.recentInteractions(limit: 1).first?.reply)
        #expect(!logged.contains(Self.shared) && !logged.contains("081-"), "the log keeps the phone: \(logged)")
    }

    @Test("volunteers and strangers in a private chat see no phone and are told whom to ask", arguments: [volunteer, stranger])
    func others(_ user: Int64) throws {
        let bot = try setUp()
        let reply = ask(bot, as: user, in: .private)
        #expect(reply.contains(line("line", id: "T-0001", name: "นายยอม ให้", agency: "ปค.")), "\(reply)")
        #expect(!reply.contains(Self.shared) && !reply.contains(Self.private_))
        let letter = try #require(bot.snapshot.letter)
        #expect(reply.contains(template("phone_officers_only", ["office": letter.responsibleOffice, "phone": letter.phone])))
    }

    @Test("a role granted or revoked while the bot runs counts from the next message, from this process or another")
    func roleChangesWhileRunning() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("roles.sqlite").path
        var logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        let bot = try Bot(matcher: Fixtures.matcher, store: try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon), logger: logger)
        _ = try bot.store.register(TrainerDraft(name: "นายยอม ให้", nameKey: "ยอมให้", province: "น่าน", agency: "DOPA", trainerType: "core",
                                                phone: Self.shared, phoneConsent: true), by: .cli(nil))
        #expect(!ask(bot, as: Self.volunteer, in: .private).contains(Self.shared))
        try bot.store.addOfficer(Self.volunteer, by: .cli(nil))
        #expect(ask(bot, as: Self.volunteer, in: .private).contains(Self.shared), "granted in this process")
        let tool = try AppDatabase.open(path: path, lexicon: Fixtures.catalogue.lexicon)
        #expect(try tool.removeOfficer(Self.volunteer, by: .cli(nil)))
        #expect(!ask(bot, as: Self.volunteer, in: .private).contains(Self.shared), "revoked by another process (civicbot officer remove)")
        _ = try tool.register(TrainerDraft(name: "นางสาวมา ใหม่", nameKey: "มาใหม่", province: "น่าน", agency: "CDD", trainerType: "core"), by: .cli(nil))
        #expect(ask(bot, as: Self.volunteer, in: .private).contains("นางสาวมา ใหม่"), "registered by another process")
    }

    @Test("in a group nobody sees a phone, officers included", arguments: [admin, officer, volunteer])
    func group(_ user: Int64) throws {
        let bot = try setUp()
        let reply = ask(bot, as: user, in: .group)
        #expect(!reply.contains(Self.shared) && !reply.contains(Self.private_), "\(reply)")
        #expect(reply.contains(template("group_phone_hint")))
    }

    @Test("an officer is no admin: register commands are refused")
    func officerIsNoAdmin() throws {
        let bot = try setUp()
        let reply = bot.handle(Message(text: "ลบวิทยากร T-0001", userID: Self.officer, chatID: Self.officer, chatType: .private))
        #expect(reply.text == Template.render(Fixtures.catalogue.intent(.trainerRemove).replies["refused"] ?? "", [:]))
        #expect(try bot.store.trainer(id: 1)?.isRemoved == false)
    }

    @Test("a registration records consent from the form (default no); the log keeps the form without its phone")
    func consentInTheForm() throws {
        let bot = try setUp()
        let form = "ลงทะเบียนวิทยากร ชื่อ นางสาวมาลี ศรีสุข จังหวัด น่าน หน่วยงาน สถ. ประเภท หลัก โทร 089-123-4567 เปิดเผยเบอร์ ยินยอม"
        _ = bot.handle(Message(text: form, userID: Self.admin, chatID: Self.admin, chatType: .private))
        let stored = try #require(try bot.store.allTrainers().first { $0.name == "นางสาวมาลี ศรีสุข" })
        #expect(stored.phoneConsent && stored.phone == "0891234567")
        let plain = "ลงทะเบียนวิทยากร ชื่อ นายดำ ขำ จังหวัด น่าน หน่วยงาน ผส. ประเภท หลัก โทร 0877777777"
        _ = bot.handle(Message(text: plain, userID: Self.admin, chatID: Self.admin, chatType: .private))
        #expect(try bot.store.allTrainers().first { $0.name == "นายดำ ขำ" }?.phoneConsent == false)
        let log = try bot.store.recentInteractions(limit: 2)
        for row in log {
            #expect(!row.text.contains("0877777777") && !row.text.contains("089-123-4567"), "\(row.text)")
            #expect(!(row.reply ?? "").contains("0877777777"))
        }
        let bad = bot.handle(Message(text: plain.replacingOccurrences(of: "นายดำ ขำ", with: "นายแดง ขำ") + " เปิดเผยเบอร์ บางที",
                                     userID: Self.admin, chatID: Self.admin, chatType: .private)).text ?? ""
        #expect(bad.contains("บางที"), "an unclear answer is a problem listed back: \(bad)")
        #expect(try bot.store.allTrainers().first { $0.name == "นายแดง ขำ" } == nil, "nothing half-stored")
    }
}
