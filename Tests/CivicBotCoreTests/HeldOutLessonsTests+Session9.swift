import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// Mechanisms of the ninth session (issue 10), the messages ours: a self-introduction's department
/// is the asker's own; ที่นั่น after an answer; part of a region, which no grouping holds.
@Suite("Held-out lessons, session 9")
struct HeldOutLessonsSession9Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 9, chatID: 9, chatType: .private)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    @Test("the department of a self-introduction is no topic of a count", arguments: [
        ("ผมเป็นปลัดอบต.อยู่ที่ขอนแก่น อยากทราบว่ามีวิทยากรขยายผลกี่คนครับ", ["province": "ขอนแก่น", "trainer_type": "extended"]),
        ("หนูเป็นนักพัฒนาชุมชนค่ะ ลำปางมีวิทยากรหลักกี่คน", ["province": "ลำปาง", "trainer_type": "core"]),
        ("ดิฉันเป็นเจ้าหน้าที่สาธารณสุขค่ะ อยากรู้ว่าลำพูนมีวิทยากรกี่คน", ["province": "ลำพูน"]),
    ])
    func introductionIsNoTopic(_ text: String, _ slots: [String: String]) {
        let u = understand(text)
        #expect(u.intent == .trainerCount)
        #expect(u.slots == slots, "\(u.slots)")
    }

    @Test("a department named in the question still counts beside an introduction")
    func namedBesideIntroduction() {
        #expect(understand("หนูเป็นนักพัฒนาชุมชนค่ะ สงสัยว่ากรมการปกครองต้องทำอะไรบ้าง").slots == ["agency": "DOPA"])
        #expect(understand("ผมเป็นปลัดอบต. อยากรู้ว่าขอนแก่นมีวิทยากรของพช.กี่คน").slots["agency"] == "CDD")
        // Without "I" before เป็น it is what the trainers are, not who asks.
        #expect(understand("วิทยากรที่เป็นเจ้าหน้าที่กรมการปกครองในลำปางมีกี่คน").slots["agency"] == "DOPA")
    }

    @Test("alone in a duties question, the asker's department is the one asked about; a term named is the topic")
    func ownDuties() {
        let own = understand("ผมเป็นปลัดอบต.ครับ ต้องทำอะไรบ้างตาม MOU")
        #expect(own.intent == .agencyDuties)
        #expect(own.slots == ["agency": "DLA"])
        #expect(understand("ผมเป็นผู้ใหญ่บ้าน อยากรู้ว่าศส.ปชต.มีหน้าที่อะไร").intent == .centerInfo)
    }

    @Test("ที่นั่น and จังหวัดนั้น after an answer are its province; with no province answered they are asked back")
    func thatPlace() {
        let after = ConversationContext(intent: .trainerCount, slots: ["province": "ลำปาง"], at: now)
        let (d, _) = decide("ที่นั่นมีวิทยากรขยายผลกี่คน", context: after)
        #expect(d.reply.slots == ["province": "ลำปาง", "trainer_type": "extended"])
        let duties = ConversationContext(intent: .agencyDuties, slots: ["agency": "CDD"], at: now)
        let (asked, _) = decide("ที่นั่นมีวิทยากรกี่คน", context: duties)
        #expect(asked.reply.slots["province"] == nil)
        if case .answer = asked { Issue.record("a place nobody named was answered: \(asked.reply.text ?? "")") }
    }

    @Test("a polite particle is no sentence start for a name that is also a word; ยาย inside ขยาย is no speaker")
    func noWrongPlace() {
        #expect(understand("ไม่เข้าใจค่ะ เลยขอถามใหม่ วิทยากรขยายผลทั้งประเทศมีกี่คน").slots["province"] == nil)
        #expect(understand("วิทยากรขยายสังกัดกรมการปกครองในลำปางมีกี่คน").slots["agency"] == "DOPA")
    }

    @Test("เจ้าหน้าที่ holds หน้าที่ without meaning a duty; หน้าที่ said on its own still asks for duties")
    func officialIsNoDuty() {
        let count = understand("ผมเป็นเจ้าหน้าที่กรมการปกครอง ลำปางมีวิทยากรกี่คน")
        #expect(count.intent == .trainerCount)
        #expect(count.slots == ["province": "ลำปาง"])
        #expect(understand("เจ้าหน้าที่ท้องถิ่นต้องทำอะไรบ้างตาม MOU").slots == ["agency": "DLA"])
        #expect(understand("เจ้าหน้าที่กกต.มีหน้าที่อะไร").intent == .agencyDuties)
    }

    @Test("part of a region is said to be no grouping, with no figure; a named sub-region is answered",
          arguments: ["อีสานใต้มีวิทยากรกี่คน", "ภาคกลางตอนล่างมีวิทยากรขยายผลกี่คน"])
    func regionPart(_ text: String) throws {
        let (d, _) = decide(text)
        guard case .clarify(let reply) = d else { Issue.record("\(d)"); return }
        let text = try #require(reply.text)
        #expect(text.filter(\.isNumber).isEmpty, "\(text)")
        let (upper, _) = decide("ภาคเหนือตอนบนมีวิทยากรกี่คน")
        guard case .answer(let answered) = upper else { Issue.record("\(upper)"); return }
        #expect(answered.slots["region"] == "upper_north")
    }
}
