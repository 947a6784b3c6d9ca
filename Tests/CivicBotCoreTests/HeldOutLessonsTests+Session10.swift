import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// Mechanisms of the tenth session (issue 10, what batch 14 showed), the messages ours: the
/// asker's own place in a self-introduction; กรมนั้น and จังหวัดเดิม after an answer; a greeting
/// around a question; a call to the bot at the end; numbers that are not the question.
@Suite("Held-out lessons, session 10")
struct HeldOutLessonsSession10Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, context: ConversationContext? = nil, chat: ChatType = .private) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 9, chatID: chat == .group ? -9 : 9, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    @Test("the place of a self-introduction is the asker's; the question is about the place named after it", arguments: [
        ("ผมเป็นอสม. อยู่ลำพูนครับ อยากทราบว่าแพร่มีวิทยากรหลักกี่คน", "แพร่"),
        ("หนูเป็นพัฒนากร อยู่ที่เชียงใหม่ค่ะ ขอยอดวิทยากรขยายผลของลำปางหน่อย", "ลำปาง"),
        ("ลุงเป็นกรรมการหมู่บ้านที่ขอนแก่น สงสัยว่าจังหวัดชัยภูมิมีวิทยากรกี่คน", "ชัยภูมิ"),
        // typed without its tone mark
        ("ผมอยู อบต.ที่นครพนม มุกดาหารมีวิทยากรกี่คน", "มุกดาหาร"),
    ])
    func askersPlace(_ text: String, _ asked: String) {
        let u = understand(text)
        #expect(u.intent == .trainerCount)
        #expect(u.slots["province"] == asked, "\(u.slots)")
    }

    @Test("the asker's place is the one asked about when the message names no other, or names it again")
    func ownPlaceKept() {
        #expect(understand("ผมเป็นอสม. อยู่ลำพูนครับ อยากทราบว่ามีวิทยากรกี่คน").slots["province"] == "ลำพูน")
        // named twice: compared, not dropped
        #expect(understand("ผมอยู่ลำปาง ลำปางกับลำพูนที่ไหนมีวิทยากรมากกว่า").provinces == ["ลำปาง", "ลำพูน"])
        // a place after the question word is asked about even after "I"
        #expect(understand("ผมขอถามว่าที่ลำปางมีวิทยากรกี่คน").slots["province"] == "ลำปาง")
    }

    @Test("a district after the asker's province is the place asked about")
    func districtAfterOwnPlace() {
        let u = understand("ผมอยู่ อบต. อยู่เชียงราย สงสัยว่าอำเภอปากช่องมีวิทยากรกี่คนครับ")
        #expect(u.slots["province"] == "นครราชสีมา", "\(u.slots)")
    }

    @Test("กรมนั้น after an answer about a department is that department; with none answered it names none")
    func thatDepartment() {
        let duties = ConversationContext(intent: .agencyDuties, slots: ["agency": "DLA"], at: now)
        let (count, _) = decide("กรมนั้นในแพร่มีวิทยากรขยายผลกี่คน", context: duties)
        #expect(count.reply.intent == .trainerCount)
        #expect(count.reply.slots == ["province": "แพร่", "agency": "DLA", "trainer_type": "extended"])
        let province = ConversationContext(intent: .trainerCount, slots: ["province": "ลำปาง"], at: now)
        let (other, _) = decide("หน่วยงานนั้นในแพร่มีวิทยากรขยายผลกี่คน", context: province)
        #expect(other.reply.slots["agency"] == nil)
    }

    @Test("จังหวัดเดิม after a province's answer is that province")
    func samePlace() {
        let after = ConversationContext(intent: .trainerCount, slots: ["province": "ลำปาง"], at: now)
        let (d, _) = decide("จังหวัดเดิม กรมการพัฒนาชุมชน วิทยากรหลักเท่าไหร่", context: after)
        #expect(d.reply.slots == ["province": "ลำปาง", "agency": "CDD", "trainer_type": "core"])
    }

    @Test("a greeting around a question of the bot's field is no greeting; a greeting with a polite request still greets")
    func greetingAroundQuestion() {
        let duties = ConversationContext(intent: .agencyDuties, slots: ["agency": "HSS"], at: now)
        let (d, _) = decide("สวัสดีค่ะ แล้วมีทั้งหมดกี่ข้อ", context: duties)
        #expect(d.reply.intent == .agencyDuties)
        #expect(d.reply.slots["agency"] == "HSS")
        #expect(understand("สวัสดีครับ ขอรบกวนหน่อยนะครับ").intent == .greeting)
        #expect(understand("ขอบคุณค่ะ").intent == .greeting)
    }

    @Test("a group message that ends by calling the bot, or tags it glued to Thai text, is addressed")
    func callAtEnd() {
        for text in ["ตรังมีวิทยากรกี่คนครับ น้องบอทครับ", "ศส.ปชต.คืออะไรคะ บอทคะ 🙏", "กรมการปกครองต้องทำอะไรบ้างคะ@CivicBot"] {
            let (d, _) = decide(text, chat: .group)
            if case .silent = d { Issue.record("silent to a call: \(text)") }
        }
        // the word inside a sentence is no call
        #expect(!decider.interpret(Message(text: "เรื่องนี้ต้องถามบอท", userID: 9, chatID: -9, chatType: .group)).addressed)
    }

    @Test("a date, a house number or a village number is no place asked about", arguments: [
        "วันที่ 5 ทั่วประเทศมีวิทยากรหลักกี่คน",
        "บ้านเลขที่ 12/3 ทั่วประเทศมีวิทยากรหลักกี่คน",
        "รุ่นที่ 2 ทั่วประเทศมีวิทยากรหลักกี่คน",
    ])
    func numbersAreNoPlace(_ text: String) {
        let (d, _) = decide(text)
        guard case .answer(let reply) = d else { Issue.record("not answered: \(text) → \(d)"); return }
        #expect(reply.intent == .trainerCount)
        #expect(reply.slots == ["trainer_type": "core"])
    }

    @Test("วทก., แกนหลัก, ครูฝึก and วิทยากอน are the trainers' words")
    func trainerWords() {
        #expect(understand("แพร่มีวทก.หลักกี่คน").slots == ["province": "แพร่", "trainer_type": "core"])
        #expect(understand("วิทยากรแกนหลักลำปางมีกี่คน").slots == ["province": "ลำปาง", "trainer_type": "core"])
        #expect(understand("ครูฝึกพลเมืองคุณภาพลำพูนมีกี่คน").intent == .trainerCount)
        #expect(understand("วิทยากอนขยายผลลำปางมีกี่คน").slots == ["province": "ลำปาง", "trainer_type": "extended"])
    }

    @Test("a body that is no party is no party's count", arguments: ["สพฐ.มีวิทยากรขยายผลกี่คนที่ขอนแก่น", "วิทยากรของ สกร. ในลำปางมีกี่คน"])
    func otherBodies(_ text: String) {
        let u = understand(text)
        #expect(u.namesOtherBody, "\(u)")
    }

    @Test("a body that is no party, asked about its duties, is told it is no party (not the centre's facts)", arguments: [
        "สกร.มีหน้าที่อะไรใน MOU", "สำนักงานตำรวจแห่งชาติมีหน้าที่อะไรใน MOU ศส.ปชต.",
    ])
    func otherBodyDuties(_ text: String) {
        let u = understand(text)
        #expect(u.intent == .agencyDuties)
        #expect(u.mode == "named_body")
        #expect(u.slots["agency"] == nil)
    }

    @Test("why asks; a thank-you around a question of the field gives the question's intent")
    func whyAsks() {
        #expect(understand("ศส.ปชต.มีไว้ทำไม ขอบคุณค่ะ").intent == .centerInfo)
        #expect(understand("ใชงานบอทยังไง ค่ะ").intent == .help)
    }

    @Test("English words around a Thai question are no place; an English name that is no province still asks")
    func englishFillers() {
        let (d, _) = decide("quick question ครับ ทั่วประเทศมีวิทยากรหลักกี่คน please")
        guard case .answer(let reply) = d else { Issue.record("not answered: \(d)"); return }
        #expect(reply.slots == ["trainer_type": "core"])
        let (asked, _) = decide("Springfield มีวิทยากรกี่คน")
        #expect(asked.reply.text == Fixtures.template(.trainerCount, "unknown_province", ["suggestions": ""], language: .english))
    }

    @Test("a department's code right after a province's name; ผู้สูงวัย is ผู้สูงอายุ")
    func codeAfterProvince() {
        #expect(understand("ที่ลำปางปค.มีวิทยากรหลักกี่คน").slots == ["province": "ลำปาง", "agency": "DOPA", "trainer_type": "core"])
        #expect(understand("ที่น่านปค.มีวิทยากรหลักกี่คน").slots == ["province": "น่าน", "agency": "DOPA", "trainer_type": "core"])
        #expect(understand("กรมกิจการผู้สูงวัยมีหน้าที่อะไร").slots["agency"] == "DOP")
    }

    @Test("the asker's own office is no body asked about")
    func ownOfficeIsNoBody() {
        let u = understand("หนูเป็นจนท.รพ.สต.อยู่สงขลา วิทยากรภูเก็ตมีกี่คน")
        #expect(u.slots["province"] == "ภูเก็ต")
        #expect(!u.namesOtherBody)
    }

    @Test("a thank-you around a question for a variant of the last answer still asks it; ภาคตอ. is the east")
    func variantWithThanks() {
        let mou = ConversationContext(intent: .mouInfo, slots: ["agency": "CDD"], at: now)
        let (d, _) = decide("for the report ค่ะ ยกเลิกก่อนได้ไหม แจ้งกี่วัน thx", context: mou)
        #expect(d.reply.intent == .mouInfo)
        #expect(d.reply.slots["agency"] == "CDD")
        let east = understand("ภาคตอ. มีวิทยากรขยายผลกี่คน")
        #expect(east.regions == ["east"])
        #expect(understand("ภาคตะวันออกเฉียงเหนือมีวิทยากรขยายผลกี่คน").regions == ["northeast"])
    }

    @Test("a phone number the asker gives asks for no phone list; asking for one still does")
    func givenNumber() {
        let after = ConversationContext(intent: .trainerCount, slots: ["province": "ลำปาง"], at: now)
        let (d, _) = decide("โทร 086-753-8332 จังหวัดเดิม กรมกิจการผู้สูงอายุ วิทยากรหลักเท่าไหร่", context: after)
        #expect(d.reply.intent == .trainerCount)
        #expect(d.reply.slots == ["province": "ลำปาง", "agency": "DOP", "trainer_type": "core"])
        #expect(understand("ขอเบอร์โทรวิทยากรลำปางหน่อย").intent == .trainerList)
    }

    @Test("long names typed without tone marks are the names: กรมสงเสริมการปกครองทองถิน is DLA, not DOPA")
    func tonelessNames() {
        #expect(understand("กรมสงเสริมการปกครองทองถินมีหนาทีอะไร").slots["agency"] == "DLA")
        #expect(understand("เชียงใหมมีวิทยากรกี่คน").slots["province"] == "เชียงใหม่")
    }

    @Test("an introduction without a verb is the asker's own office; to whom it may concern asks no duties")
    func introductionWithoutVerb() {
        let u = understand("เรียนท่านผู้เกี่ยวข้อง ดิฉันกำนัน อายุ 67 แล้วค่ะ ลูกสาวสอนใช้ไลน์ให้ อยากทราบว่า นครปฐมมีวิทยากรกี่คน")
        #expect(u.intent == .trainerCount)
        #expect(u.slots == ["province": "นครปฐม"], "\(u.slots)")
        #expect(understand("ดิฉันประธานชมรมผู้สูงอายุ อยากทราบว่าแม่ฮ่องสอนมีวิทยากรกี่คน").slots == ["province": "แม่ฮ่องสอน"])
    }

    @Test("using LINE is no request for a trainer's LINE id; training online is an attribute the registers lack")
    func lineAndOnline() {
        #expect(understand("ผมใช้ไลน์ไม่ค่อยเป็น อยากทราบว่าลำปางมีวิทยากรกี่คน").intent == .trainerCount)
        #expect(understand("ขอไลน์วิทยากรลำปางหน่อย").intent == .trainerList)
        let (d, _) = decide("วิทยากรขยายผลลำปางที่อบรมออนไลน์มีกี่คน")
        #expect(d.reply.text?.contains("16") == false, "\(d.reply.text ?? "")")
    }

    @Test("two places joined in the introduction are both asked about; a region after the asker's place is the place asked")
    func joinedPlacesAndRegions() {
        #expect(understand("ผมอยู่ลำปางกับลำพูน มีวิทยากรรวมกี่คน").provinces == ["ลำปาง", "ลำพูน"])
        let u = understand("ผมเป็นอสม.ที่ลำปาง อยากทราบว่าภาคเหนือมีวิทยากรกี่คน")
        #expect(u.slots["region"] == "north", "\(u.slots)")
        #expect(u.slots["province"] == nil)
    }

    @Test("a district's name inside an ordinary word after the asker's province is no place asked (บ้านนา, นาดี)")
    func districtInsideWord() {
        #expect(understand("ผมอยู่เชียงใหม่ครับ ตอนนี้กลับมาอยู่บ้านนา อยากทราบว่ามีวิทยากรกี่คน").slots["province"] == "เชียงใหม่")
        #expect(understand("ผมอยู่ลำพูนครับ บ้านผมอยู่นาดี มีวิทยากรกี่คน").slots["province"] == "ลำพูน")
    }
}
