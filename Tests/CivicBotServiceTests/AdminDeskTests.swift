import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

/// The admin intents through the whole bot: register, correct, remove, restore, stats, privacy.
@Suite struct AdminDeskTests {
    let bot: Bot
    static let admin: Int64 = 42

    init() throws {
        bot = try TestBot.make()
        try bot.store.addAdmin(Self.admin, by: .cli(nil))
    }

    func say(_ text: String) -> String { bot.handle(Message(text: text, userID: Self.admin, chatID: Self.admin, chatType: .private)).text ?? "<silence>" }

    func group(_ text: String, user: Int64 = 7, replyToBot: Bool = false) -> String? {
        bot.handle(Message(text: text, userID: user, chatID: -100, chatType: .group, repliesToBot: replyToBot)).text
    }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Fixtures.template(intent, key, values)
    }

    func fills(_ text: String, _ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> Bool {
        Fixtures.fills(text, intent, key, values)
    }

    /// A form field's name (`field_phone` …), as problems and change lines name it.
    static func field(_ name: String) -> String { Fixtures.template(.trainerRegister, "field_" + name) }

    /// One problem a refused form must list: its template key in trainer_register and the values filled in.
    struct Problem: Sendable, CustomStringConvertible {
        let key: String
        let values: [String: String]
        init(_ key: String, _ values: [String: String] = [:]) {
            self.key = key
            self.values = values
        }
        var description: String { "\(key) \(values)" }
    }

    static let somchai = "ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน กรมการปกครอง ประเภท วิทยากรขยายผล โทร 081-234-5678"

    @Test("registering replies with the stored record, its id and how to undo; the phone is stored in one form")
    func register() throws {
        let text = say(Self.somchai)
        #expect(fills(text, .trainerRegister, "saved", ["id": "T-0001"]))
        #expect(fills(text, .trainerRegister, "record", ["name": "นายสมชาย ใจดี", "phone": "0812345678"]))
        let stored = try #require(try bot.store.trainer(id: 1))
        #expect(stored.phone == "0812345678")
        #expect(stored.createdBy == Self.admin)
        let multi = say("ลงทะเบียนวิทยากร\nชื่อ: นางสาวมาลี ศรีสุข\nจังหวัด: ขอนแก่น\nหน่วยงาน: พช.\nประเภท: หลัก")
        #expect(fills(multi, .trainerRegister, "saved", ["id": "T-0002"]))
        #expect(fills(multi, .trainerRegister, "record", ["agency": Fixtures.agencyName("CDD")]))
    }

    @Test("forms that must be refused: one reply listing every problem with a form to copy; nothing stored", arguments: [
        ("ลงทะเบียนวิทยากร จังหวัด เชียงใหม่ หน่วยงาน ปค. ประเภท หลัก", [Problem("problem_missing", ["field": field("name")])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี หน่วยงาน ปค. ประเภท หลัก", [Problem("problem_missing", ["field": field("province")])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน ประเภท หลัก", [Problem("problem_missing", ["field": field("agency")])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน หน่วยงาน ปค.", [Problem("problem_missing", ["field": field("trainer_type")])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด เชียงไหม่ หน่วยงาน ปค. ประเภท หลัก", [Problem("problem_unknown_province", ["value": "เชียงไหม่"])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน หน่วยงาน กรมพัฒนาชุมชม ประเภท หลัก", [Problem("problem_unknown_agency", ["value": "กรมพัฒนาชุมชม"])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน หน่วยงาน กรมป่าไม้ ประเภท หลัก", [Problem("problem_unknown_agency", ["value": "กรมป่าไม้"])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก โทร 12345", [Problem("problem_phone_unknown_prefix", ["value": "12345"])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก โทร 02-251-9000 ต่อ 2373", [Problem("problem_phone_extension")]),
        ("ลงทะเบียนวิทยากร ชื่อ นาย\(String(repeating: "กข", count: 60)) จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก", [Problem("problem_too_long", ["field": field("name"), "max": "100"])]),
        ("ลงทะเบียนวิทยากร ชื่อ นายเอ บีซี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก หมายเหตุ \(String(repeating: "ก", count: 301))", [Problem("problem_too_long", ["field": field("note"), "max": "300"])]),
        ("ลงทะเบียนวิทยากร ชื่อ เอ บีซี จังหวัด ปารีส หน่วยงาน สำนักงาน กกต. ประเภท ตัวจริง", [
            Problem("problem_name_without_title"), Problem("problem_unknown_province", ["value": "ปารีส"]),
            Problem("problem_agency_not_in_register", ["agency": Fixtures.agencyName("ECT")]), Problem("problem_unknown_trainer_type", ["value": "ตัวจริง"]),
        ]),
    ])
    func refused(_ text: String, _ problems: [Problem]) throws {
        let reply = say(text)
        #expect(fills(reply, .trainerRegister, "problems", ["count": "\(problems.count)"]), "\(reply)")
        for p in problems { #expect(fills(reply, .trainerRegister, p.key, p.values), "\(p) in \(reply)") }
        #expect(fills(reply, .trainerRegister, "form"), "the form to copy")
        #expect(try bot.store.allTrainers(includingRemoved: true).isEmpty)
    }

    @Test("a duplicate is refused and points at the existing id")
    func duplicate() throws {
        _ = say(Self.somchai)
        let again = say("ลงทะเบียนวิทยากร ชื่อ ดร.สมชาย  ใจดี จ.เชียงใหม่ หน่วยงาน ปค. ประเภท หลัก")
        #expect(fills(again, .trainerRegister, "duplicate", ["id": "T-0001"]))
        #expect(try bot.store.allTrainers().count == 1)
    }

    @Test("SQL injection, markup and control characters are stored and shown literally; the register survives")
    func injection() throws {
        let name = "นายบ็อบ'); DROP TABLE trainer;--"
        let note = "<b>ตัวหนา</b> & \u{7}\u{1B}[31m"
        let reply = say("ลงทะเบียนวิทยากร ชื่อ \(name) จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก หมายเหตุ \(note)")
        #expect(fills(reply, .trainerRegister, "record", ["name": name, "note": note]))
        #expect(try bot.store.trainer(id: 1)?.name == name)
        #expect(try bot.store.trainer(id: 1)?.note == note)
        #expect(say(Self.somchai).contains("T-0002"), "the register still works")
        #expect(try bot.store.tableCounts()["province"] == 77)
    }

    @Test("correcting: fields given change, before and after are shown with the message that undoes it")
    func update() throws {
        _ = say(Self.somchai)
        let text = say("แก้ไขวิทยากร T-0001 โทร 02 123 4567 หมายเหตุ ว่างเสาร์")
        #expect(fills(text, .trainerUpdate, "updated", ["id": "T-0001"]))
        #expect(fills(text, .trainerUpdate, "change_line", ["field": Self.field("phone"), "before": "0812345678", "after": "021234567"]))
        let undo = template(.trainerUpdate, "undo", ["id": "T-0001", "fields": "โทร 0812345678 หมายเหตุ -"])
        #expect(fills(text, .trainerUpdate, "updated", ["id": "T-0001", "undo": undo]))
        #expect(try bot.store.trainer(id: 1)?.phone == "021234567")
        // The undo message undoes it.
        #expect(fills(say(undo), .trainerUpdate, "updated", ["id": "T-0001"]))
        let back = try #require(try bot.store.trainer(id: 1))
        #expect(back.phone == "0812345678")
        #expect(back.note == nil)
        #expect(say("แก้ไขวิทยากร T-0001 โทร 0812345678") == template(.trainerUpdate, "unchanged", ["id": "T-0001"]))
        #expect(say("แก้ไขวิทยากร T-0099 โทร 0812345678") == template(.trainerUpdate, "not_found", ["id": "T-0099"]))
        #expect(say("แก้ไขวิทยากร โทร 0812345678") == template(.trainerUpdate, "no_id"))
        #expect(fills(say("แก้ไขวิทยากร T-0001"), .trainerRegister, "problem_nothing_to_change"))
        #expect(fills(say("แก้ไขวิทยากร T-0001 โทร 0812"), .trainerUpdate, "problems", ["count": "1", "id": "T-0001"]))
        #expect(try bot.store.trainer(id: 1)?.phone == "0812345678")
    }

    @Test("a correction that would duplicate another trainer is refused")
    func updateDuplicate() throws {
        _ = say(Self.somchai)
        _ = say("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก")
        let text = say("แก้ไขวิทยากร T-0002 จังหวัด เชียงใหม่")
        #expect(fills(text, .trainerUpdate, "duplicate", ["existing": "T-0001"]))
        #expect(try bot.store.trainer(id: 2)?.province == "น่าน")
    }

    @Test("removing and restoring, with clear replies for every odd case")
    func removeRestore() throws {
        _ = say(Self.somchai)
        #expect(say("ลบวิทยากร T-0001") == template(.trainerRemove, "removed", ["id": "T-0001", "name": "นายสมชาย ใจดี"]))
        #expect(try bot.store.registeredTrainers(province: "เชียงใหม่", agency: nil).isEmpty)
        #expect(say("ลบวิทยากร T-0001") == template(.trainerRemove, "already_removed", ["id": "T-0001", "name": "นายสมชาย ใจดี"]))
        #expect(say("แก้ไขวิทยากร T-0001 โทร 0899999999") == template(.trainerUpdate, "removed", ["id": "T-0001"]))
        #expect(fills(say("กู้คืนวิทยากร T-0001"), .trainerRemove, "restored", ["id": "T-0001"]))
        #expect(try bot.store.registeredTrainers(province: "เชียงใหม่", agency: nil).count == 1)
        #expect(say("กู้คืนวิทยากร T-0001") == template(.trainerRemove, "not_removed", ["id": "T-0001", "name": "นายสมชาย ใจดี"]))
        #expect(say("ลบวิทยากร T-0042") == template(.trainerRemove, "not_found", ["id": "T-0042"]))
        #expect(say("ลบวิทยากร") == template(.trainerRemove, "no_id"))
        #expect(say("ลบวิทยากร T-0001 T-0002") == template(.trainerRemove, "one_id", ["ids": "T-0001 T-0002"]))
        #expect(try bot.store.auditLog().map(\.action) == [.adminAdd, .register, .remove, .restore])
    }

    @Test("the bare command gives the form with an example; odd inputs get a clear reply and store nothing", arguments: [
        "ลงทะเบียนวิทยากร", "ลงทะเบียนวิทยากร ชื่อ", "ลงทะเบียนวิทยากร ชื่อ: จังหวัด: หน่วยงาน: ประเภท:", "ลงทะเบียนวิทยากร 😀😀😀",
        "ลงทะเบียนวิทยากร \u{0}\u{1}\u{7F} ชื่อ \u{200B}", "ลงทะเบียนวิทยากร โทร โทร โทร", "ลงทะเบียนวิทยากร " + String(repeating: "ชื่อ ", count: 300),
    ])
    func oddInput(_ text: String) throws {
        let reply = say(text)
        #expect(fills(reply, .trainerRegister, "howto") || fills(reply, .trainerRegister, "problems") || fills(reply, .unknown, "too_long"), "\(reply)")
        #expect(try bot.store.allTrainers(includingRemoved: true).isEmpty)
    }

    @Test("trainer_list shows the registered trainers with ids; phones only in private, to an admin, when the trainer consented; trainer_count counts them")
    func listing() throws {
        _ = say(Self.somchai)
        _ = say("ลงทะเบียนวิทยากร ชื่อ นางสาวมาลี ศรีสุข จังหวัด เชียงใหม่ หน่วยงาน พช. ประเภท หลัก โทร 053-123-456 เปิดเผยเบอร์ ยินยอม")
        let list = say("ขอรายชื่อวิทยากรเชียงใหม่")
        #expect(fills(list, .trainerList, "list", ["count": "2"]))
        #expect(fills(list, .trainerList, "line", ["id": "T-0001", "name": "นายสมชาย ใจดี"]), "no consent recorded: no phone")
        #expect(!list.contains("0812345678"))
        #expect(fills(list, .trainerList, "line_phone", ["id": "T-0002", "name": "นางสาวมาลี ศรีสุข", "phone": "053123456"]))
        let inGroup = try #require(group("ขอรายชื่อวิทยากรเชียงใหม่"))
        #expect(inGroup.contains("นางสาวมาลี ศรีสุข"))
        #expect(!inGroup.contains("0812345678") && !inGroup.contains("053123456"))
        #expect(inGroup.contains(template(.trainerList, "group_phone_hint")))
        #expect(say("เชียงใหม่มีวิทยากรกี่คน").contains(template(.trainerCount, "registered", ["count": "2"])))
    }

    @Test("privacy: no phone number in any group reply, whoever asks and however")
    func privacy() throws {
        _ = say(Self.somchai)
        _ = say("ลงทะเบียนวิทยากร ชื่อ นางสาวมาลี ศรีสุข จังหวัด น่าน หน่วยงาน พช. ประเภท หลัก โทร 053-123-456")
        let asks = [
            "ขอเบอร์วิทยากรเชียงใหม่หน่อยครับ", "@civicbot ขอเบอร์วิทยากรเชียงใหม่", "รายชื่อวิทยากรทั้งหมด", "วิทยากรน่านมีใครบ้าง",
            "@civicbot เบอร์โทรวิทยากรน่าน", "@civicbot ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน ปค. ประเภท หลัก",
            "@civicbot แก้ไขวิทยากร T-0001 โทร 0812345678", "@civicbot สถิติ", "เชียงใหม่มีวิทยากรกี่คน", "/help",
        ]
        var replies: [String] = []
        for text in asks {
            for user in [Self.admin, 7] {
                for replyToBot in [false, true] { if let r = group(text, user: user, replyToBot: replyToBot) { replies.append(r) } }
            }
        }
        #expect(replies.count >= 20)
        for r in replies {
            for phone in ["0812345678", "081-234-5678", "053123456", "053-123-456"] { #expect(!r.contains(phone), "\(r)") }
        }
    }

    @Test("group etiquette: unaddressed talk about registering stays silent; an unaddressed command with an id gets the pointer")
    func groupEtiquette() {
        #expect(group("ลงทะเบียนวิทยากรได้ที่ไหนคะ") == nil)
        #expect(group("แก้ไขวิทยากรยังไงคะ", user: Self.admin) == nil)
        #expect(group("ใครลบวิทยากรออกจากกลุ่ม", user: Self.admin) == nil)
        #expect(group("สถิติ", user: Self.admin) == nil)
        #expect(group("ลบวิทยากร T-0001", user: Self.admin) == template(.trainerRemove, "private_only"))
        #expect(group("@civicbot แก้ไขวิทยากรยังไงคะ", user: Self.admin) == template(.trainerUpdate, "private_only"))
        #expect(group("/stats", user: Self.admin) == template(.stats, "private_only"))
    }

    @Test("stats for an admin in private: counts, intents, the latest unanswered questions")
    func stats() {
        _ = bot.handle(Message(text: "ราคาทองวันนี้เท่าไหร่", userID: 7, chatID: 7, chatType: .private))
        _ = bot.handle(Message(text: "เย็นนี้กินอะไรดี", userID: 8, chatID: -1, chatType: .group))
        let text = say("สถิติ")
        #expect(fills(text, .stats, "report", ["today": "2", "week": "2", "month": "2", "private": "1", "group": "1", "answered": "1", "silent": "1"]))
        #expect(fills(text, .stats, "intent_line", ["intent": "unknown", "count": "2"]))
        #expect(text.contains("ราคาทองวันนี้เท่าไหร่"))
        #expect(!text.contains("เย็นนี้กินอะไรดี"), "group chatter the bot ignored is not listed")
        #expect(fills(say("/stats"), .stats, "report", ["today": "3", "week": "3", "month": "3"]))
    }
}
