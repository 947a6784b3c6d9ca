import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 9 showed (issue 10), as mechanisms; the messages are ours. Both types summed
/// for one department; the asker's own place asked back; a document question after an answer
/// asks it of that answer's department or province.
@Suite("Held-out lessons, batch 9")
struct HeldOutLessonsBatch9Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, context: ConversationContext? = nil) -> Decision {
        let message = Message(text: text, userID: 7, chatID: 7, chatType: .private)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: HeldOutLessonsBatch8Tests.snapshot, now: now).0
    }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing>", values)
    }

    @Test("both types of one department, nationwide and in a province, end with their sum",
          arguments: [("วิทยากรของพช.ทั้งหลักทั้งขยายผลรวมกันกี่คน", nil as String?), ("ลำพูนมีวิทยากรของ สบส. ทั้งสองแบบรวมกันกี่คน", "ลำพูน")])
    func bothTypesOfOneDepartment(_ text: String, _ province: String?) {
        let r = decide(text).reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots["trainer_type"] == nil, "both types were asked")
        #expect(r.slots["province"] == province)
        // DeciderTests' registers: CDD nationwide core 0 + extended 4 + 1; HSS in ลำพูน core 2, extended 5.
        let total = province == nil ? 5 : 7
        #expect(r.text?.hasSuffix(template(.trainerCount, "both_types_total", ["total": "\(total)"])) == true, "\(r.text ?? "")")
    }

    @Test("the asker's own place, unnamed, is asked back: which province, no figure",
          arguments: ["ที่นี่มีวิทยากรขยายผลกี่คนคะ", "จังหวัดเรามีวิทยากรหลักไหม", "how many trainers in my province?"])
    func herePlace(_ text: String) {
        let d = decide(text)
        guard case .clarify(let reply) = d else {
            Issue.record("expected a question back, got \(d)")
            return
        }
        #expect(reply.slots["province"] == nil)
        let language: Language = text.first?.isASCII == true ? .english : .thai
        #expect(reply.text == (try? decider.renderer.text(.unknown, "which_province", language: language)))
    }

    @Test("a document question that goes on from the last answer asks it of that answer's department or province")
    func documentQuestionAfterAnswer() {
        let duties = ConversationContext(intent: .agencyDuties, slots: ["agency": "CDD"], at: now)
        let mou = decide("แล้ว mou นี้มีผลนานแค่ไหน", context: duties).reply
        #expect(mou.intent == .mouInfo)
        #expect(mou.slots["agency"] == "CDD")
        let count = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน"], at: now)
        let contact = decide("แล้วติดต่อใครได้บ้าง", context: count).reply
        #expect(contact.intent == .contact)
        #expect(contact.slots["province"] == "ลำพูน")
        // Without a follow-up word it is a question of its own.
        #expect(decide("mou มีผลนานแค่ไหน", context: duties).reply.slots["agency"] == nil)
    }

    @Test("what a department's code means is a glossary question, in English too")
    func codeMeaning() {
        #expect(decide("What does DOPA mean?").reply.intent == .glossary)
        #expect(decide("what does สถ. mean?").reply.intent == .glossary)
    }
}

/// What the session's review found, as tests.
extension HeldOutLessonsBatch9Tests {
    @Test("a follow-up that names a body of its own does not take the last answer's department")
    func ownBodyIsNotInherited() {
        let count = ConversationContext(intent: .agencyDuties, slots: ["agency": "CDD"], at: now)
        let r = decide("แล้ว กศน. มีหน้าที่อะไร", context: count).reply
        #expect(r.slots["agency"] != "CDD", "\(r.slots)")
    }

    @Test("a province's name after a subdistrict word counts when a space parts them; a district named like a province's nickname is the district")
    func spacedSubdistrictWordAndDistrictNames() {
        let spaced = Fixtures.matcher.understand(Fixtures.matcher.normalize("อสม.ประจำหมู่บ้าน ลำพูน มีวิทยากรกี่คน"))
        #expect(spaced.slots["province"] == "ลำพูน")
        let district = Fixtures.matcher.understand(Fixtures.matcher.normalize("อำเภอสองแควมีวิทยากรกี่คน"))
        #expect(district.slots["province"] == "น่าน")
        #expect(Fixtures.matcher.understand(Fixtures.matcher.normalize("เมืองสองแควมีวิทยากรกี่คน")).slots["province"] == "พิษณุโลก")
    }

    @Test("the party of every MOU narrows nothing: who signed for the ECT lists everyone who signed")
    func everyMOUsParty() {
        let text = decide("ใครเซ็น MOU ฝั่ง กกต.").reply.text ?? ""
        #expect(text.contains("นายบี ทดสอบ") && text.contains("นายดี ทดสอบ"), "\(text)")
    }

    @Test("after a department's duties, a term the answer does not take is no follow-up of it")
    func termKindsOfFollowUps() {
        let duties = ConversationContext(intent: .agencyDuties, slots: ["agency": "HSS", "term": "อสม."], at: now)
        let r = decide("แล้ว MOU ล่ะ", context: duties).reply
        #expect(!(r.intent == .agencyDuties && r.slots["term"] == "MOU"), "\(r.intent) \(r.slots)")
    }
}
