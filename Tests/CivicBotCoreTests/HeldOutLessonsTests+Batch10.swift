import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 10 showed (issue 10), as mechanisms; the messages are ours. Provinces left
/// out of a ranking or a sum; several provinces summed; regions compared; the place a user states
/// carried to the next question; one clause of a department's duties; no count where people were
/// asked for; the ECT as the other side of an agreement; a province's name inside a district's.
@Suite("Held-out lessons, batch 10")
struct HeldOutLessonsBatch10Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    // DeciderTests' registers: ลำพูน core 1+0+2+0+0, extended 7+6+5+4+3 = 25; แพร่ core none,
    // extended 1+1+1+1+11 = 15; nationwide extended 40. Both provinces are in the north.

    func decide(_ text: String, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 7, chatID: 7, chatType: .private)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: HeldOutLessonsBatch8Tests.snapshot, now: now)
    }

    func reply(_ text: String, context: ConversationContext? = nil) -> Reply { decide(text, context: context).0.reply }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing>", values)
    }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    @Test("a province left out is never the place asked about: the ranking leaves it out and says so first",
          arguments: ["จังหวัดไหนมีวิทยากรขยายผลมากที่สุด ไม่นับลำพูน", "ยกเว้นจังหวัดลำพูน จังหวัดไหนมีวิทยากรขยายผลเยอะสุด",
                      "which province has the most extended trainers except Lamphun"])
    func leftOutOfRanking(_ text: String) throws {
        let r = reply(text)
        #expect(r.intent == .trainerCoverage)
        #expect(r.slots["province"] == nil, "ลำพูน was left out, not asked about")
        let english = r.language == .english
        let lamphun = english ? "Lamphun" : "ลำพูน", phrae = english ? "Phrae" : "แพร่"
        let note = Template.render(try #require(Fixtures.catalogue.intent(.trainerCoverage).replies(in: english ? .english : .thai)["left_out"]),
                                   ["provinces": lamphun])
        #expect(r.text?.hasPrefix(note) == true, "\(r.text ?? "")")
        let rankLine = Template.render(try #require(Fixtures.catalogue.intent(.trainerCoverage).replies(in: english ? .english : .thai)["rank_line"]),
                                       ["rank": "1", "province": phrae, "count": "15"])
        #expect(r.text?.contains(rankLine) == true, "แพร่ ranks first without ลำพูน")
        #expect(!figures(r.text).contains(25), "no figure of the province left out")
    }

    @Test("a national sum without a province: its trainers are taken off, and the reply says which")
    func leftOutOfNationalSum() {
        let r = reply("ทั้งประเทศมีวิทยากรขยายผลกี่คน ไม่รวมแพร่")
        #expect(r.intent == .trainerCount)
        #expect(r.slots["province"] == nil)
        #expect(r.text?.hasPrefix(template(.trainerCount, "left_out", ["provinces": "แพร่"])) == true)
        #expect(figures(r.text).contains(25), "40 extended nationwide, 15 of them in แพร่")
        #expect(!figures(r.text).contains(40))
    }

    @Test("a left-out word before no province leaves the place asked about alone")
    func leftOutNeedsAProvince() {
        let r = reply("ลำพูนมีวิทยากรขยายผลกี่คน ไม่นับวิทยากรหลัก")
        #expect(r.slots["province"] == "ลำพูน")
    }

    @Test("several provinces: each one's figures, then their sum, each named")
    func severalProvincesSummed() {
        let r = reply("ลำพูนกับแพร่รวมกันมีวิทยากรขยายผลกี่คน")
        #expect(r.intent == .trainerCount)
        #expect(r.text?.hasSuffix(template(.trainerCount, "provinces_total", [
            "n": "2", "provinces": "ลำพูน แพร่", "what": "วิทยากรขยายผล", "total": "40",
        ])) == true, "\(r.text ?? "")")
    }

    @Test("two regions compared: each region's figures, then the verdict with the difference")
    func regionsCompared() throws {
        let r = reply("ภาคเหนือกับภาคใต้ ภาคไหนมีวิทยากรขยายผลมากกว่ากัน")
        #expect(r.intent == .trainerCount)
        let north = try #require(Fixtures.catalogue.lexicon.region(code: "north")).name
        let south = try #require(Fixtures.catalogue.lexicon.region(code: "south")).name
        #expect(r.text?.hasSuffix(template(.trainerCount, "compare_more", [
            "more": north, "less": south, "what": "วิทยากรขยายผล", "diff": "40", "x": "40", "y": "0",
        ])) == true, "\(r.text ?? "")")
    }

    @Test("a region's answer for one department ends with the sum of both types")
    func regionDepartmentSum() {
        let r = reply("ภาคเหนือมีวิทยากรของพัฒนาชุมชนกี่คน")
        #expect(r.slots["region"] == "north" && r.slots["agency"] == "CDD")
        // CDD in the north (six regions): core 0 + 0, extended 4 + 1.
        #expect(r.text?.contains(template(.trainerCount, "both_types_total", ["total": "5"])) == true, "\(r.text ?? "")")
    }

    @Test("where the asker says they are carries to the next trainer question that names no place",
          arguments: [("อยู่ลำพูนค่ะ", "ลำพูน"), ("ผมอยู่จังหวัดแพร่ครับ", "แพร่")])
    func statedPlace(_ statement: String, _ province: String) throws {
        let (noted, context) = decide(statement)
        guard case .answer(let r) = noted else {
            Issue.record("expected an answer, got \(noted)")
            return
        }
        #expect(r.text == template(.unknown, "place_noted", ["province": province]))
        let next = try #require(context)
        #expect(next.slots["province"] == province)
        #expect(reply("มีวิทยากรขยายผลกี่คนคะ", context: next).slots["province"] == province)
        #expect(reply("ที่นี่มีวิทยากรขยายผลกี่คน", context: next).slots["province"] == province, "here is the stated place")
        #expect(reply("ทั้งประเทศมีวิทยากรขยายผลกี่คน", context: next).slots["province"] == nil, "nationwide stays nationwide")
        #expect(reply("กกต. มีหน้าที่อะไร", context: next).slots["province"] == nil, "no place for another kind of question")
    }

    @Test("a question that names a place is no statement of where the asker is")
    func questionIsNoStatement() {
        let (d, context) = decide("อยู่ลำพูนมีวิทยากรกี่คน")
        #expect(d.reply.intent == .trainerCount)
        #expect(context?.intent == .trainerCount)
    }

    @Test("a clause or the count of a department's duties, after its duties, goes on with that department",
          arguments: [("ข้อ 4 คืออะไร", 4 as Int?), ("มีกี่ข้อ", nil)])
    func clauseFollowUp(_ text: String, _ number: Int?) {
        let duties = ConversationContext(intent: .agencyDuties, slots: ["agency": "HSS"], at: now)
        let u = decider.resolve(decider.interpret(Message(text: text, userID: 7, chatID: 7, chatType: .private)).understanding,
                                normalized: Fixtures.matcher.normalize(text), context: duties)
        #expect(u.intent == .agencyDuties)
        #expect(u.slots["agency"] == "HSS")
        #expect(u.mode == "clause")
        #expect(u.number == number)
    }

    @Test("asked for people, with nobody registered: what the registers hold, and no count of either type",
          arguments: ["ขอรายชื่อวิทยากรหลักลำพูน", "ขอเบอร์โทรวิทยากรขยายผลลำพูนหน่อย", "ขอไลน์วิทยากรลำพูนหน่อยค่ะ"])
    func listWithoutCounts(_ text: String) {
        let r = reply(text)
        #expect(r.intent == .trainerList)
        #expect(!figures(r.text).contains { $0 >= 3 && $0 != 2563 }, "\(r.text ?? "")")
    }

    @Test("the ECT after กับ is the other side of the agreement when a party's term is named")
    func counterparty() {
        let u = Fixtures.matcher.understand(Fixtures.matcher.normalize("กรรมการหมู่บ้านต้องทำอะไรบ้างคะ ตามที่ตกลงกับ กกต."))
        #expect(u.intent == .agencyDuties)
        #expect(u.slots["agency"] == "DOPA")
        // Alone, or before the other party, it is the one asked about.
        #expect(Fixtures.matcher.understand(Fixtures.matcher.normalize("กกต. ต้องทำอะไรบ้างตาม mou")).slots["agency"] == "ECT")
    }

    @Test("a province's name inside a district's name of another province is that district",
          arguments: [("อ.ศรีเชียงใหม่ มีวิทยากรหลักกี่คน", "หนองคาย"), ("ตากใบมีวิทยากรกี่คน", "นราธิวาส"), ("เชียงใหม่มีวิทยากรกี่คน", "เชียงใหม่")])
    func provinceInsideDistrict(_ text: String, _ province: String) {
        #expect(Fixtures.matcher.understand(Fixtures.matcher.normalize(text)).slots["province"] == province)
    }

    @Test("asking for someone else or for a course's audience names no department or type",
          arguments: ["ถามแทนผู้ใหญ่บ้านค่ะ ลำพูนมีวิทยากรกี่คน", "ลำพูนมีวิทยากรกี่คนคะ ถามให้ครูกศน.ค่ะ",
                      "ลำพูนมีวิทยากรบ้างไหม อยากได้มาสอนกลุ่มแม่บ้าน"])
    func askingForSomeoneElse(_ text: String) {
        let u = Fixtures.matcher.understand(Fixtures.matcher.normalize(text))
        #expect(u.intent == .trainerCount)
        #expect(u.slots["province"] == "ลำพูน")
        #expect(u.slots["agency"] == nil && u.slots["trainer_type"] == nil, "\(u.slots)")
    }

    @Test("a ranking after a province's count ranks every province when it asks which")
    func rankingAfterCount() {
        let count = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "extended"], at: now)
        let r = reply("จังหวัดไหนมากสุด", context: count)
        #expect(r.intent == .trainerCoverage)
        #expect(r.slots == ["trainer_type": "extended"])
    }

    @Test("the total of what was just given, asked alone, after one type's count: both types and their sum")
    func sumFollowUp() {
        let core = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "extended"], at: now)
        let r = reply("รวมเป็นเท่าไหร่", context: core)
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["province": "ลำพูน"])
        // ลำพูน: core 3, extended 25.
        #expect(r.text?.contains(template(.trainerCount, "both_types_total", ["total": "28"])) == true, "\(r.text ?? "")")
        #expect(reply("รวมเป็นเท่าไหร่").slots["province"] == nil, "without a context it names no place")
    }
}
