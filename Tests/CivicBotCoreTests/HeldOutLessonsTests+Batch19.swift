import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 19 (dialect, nicknames, the asker's own district, the MOUs' own questions)
/// showed (issue 10), as mechanisms; the messages are ours. Nicknames and Northern forms of
/// provinces; an อำเภอเมือง or a name of two meanings with no province is asked about, never
/// answered with the national figures; the asker's district with "our province"; a building or
/// a report's recipient is no department asked about; ending an MOU and what the covering letter
/// asks are the MOUs' questions; a place abroad has no centres' facts.
@Suite("Held-out lessons, batch 19")
struct HeldOutLessonsBatch19Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 19, chatID: chat == .private ? 19 : -19, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 != 77 && !(2500...2600).contains($0) }
    }

    @Test("nicknames and Northern forms name their province",
          arguments: [("ขอยอดวิทยากรหลักเมืองสามหมอกหน่อย", "แม่ฮ่องสอน"), ("เจียงใหม่มีวิทยากรขยายผลกี่คนเจ้า", "เชียงใหม่"),
                      ("เมืองปากน้ำ วิทยากรหลักกี่คน", "สมุทรปราการ"), ("เมืองดอกบัวมีวิทยากรหลักกี่คน", "อุบลราชธานี")])
    func nickname(_ text: String, _ province: String) {
        #expect(decide(text).0.reply.slots["province"] == province)
    }

    @Test("a nickname that begins with เมือง is matched exactly, never as a near spelling")
    func nicknameNotFuzzy() {
        let r = decide("จังหวัดเมืองโอ๊ะมีวิทยากรขยายผลกี่คน").0.reply
        #expect(r.slots["province"] == nil, "\(r.slots)")
        #expect(figures(r.text).isEmpty, "\(r.text ?? "")")
    }

    @Test("no national figures for a question about an อำเภอเมือง or a name of two meanings it does not take",
          arguments: ["วิทยากรขยายผลอำเภอเมืองมีกี่คนคะ", "เลยบ้านเฮามีวิทยากรหลักกี่คน"])
    func noNationalFigures(_ text: String) {
        let r = decide(text).0.reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots["province"] == nil, "\(r.slots)")
        #expect(figures(r.text).isEmpty, "a figure nobody asked for: \(r.text ?? "")")
        // The office (a filler after อำเภอ) still leaves the national question alone.
        #expect(!figures(decide("ทางอำเภอให้มาถาม วิทยากรหลักทั้งประเทศมีกี่คน").0.reply.text).isEmpty)
    }

    @Test("the asker's district, with a particle or a short form, and 'our province' is that district's province",
          arguments: [("อยู่ฝางค่ะ จังหวัดเฮามีวิทยากรหลักกี่คน", "เชียงใหม่"), ("บ้านอยู่อรัญฯ ในจังหวัดมีวิทยากรขยายผลกี่คน", "สระแก้ว"),
                      ("อำเภอปายเจ้า จังหวัดเรามีวิทยากรขยายผลกี่คน", "แม่ฮ่องสอน")])
    func askersDistrict(_ text: String, _ province: String) {
        #expect(decide(text).0.reply.slots["province"] == province)
        // A count after อยู่ is no district ("อยู่สองคน").
        #expect(decide("อยู่สองคนค่ะ จังหวัดเรามีวิทยากรกี่คน").0.reply.slots["province"] == nil)
    }

    @Test("a building the asker is in, or a report's recipient, is no department asked about",
          arguments: ["ผมอยู่ที่ห้องประชุมเทศบาลครับ ลำพูนมีวิทยากรขยายผลกี่คน", "ลำพูนมีวิทยากรขยายผลกี่คน จะทำรายงานส่งท้องถิ่นจังหวัด"])
    func notTheDepartment(_ text: String) {
        let r = decide(text).0.reply
        #expect(r.slots["province"] == "ลำพูน")
        #expect(r.slots["agency"] == nil, "\(r.slots)")
    }

    @Test("ending an MOU and what the covering letter asks of the provinces are the MOUs' questions",
          arguments: [("บอกเลิกข้อตกลงกับกรมกิจการผู้สูงอายุต้องแจ้งก่อนกี่วัน", "notice"), ("สถ.ขอให้จังหวัดดำเนินการอะไรบ้าง", "letter")])
    func mouQuestions(_ text: String, _ mode: String) {
        let u = decider.interpret(Message(text: text, userID: 19, chatID: 19, chatType: .private)).understanding
        #expect(u.intent == .mouInfo)
        #expect(u.mode == mode, "\(u.mode ?? "nil")")
    }

    @Test("what the registers are divided by is the list of departments")
    func dividedBy() {
        #expect(decide("ทะเบียนวิทยากรแบ่งออกเป็นหน่วยงานอะไรบ้าง").0.reply.intent == .agencyList)
    }

    @Test("a centre question about a place abroad gets the abroad answer, with no year of the MOUs")
    func centreAbroad() {
        let r = decide("ลาวมีศูนย์ส่งเสริมพัฒนาประชาธิปไตยไหม").0.reply
        #expect(r.intent == .centerInfo)
        let abroad = Template.render(Fixtures.catalogue.intent(.centerInfo).replies["abroad"] ?? "<missing>", ["place": "ลาว"])
        #expect(r.text == abroad, "\(r.text ?? "nil")")
        #expect(!(r.text ?? "").contains("2557"))
    }

    @Test("new trainers this year are not in the registers: no figure")
    func newTrainers() {
        #expect(figures(decide("มีวิทยากรหลักรายใหม่กี่คน").0.reply.text).isEmpty)
    }

    @Test("Isan จักคน and the particle เด้ in follow-ups", arguments: ["แพร่เด้", "ท้องถิ่นจักคน"])
    func isanFollowUp(_ text: String) {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "น่าน", "trainer_type": "extended"], at: now)
        let r = decide(text, context: context).0.reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots["trainer_type"] == "extended", "\(r.slots)")
    }

    @Test("a name of two meanings after a trainer type counts when a question word follows; 'none at all' stays none",
          arguments: [("วิทยากรหลักแพร่มีกี่คน", "แพร่"), ("ขยายผลตากกี่คนคะ", "ตาก")])
    func afterType(_ text: String, _ province: String) {
        #expect(decide(text).0.reply.slots["province"] == province)
        // "ไม่มี … เลย" is "at all": no Loei.
        let none = decide("จังหวัดที่ยังไม่มีวิทยากรขยายผลเลยมีกี่จังหวัด").0.reply
        #expect(none.slots["province"] == nil, "\(none.slots)")
    }

    @Test("a name of two meanings joined to a province's name is a place compared")
    func pairedName() {
        let u = decider.interpret(Message(text: "ขยายผลสายท้องถิ่น ตากกับลำพูนที่ไหนมากกว่า", userID: 19, chatID: 19, chatType: .private)).understanding
        #expect(Set(u.provinces) == ["ตาก", "ลำพูน"], "\(u.provinces)")
    }

    @Test("after what a trainer type means, a short count question about a place counts that type there")
    func countAfterDefinition() {
        let context = ConversationContext(intent: .glossary, slots: ["term": "วิทยากรหลัก", "trainer_type": "core"], at: now)
        let r = decide("แล้วลำพูนมีกี่คนคะ", context: context).0.reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots["province"] == "ลำพูน" && r.slots["trainer_type"] == "core", "\(r.slots)")
        // After a term that is no trainer type, no count is guessed.
        let other = ConversationContext(intent: .glossary, slots: ["term": "อสม.", "agency": "HSS"], at: now)
        #expect(decide("แล้วลำพูนมีกี่คนคะ", context: other).0.reply.intent != .trainerCount)
    }

    @Test("Isan มีบ่ asks, like มีไหม, in a follow-up")
    func miBo() {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "extended"], at: now)
        #expect(decide("ของพัฒนาชุมชนมีบ่", context: context).0.reply.slots["agency"] == "CDD")
    }

    @Test("what the MOUs follow (the constitution of 2560) is answered from the knowledge's centre fact")
    func constitution() {
        let quote = "ให้เป็นไปตามเจตนารมณ์ของรัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ๒๕๖๐"
        let base = DeciderTests.snapshot
        let knowledge = KnowledgeSnapshot(registers: base.registers, provinces: base.provinces, entries: base.entries, duties: [:], mous: [],
                                          letter: nil, center: CenterInfo(facts: ["constitution": quote], rollout: [], programmes: []),
                                          trainers: [], trainersVersion: 0)
        let message = Message(text: "ข้อตกลงนี้ทำตามรัฐธรรมนูญฉบับไหนคะ", userID: 19, chatID: 19, chatType: .private)
        let (decision, _) = decider.decide(decider.interpret(message), role: nil, context: nil, knowledge: knowledge, now: now)
        #expect(decision.reply.intent == .mouInfo)
        let expected = Template.render(Fixtures.catalogue.intent(.mouInfo).replies["constitution"] ?? "<missing>", ["quote": quote])
        func arabic(_ t: String) -> String {
            String(t.unicodeScalars.map { (0x0E50...0x0E59).contains($0.value) ? Character(UnicodeScalar($0.value - 0x0E50 + 0x30)!) : Character($0) })
        }
        #expect(arabic(decision.reply.text ?? "") == arabic(expected), "\(decision.reply.text ?? "nil")")
    }

    @Test("'X คือใคร' asks what a term of the MOUs means")
    func whoAre() {
        let r = decide("อาสาสมัครพัฒนาการเมืองของศูนย์คือใครคะ").0.reply
        #expect(r.intent == .glossary)
        #expect(r.slots["term"] == "อาสาสมัครพัฒนาการเมือง", "\(r.slots)")
        // Who did something is still no definition.
        #expect(decide("ใครเป็นคนลงนาม MOU").0.reply.intent != .glossary)
    }

    @Test("in a group, a question that ends by calling a member by name stays silent; one ending with the bot's name is answered",
          arguments: ["ลำพูนมีวิทยากรขยายผลกี่คนคะพี่นก", "ศส.ปชต. ประชุมวันไหนนะ พี่สมชาย"])
    func calledAtTheEnd(_ text: String) {
        guard case .silent = decide(text, chat: .group).0 else {
            Issue.record("expected silence: \(text)")
            return
        }
        #expect(decide("ลำพูนมีวิทยากรขยายผลกี่คนคะน้องบอท", chat: .group).0.reply.slots["province"] == "ลำพูน")
        // "…คะพี่ๆ" asks everyone, the bot too; in a private chat a name changes nothing.
        #expect(decide("ลำพูนมีวิทยากรขยายผลกี่คนคะพี่ๆ", chat: .group).0.reply.slots["province"] == "ลำพูน")
        #expect(decide(text).0.reply.text != nil)
    }
}
