import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 8 showed (issue 10), as mechanisms; the messages are ours. In a group, a tag
/// alone does not make talk a question; what a trainer type or the course is, is a glossary
/// question; a department named narrows the MOU and contact answers; a subdistrict, a town or a
/// place abroad is not taken for a province of similar letters; follow-ups of glossary and MOU
/// answers.
@Suite("Held-out lessons, batch 8")
struct HeldOutLessonsBatch8Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// The decider tests' registers, with two MOUs (test names) and a letter from the DLA.
    static let snapshot: KnowledgeSnapshot = {
        let s = DeciderTests.snapshot
        func person(_ name: String, _ agency: String, _ role: String = "signatory") -> MOUSummary.Signatory {
            MOUSummary.Signatory(name: name, rank: nil, title: "ตำแหน่งทดสอบ", role: role, agency: agency)
        }
        let mous = [
            MOUSummary(id: "MOU1", title: "บันทึกข้อตกลงทดสอบ", parties: ["ECT", "DOPA", "DLA", "HSS", "DOP"], termYears: 4, termText: "สี่ปี",
                       noticeDays: 30, terminationText: "แจ้งล่วงหน้า", amendmentText: nil,
                       signatories: [person("นายเอ ทดสอบ", "ECT"), person("นายบี ทดสอบ", "DOPA"), person("นางซี ทดสอบ", "DOP")]),
            MOUSummary(id: "MOU2", title: "บันทึกข้อตกลงทดสอบสอง", parties: ["ECT", "CDD"], termYears: 3, termText: "สามปี",
                       noticeDays: nil, terminationText: nil, amendmentText: nil,
                       signatories: [person("นายเอ ทดสอบ", "ECT"), person("นายดี ทดสอบ", "CDD"), person("นายอี ทดสอบ", "CDD", "witness")]),
        ]
        let letter = LetterInfo(reference: "ที่ ทดสอบ 1", date: "1 กุมภาพันธ์ 2565", dateISO: "2022-02-01", sender: "กรมส่งเสริมการปกครองท้องถิ่น",
                                subject: "ส่งบันทึกข้อตกลง", addressees: "ผู้ว่าราชการจังหวัด", attachments: [], body: ["เพื่อทดสอบ"],
                                signerName: "นายทดสอบ", signerTitle: "อธิบดี", responsibleOffice: "กองทดสอบ", phone: "0-0000-0001",
                                fax: "0-0000-0002", coordinator: "นางทดสอบ")
        return KnowledgeSnapshot(registers: s.registers, provinces: s.provinces, entries: s.entries, duties: [:], mous: mous, letter: letter,
                                 center: CenterInfo(facts: [:], rollout: [], programmes: []), trainers: [], trainersVersion: 0)
    }()

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> Decision {
        let message = Message(text: text, userID: 7, chatID: chat == .private ? 7 : -7, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: Self.snapshot, now: now).0
    }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing>", values)
    }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    @Test("in a group, a tag on talk that names nothing of the field stays silent; a tag on something it knows is answered",
          arguments: ["@civicbot ราคาหมูวันนี้เท่าไหร่", "@civicbot ร้องเพลงให้ฟังหน่อย", "@civicbot 555 วันนี้ร้อนมากเลย"])
    func offTopicTagInGroup(_ text: String) {
        let d = decide(text, chat: .group)
        #expect(d == .silent(Reply(intent: .unknown, slots: [:], text: nil), .chatter), "\(d)")
        #expect(decide(text).reply.text != nil, "a private chat always gets an answer")
    }

    @Test("a tag with a word of the field, a place or a command is answered in a group",
          arguments: ["@civicbot ขอตัวเลขหน่อย", "@civicbot ลำพูนมีสักสาขามั้ย", "/help"])
    func onTopicTagInGroup(_ text: String) {
        #expect(decide(text, chat: .group).reply.text != nil)
    }

    @Test("what a trainer type is, is a glossary question answered with the two registers' totals")
    func trainerTypeDefined() {
        let r = decide("วิทยากรหลักคืออะไร").reply
        #expect(r.intent == .glossary)
        #expect(r.slots == ["term": "วิทยากรหลัก", "trainer_type": "core"])
        // DeciderTests' registers: core 1+0+2 in ลำพูน, none in แพร่; extended 25 + 15.
        #expect(r.text == template(.glossary, "types_defined", ["year": "2563", "core": "3", "core_provinces": "2", "extended": "40", "extended_provinces": "2"]))
        #expect(decide("วิทยากรหลักกับวิทยากรขยายผลต่างกันยังไง").reply.intent == .glossary)
        // With places, "ต่างกัน" compares them.
        #expect(decide("ลำพูนกับแพร่ วิทยากรขยายผลต่างกันยังไง").reply.intent == .trainerCount)
    }

    @Test("the course's name is a word of the glossary: its meaning, not an expansion")
    func courseName() {
        let r = decide("พลเมืองคุณภาพ หมายถึงอะไร").reply
        #expect(r.intent == .glossary)
        #expect(r.slots["term"] == "พลเมืองคุณภาพ")
        let entry = Fixtures.catalogue.lexicon.glossaryTerm("พลเมืองคุณภาพ")
        #expect(r.text == template(.glossary, "word", ["term": "พลเมืองคุณภาพ", "meaning": entry?.meaning ?? "?"]))
    }

    @Test("a department named in an MOU question: its MOU only, and its own signatories")
    func mouOfOneDepartment() {
        let r = decide("ใครเซ็น MOU ฝั่ง พช.").reply
        #expect(r.intent == .mouInfo)
        #expect(r.slots == ["agency": "CDD"])
        let text = r.text ?? ""
        #expect(text.contains("นายดี ทดสอบ") && text.contains("นายอี ทดสอบ"))
        #expect(!text.contains("นายบี ทดสอบ") && !text.contains("นายเอ ทดสอบ"), "another party's signatory: \(text)")
        let term = decide("บันทึกข้อตกลงกับ พช. มีอายุกี่ปี").reply.text ?? ""
        #expect(figures(term).contains(3) && !figures(term).contains(4), "the CDD's MOU is 3 years, the other's 4: \(term)")
    }

    @Test("a department named reports its slot without making a message more of a question (reports: do not score)")
    func reportedSlotsDoNotScore() {
        let plain = Fixtures.matcher.understand(Fixtures.matcher.normalize("ขอเบอร์ติดต่อหน่อย"))
        let named = Fixtures.matcher.understand(Fixtures.matcher.normalize("ขอเบอร์ติดต่อ พช. หน่อย"))
        #expect(plain.intent == .contact && named.intent == .contact)
        #expect(named.slots["agency"] == "CDD")
        #expect(named.score == plain.score)
    }

    @Test("another department's own number is not held: the reply says so before the letter's contact")
    func contactOfAnotherDepartment() {
        let other = decide("ขอเบอร์ พช. หน่อย").reply.text ?? ""
        #expect(other.hasPrefix(template(.contact, "agency_not_held", ["agency": "กรมการพัฒนาชุมชน"])))
        #expect(other.contains("0-0000-0001"))
        let sender = decide("ขอเบอร์ติดต่อ สถ. หน่อย").reply.text ?? ""
        #expect(!sender.contains(template(.contact, "agency_not_held", ["agency": "กรมส่งเสริมการปกครองท้องถิ่น"])), "the letter is the DLA's own")
    }

    @Test("a province's name after ตำบล or หมู่บ้าน names the subdistrict: no province figure, no guess",
          arguments: ["ตำบลลำพูนมีวิทยากรขยายผลกี่คน", "หมู่บ้านแพร่มีวิทยากรขยายผลกี่คน"])
    func subdistrictOfAProvinceName(_ text: String) {
        let r = decide(text).reply
        #expect(r.slots["province"] == nil)
        #expect(!figures(r.text).contains(25) && !figures(r.text).contains(15), "a province's figure: \(r.text ?? "")")
    }

    @Test("a place abroad is no district that begins with its letters; a well-known town is its province")
    func abroadAndTowns() {
        #expect(decide("เขมรมีวิทยากรขยายผลมั้ย").reply.slots["province"] == nil)
        let town = Fixtures.matcher.understand(Fixtures.matcher.normalize("พัทยามีวิทยากรหลักกี่คน"))
        #expect(town.slots["province"] == "ชลบุรี")
        #expect(town.district == "พัทยา")
    }

    @Test("a party's term beside a named department is a second department")
    func partyTermBesideDepartment() {
        let u = Fixtures.matcher.understand(Fixtures.matcher.normalize("วิทยากรขยายผลของ อสม. กับ พช. ฝ่ายไหนเยอะกว่า"))
        #expect(u.intent == .trainerCount)
        #expect(Set(u.agencies) == ["HSS", "CDD"])
    }

    @Test("follow-ups of a glossary answer name another term; of an MOU answer, another department")
    func glossaryAndMOUFollowUps() {
        let glossary = ConversationContext(intent: .glossary, slots: ["term": "อสม.", "agency": "HSS"], at: now)
        let next = decide("ศพอส.ล่ะ", context: glossary).reply
        #expect(next.intent == .glossary)
        #expect(next.slots["term"] == "ศพอส.")
        #expect(next.slots["agency"] == Fixtures.catalogue.lexicon.glossaryTerm("ศพอส.")?.agency)
        #expect(decide("แล้วลำพูนล่ะ", context: glossary).reply.intent != .glossary, "a province is nothing a glossary answer takes")
        let mou = ConversationContext(intent: .mouInfo, slots: ["agency": "CDD"], at: now)
        let other = decide("แล้วฝั่ง ผส.ล่ะ", context: mou).reply
        #expect(other.intent == .mouInfo)
        #expect(other.slots == ["agency": "DOP"])
    }
}
