import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 13 (LINE groups, typed without tone marks) showed (issue 10), as mechanisms;
/// the messages are ours. Repairs of tone marks left out; ละ, ในจำนวนนี้ and เปลี่ยนเป็น in
/// follow-ups; a number before a name that is also a word; politeness that is no correction; a
/// word that begins one district's name only; banter and statements in groups.
@Suite("Held-out lessons, batch 13")
struct HeldOutLessonsBatch13Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 7, chatID: chat == .private ? 7 : -7, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    func context(_ slots: [String: String]) -> ConversationContext { ConversationContext(intent: .trainerCount, slots: slots, at: now) }

    @Test("tone marks left out are repaired where no two words make the same letters",
          arguments: [("ลำพูนมีวิทยากรขยายผลกีคน", ["province": "ลำพูน", "trainer_type": "extended"]),
                      ("ไมนับกทม. จังหวัดไหนมีวิทยากรขยายผลนอยทีสุด", ["trainer_type": "extended"]),
                      ("กรมการปกครองมีหนาทีอะไร", ["agency": "DOPA"])])
    func toneMarks(_ text: String, _ slots: [String: String]) {
        let u = understand(text)
        #expect(u.slots == slots, "\(u)")
        #expect(u.excluded == (text.contains("กทม") ? ["กรุงเทพมหานคร"] : []))
    }

    @Test("names that two words make together are left as they are", arguments: [
        ("อำเภอหัวหินอยากเชิญวิทยากรขยายผล มีกี่คน", "ประจวบคีรีขันธ์"), ("อ.ลับแล วิทยากรขยายผลเท่าไหร่", "อุตรดิตถ์"),
        ("ป่าตองมีวิทยากรกี่คน", "ภูเก็ต"),
    ])
    func wordsTogether(_ text: String, _ province: String) {
        #expect(understand(text).slots["province"] == province)
    }

    @Test("ละ, ในจำนวนนี้ and เปลี่ยนเป็น continue the last answer; แต่ละ and จังหวัดละ do not")
    func followUpWords() {
        let lamphun = context(["province": "ลำพูน", "trainer_type": "extended"])
        #expect(decide("แล้วแพร่ละ", context: lamphun).0.reply.slots == ["province": "แพร่", "trainer_type": "extended"])
        #expect(decide("ในจำนวนนี้เป็นของพัฒนาชุมชนกี่คน", context: lamphun).0.reply.slots
            == ["province": "ลำพูน", "trainer_type": "extended", "agency": "CDD"])
        #expect(decide("เปลียนเป็นแพร่ครับ", context: lamphun).0.reply.slots == ["province": "แพร่", "trainer_type": "extended"])
        #expect(!Fixtures.matcher.followUpWords(in: Fixtures.matcher.normalize("แต่ละจังหวัดมีวิทยากรกี่คน")).contains(.marker))
    }

    @Test("ขอโทษที่รบกวน before a question of its own is politeness: nothing of the last answer is kept")
    func politeness() {
        let r = decide("ขอโทษที่รบกวนนะคะ วิทยากรขยายผลในแพร่เท่าไร", context: context(["province": "ลำพูน", "agency": "DOP", "trainer_type": "extended"])).0.reply
        #expect(r.slots == ["province": "แพร่", "trainer_type": "extended"])
    }

    @Test("a name that is also a word is no place after a number or ยอด with a particle (เลย is 'please', not Loei)",
          arguments: ["ขอยอดวิทยากรหลักทั้งประเทศ ปี 2563 เลยครับ", "วิทยากรขยายผลทั้งประเทศ ขอยอดเลยครับ"])
    func wordAfterNumber(_ text: String) {
        #expect(understand(text).slots["province"] == nil)
    }

    @Test("a follow-up word inside a place's name is none; a repair never begins inside a syllable")
    func wordsInsideNames() {
        let before = context(["province": "ลำพูน", "agency": "DOPA", "trainer_type": "core"])
        #expect(decide("บางละมุงมีวิทยากรกี่คน", context: before).0.reply.slots == ["province": "ชลบุรี"])
        #expect(Fixtures.matcher.normalize("วิทยากรและเจ้าหน้าที่").text == ThaiNormalizer.normalize("วิทยากรและเจ้าหน้าที่").text)
        #expect(Fixtures.matcher.normalize("มีใครบางคนบอกว่า").text == ThaiNormalizer.normalize("มีใครบางคนบอกว่า").text)
    }

    @Test("a village name or a direction that begins one district's name only is no district: asked back, not answered",
          arguments: ["บ้านใหม่มีวิทยากรขยายผลกี่คนคะ", "เหนือมีวิทยากรกี่คน"])
    func notDistrictBeginnings(_ text: String) {
        let (d, _) = decide(text)
        #expect(d.reply.slots["province"] == nil, "\(d)")
        #expect(understand("ทางเหนือ วิทยากรขยายผลรวมกี่คน").slots == ["region": "north", "trainer_type": "extended"])
    }

    @Test("in a group, a statement with คือ stays silent; a call by a title and a name is for the member",
          arguments: ["วิทยากรหลักของหมู่บ้านเราคือป้าสมร เก่งทุกเรื่อง",
                      "กำนันสมบัติ วิทยากรขยายผลที่จะมาวันจันทร์ชื่ออะไรนะ"])
    func groupSilence(_ text: String) {
        guard case .silent(_, let reason) = decide(text, chat: .group).0 else {
            Issue.record("expected silence for \(text)")
            return
        }
        #expect(reason == .chatter)
    }

    @Test("a district stated with a here-word in the same message is the place asked about; หรือ joins two departments")
    func statedDistrict() {
        let r = decide("บ้านอยู่อ.ปัว จังหวัดเรามีวิทยากรหลักเท่าไร").0.reply
        #expect(r.slots == ["province": "น่าน", "trainer_type": "core"])
        #expect(decide("ขออนุญาตถาม จังหวัดเรามีวิทยากรกี่คน").0.reply.slots["province"] == nil, "no place stated: asked back")
        #expect(Set(understand("ที่ลำพูน กรมกิจการผู้สูงอายุหรือสถ.มีวิทยากรขยายผลมากกว่ากัน").agencies) == ["DOP", "DLA"])
        // อ. is also อาจารย์, and a name must stand whole; a place left is no place.
        for text in ["อ.พลอยถามว่าจังหวัดเรามีวิทยากรหลักกี่คน", "ผมไม่ได้อยู่อ.ปัวแล้ว จังหวัดเรามีวิทยากรกี่คน"] {
            #expect(decide(text).0.reply.slots["province"] == nil, "\(text)")
        }
    }

    @Test("two departments compared in a province get the verdict between them, with both figures")
    func departmentsCompared() throws {
        let knowledge = DeciderTests.snapshot
        let extended = try #require(knowledge.trainerCounts(province: "ลำพูน").first { $0.trainerType == "extended" })
        func count(_ code: String) -> Int { extended.counts.first { $0.agency == code }?.count ?? 0 }
        let (dop, dla) = (count("DOP"), count("DLA"))
        try #require(dop != dla, "the fixture's two counts differ")
        let text = decide("ที่ลำพูน กรมกิจการผู้สูงอายุหรือสถ.มีวิทยากรขยายผลเยอะกว่ากัน").0.reply.text ?? ""
        let name = { (code: String) in Fixtures.catalogue.lexicon.agency(code: code)?.name ?? code }
        let type = try #require(Fixtures.catalogue.lexicon.trainerTypes.first { $0.code == "extended" }).name
        let (more, less, hi, lo) = dop > dla ? (name("DOP"), name("DLA"), dop, dla) : (name("DLA"), name("DOP"), dla, dop)
        let verdict = Template.render(Fixtures.catalogue.intent(.trainerCount).replies["compare_more"] ?? "<missing>",
                                      ["more": more, "less": less, "what": type, "diff": "\(hi - lo)", "x": "\(hi)", "y": "\(lo)"])
        #expect(text.contains(verdict), "\(text)")
    }

    @Test("in a group a title that is a term, with a particle, calls nobody: the question is answered; laughter after a question keeps it one",
          arguments: ["ผู้ใหญ่บ้านครับ มีวิทยากรหลักในลำพูนกี่คน", "ลำพูนมีวิทยากรขยายผลกี่คน 555"])
    func groupQuestions(_ text: String) {
        let (d, _) = decide(text, chat: .group)
        #expect(d.reply.text != nil, "\(d)")
    }
}
