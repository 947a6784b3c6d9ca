import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 16 showed (issue 10), as mechanisms; the messages are ours. A district the
/// lexicon does not know whose name ends in one it knows; a place it does not know before a trainer
/// type; the bot called by a kin word glued on after a polite particle; "this department" and
/// "this letter" in follow-ups; ปท. for the country.
@Suite("Held-out lessons, batch 16")
struct HeldOutLessonsBatch16Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 7, chatID: chat == .private ? 7 : -7, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    /// The numbers a reply states, years and clause numbers aside, and those of the template
    /// `key` it should be (77 in "not among the 77 provinces").
    func figures(_ text: String?, besides key: String) -> [Int] {
        func numbers(_ s: String) -> [Int] { s.split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 > 9 && !(2500...2600).contains($0) } }
        let own = numbers(Fixtures.catalogue.intent(.trainerCount).replies[key] ?? "")
        return numbers(text ?? "").filter { !own.contains($0) }
    }

    /// The reply is the template `unknown_province` (no suggestion a test could rely on).
    func isUnknownPlace(_ text: String?) -> Bool {
        let template = Fixtures.catalogue.intent(.trainerCount).replies["unknown_province"] ?? "<missing>"
        let parts = template.components(separatedBy: "{suggestions}")
        return parts.count == 2 && (text ?? "").hasPrefix(parts[0]) && (text ?? "").hasSuffix(parts[1])
    }

    @Test("after อำเภอ, a district's name at the end of letters no word covers is no district asked (พร้าว in โคกมะพร้าวทอง)")
    func districtInsideLongerName() {
        #expect(understand("อำเภอพร้าวมีวิทยากรขยายผลกี่คน").slots["province"] == "เชียงใหม่")
        #expect(understand("อ.ฝาง ขยายผลกี่คน").slots["province"] == "เชียงใหม่")
        for text in ["อำเภอโคกมะพร้าวทองขยายผลกี่คนคะ", "อำเภอหนองปลาวาฬ ขยายผล"] {
            let (d, _) = decide(text)
            #expect(d.reply.slots["province"] == nil, "\(text): \(d)")
            #expect(isUnknownPlace(d.reply.text), "\(d.reply.text ?? "")")
            #expect(figures(d.reply.text, besides: "unknown_province").isEmpty, "a figure for a place nobody asked: \(d.reply.text ?? "")")
        }
    }

    @Test("a place the bot does not know before ขยายผล is a place asked: no national figures",
          arguments: ["กำแพงสาครขยายผลกี่คน", "@CivicBot บ้านดอนแก้วขยายผลกี่คนคะ"])
    func unknownPlaceBeforeType(_ text: String) {
        let (d, _) = decide(text)
        #expect(d.reply.intent == .trainerCount)
        #expect(d.reply.slots["province"] == nil)
        #expect(isUnknownPlace(d.reply.text), "\(d.reply.text ?? "")")
        #expect(figures(d.reply.text, besides: "unknown_province").isEmpty, "national figures for an unknown place: \(d.reply.text ?? "")")
        // The same shape with a known province is answered.
        #expect(understand("ลำพูนขยายผลกี่คน").slots == ["province": "ลำพูน", "trainer_type": "extended"])
    }

    @Test("in a group, a kin word with the bot's name glued on after a polite particle calls the bot; the bare name, or thanks in passing, does not")
    func gluedCall() {
        let glued = decider.interpret(Message(text: "สวัสดีค่ะน้องบอท", userID: 7, chatID: -7, chatType: .group))
        #expect(glued.addressed)
        #expect(decide("สวัสดีค่ะน้องบอท", chat: .group).0.reply.intent == .greeting)
        #expect(decide("สวัสดีค่ะน้องบอท", chat: .group).0.reply.text != nil)
        for text in ["ขอบคุณค่ะบอท", "ขอบคุณค่ะน้องบอท"] {
            #expect(!decider.interpret(Message(text: text, userID: 7, chatID: -7, chatType: .group)).addressed, "\(text)")
            #expect(decide(text, chat: .group).0.reply.text == nil, "\(text)")
        }
    }

    @Test("กรมนี้ and หน่วยงานนี้ keep the department of the last answer; ทั้งปท. asks for the whole country")
    func thisDepartment() {
        let before = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "agency": "DOPA"], at: now)
        #expect(decide("กรมนี้มีวิทยากรหลักที่แพร่กี่คน", context: before).0.reply.slots
            == ["province": "แพร่", "agency": "DOPA", "trainer_type": "core"])
        #expect(decide("แล้วหน่วยงานนี้มีวิทยากรขยายผลที่ตากกี่คน", context: before).0.reply.slots
            == ["province": "ตาก", "agency": "DOPA", "trainer_type": "extended"])
        let national = decide("ทั้งปท.ล่ะ", context: ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน"], at: now)).0.reply
        #expect(national.intent == .trainerCount)
        #expect(national.slots["province"] == nil)
        #expect(national.text != nil)
    }

    @Test("a short form inside a longer province's name misspelt is that longer province (นครศรี inside พระนครศรีอยุทธยา)")
    func shortFormInsideMisspeltName() {
        #expect(understand("จ.พระนครศรีอยุทธยา วิทยากรขยายผลฯมีกี่คนคะ").provinces == ["พระนครศรีอยุธยา"])
        #expect(understand("พระนครสีอยุธยามีวิทยากรกี่คน").provinces == ["พระนครศรีอยุธยา"])
        // The short form alone, or beside the other province, is still นครศรีธรรมราช.
        #expect(understand("นครศรีมีวิทยากรกี่คน").provinces == ["นครศรีธรรมราช"])
        #expect(understand("อยุธยากับนครศรีที่ไหนมีวิทยากรมากกว่า").provinces == ["พระนครศรีอยุธยา", "นครศรีธรรมราช"])
    }

    @Test("who signed the covering letter is the letter's answer (its signer), the governors it is addressed to no department")
    func letterSigner() {
        let u = understand("ไม่ทราบว่าใครลงนามหนังสือถึงผู้ว่าราชการจังหวัด")
        #expect(u.intent == .mouInfo)
        #expect(u.mode == "letter")
        #expect(u.slots["agency"] == nil, "the governors are DOPA's no more than the letter's addressees: \(u.slots)")
        #expect(understand("ใครลงนามใน MOU").mode == "signatories")
        #expect(understand("ผู้ลงนามในหนังสือบันทึกข้อตกลง").mode == "signatories")
    }

    @Test("an activity of the other side (อบรมของ กกต.) leaves the department asked about as the subject")
    func activityOfTheOtherSide() {
        #expect(decide("องค์กรปกครองส่วนท้องถิ่นต้องส่งคนเข้าร่วมอบรมของ กกต. ไหม").0.reply.slots["agency"] == "DLA")
        #expect(decide("อสม.ต้องเข้าร่วมกิจกรรมของ กกต. ไหม").0.reply.slots["agency"] == "HSS")
        // Alone, the other side is what is asked about.
        let alone = decide("หน้าที่ของ กกต. ในโครงการของ กกต. มีอะไรบ้าง").0.reply
        #expect(alone.slots["agency"] == "ECT", "\(alone)")
    }

    @Test("หนังสือนี้ is the covering letter; its coordinator is a contact question")
    func thisLetter() {
        #expect(understand("หนังสือนี้ส่งถึงใครคะ").intent == .mouInfo)
        #expect(understand("ผู้ประสานงานหนังสือนี้ชื่ออะไร").intent == .contact)
    }

    @Test("หมายถึง before a province is a correction that names the place")
    func meaning() {
        let before = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "core"], at: now)
        let (d, next) = decide("ขอโทษค่ะ หมายถึงตากค่ะ", context: before)
        #expect(d.reply.slots == ["province": "ตาก", "trainer_type": "core"])
        // It asks no meaning: what follows it is a count again, not what the types mean.
        #expect(next?.mode == nil, "\(String(describing: next))")
    }
}
