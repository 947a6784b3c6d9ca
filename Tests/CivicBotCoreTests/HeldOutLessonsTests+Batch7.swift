import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 7 showed (issue 10), as mechanisms; the messages are ours. Misspellings of the
/// domain's words are repaired at the edge; a place abroad or a word that only looks like a
/// province is asked about, never answered with the national figures; the person who asks is not
/// the department asked about.
extension HeldOutLessonsTests {
    func decision(_ text: String, chatType: ChatType = .private, context: ConversationContext? = nil) -> Decision {
        let message = Message(text: text, userID: 7, chatID: chatType == .private ? 7 : -7, chatType: chatType)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: Self.snapshot, now: now).0
    }

    @Test("misspellings of the trainer words are repaired before matching; วิทยาการ alone stays a word")
    func misspellingsRepaired() {
        let matcher = Fixtures.matcher
        #expect(matcher.normalize("ลำพูน วิทยาการ หลัก กี่คน").compact == ThaiNormalizer.normalize("ลำพูนวิทยากรหลักกี่คน").compact)
        #expect(matcher.normalize("วิทยากนขยายผน").compact == ThaiNormalizer.normalize("วิทยากรขยายผล").compact)
        #expect(matcher.normalize("วิทยาการคอมพิวเตอร์เรียนกี่ปี") == ThaiNormalizer.normalize("วิทยาการคอมพิวเตอร์เรียนกี่ปี"))
        let r = reply("ลำพูนมีวิทยาการหลักกี่คน")
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["province": "ลำพูน", "trainer_type": "core"])
    }

    @Test("a place outside Thailand gets no figure, wherever it stands; a district of the same letters is the district",
          arguments: ["ขอยอดวิทยากรหลักลาว", "วิทยากรขยายผลของมาเลเซียกี่คน", "อยากรู้จำนวนวิทยากรหลักของไต้หวันค่ะ"])
    func abroad(_ text: String) {
        let r = reply(text)
        #expect(r.intent == .trainerCount)
        #expect(r.slots["province"] == nil)
        #expect(figures(r.text).allSatisfy { $0 == 77 }, "a figure for a place abroad: \(r.text ?? "")")
    }

    @Test("แม่ลาว is a district of เชียงราย, not Laos")
    func districtNotAbroad() {
        #expect(reply("แม่ลาวมีวิทยากรกี่คน").slots["province"] == "เชียงราย")
    }

    @Test("after ที่, a word that begins two provinces' names is asked about; an ordinary clause after ที่ is not")
    func provinceLikeAfterThi() {
        let r = reply("วิทยากรหลักที่เพชรมีเท่าไหร่")
        #expect(r.slots["province"] == nil)
        #expect(figures(r.text).allSatisfy { $0 == 77 }, "a national figure for เพชร…: \(r.text ?? "")")
        #expect(figures(reply("วิทยากรหลักที่ลงทะเบียนไว้มีกี่คน").text).contains(1 + 2), "national core total expected")
    }

    @Test("the village headman who asks is not the department asked about; in a duties question he names it",
          arguments: ["ผู้ใหญ่บ้านถามว่าลำพูนมีวิทยากรหลักกี่คน", "หนูเป็น อสม. อยู่ลำพูนค่ะ อยากรู้ว่าจังหวัดหนูมีวิทยากรหลักกี่คน"])
    func speakerIsNoDepartment(_ text: String) {
        let r = reply(text)
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["province": "ลำพูน", "trainer_type": "core"])
    }

    @Test("a party's person term that is the topic still names its party")
    func personTermAsTopic() {
        #expect(reply("ผู้ใหญ่บ้านมีหน้าที่อะไรตาม MOU").slots["agency"] == "DOPA")
    }

    @Test("a misspelt province in a short follow-up of a count continues it, for that province")
    func misspeltFollowUp() {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "core"], at: now)
        let r = decision("แล้วเชียงไหม่ล่ะ", context: context).reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["province": "เชียงใหม่", "trainer_type": "core"])
    }

    @Test("a district's name in an unaddressed group question is as sure as its province's")
    func districtInGroup() {
        let r = decision("สัตหีบมีวิทยากรหลักไหม", chatType: .group).reply
        #expect(r.slots["province"] == "ชลบุรี")
        #expect(r.text != nil, "answered, not silent")
    }

    @Test("a type alone right after a province's count refines it for that province; the whole country or a place abroad does not")
    func refinementKeepsThePlace() {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "core"], at: now)
        let refined = decision("ขยายผลมีเท่าไหร่", context: context).reply
        #expect(refined.slots == ["province": "ลำพูน", "trainer_type": "extended"])
        #expect(figures(refined.text).contains(7 + 6 + 5 + 4 + 3), "Lamphun's extended total: \(refined.text ?? "")")
        #expect(decision("วิทยากรขยายผลทั้งประเทศมีเท่าไหร่", context: context).reply.slots["province"] == nil)
        let abroad = decision("วิทยากรขยายผลในมาเลเซียมีเท่าไหร่", context: context).reply
        #expect(abroad.slots["province"] == nil)
        #expect(figures(abroad.text).allSatisfy { $0 == 77 }, "\(abroad.text ?? "")")
    }

    @Test("a district in a follow-up stands for its province, and the reply says where the district is")
    func districtFollowUp() {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "core"], at: now)
        let r = decision("แล้วอำเภอเกาะสมุยล่ะ", context: context).reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["province": "สุราษฎร์ธานี", "trainer_type": "core"])
        #expect(r.text?.contains("เกาะสมุย") == true, "the district is named: \(r.text ?? "")")
    }
}
