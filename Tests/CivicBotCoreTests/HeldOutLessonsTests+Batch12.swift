import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 12 (the document, messy typing) showed (issue 10), as mechanisms; the messages
/// are ours. Group messages for the members (a phone number given, a member called by name, ใคร as
/// whoever) and for the bot (called by name); a ranking's follow-up with another type; one MOU by
/// its order; clause counts and dialect duty words.
@Suite("Held-out lessons, batch 12")
struct HeldOutLessonsBatch12Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    // HeldOutLessonsBatch8Tests' snapshot: MOU1 (ECT, DOPA, DLA, HSS, DOP; four years, นายบี for DOPA),
    // MOU2 (ECT, CDD; three years, นายดี for CDD).

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 7, chatID: chat == .private ? 7 : -7, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: HeldOutLessonsBatch8Tests.snapshot, now: now)
    }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing>", values)
    }

    @Test("in a group, a message for the members stays silent: a phone number given, a member called by name, ใคร as whoever",
          arguments: ["ป้าบุญมี วิทยากรขยายผลมาถึงศาลาหรือยังจ๊ะ", "ครูสมใจ ช่วยโทรหา กกต.จังหวัดให้หน่อยได้ไหม",
                      "ใครจะติดต่อวิทยากรขยายผล โทร 081-555-0101 ได้เลยค่ะ", "ใครสนใจเป็นวิทยากรหลัก แจ้งชื่อที่ อบต. ได้เลยนะ",
                      "เบอร์ กกต.จังหวัด 053-111-222 นะคะ ใครจะโทรใช้ได้เลย"])
    func forTheMembers(_ text: String) {
        let (d, _) = decide(text, chat: .group)
        guard case .silent(_, let reason) = d else {
            Issue.record("expected silence, got \(d)")
            return
        }
        #expect(reason == .chatter)
        // In a private chat the same words are a question to the bot (or at least answered).
        #expect(decide(text).0.reply.text != nil)
    }

    @Test("in a group, a message that calls the bot by name is addressed; a kin word that begins a place name or calls nobody is no call",
          arguments: [("บอทคะ ท้องถิ่นมีกี่ข้อคะ", IntentID.agencyDuties), ("น้องบอท ลำพูนมีวิทยากรขยายผลกี่คน", .trainerCount),
                      ("ตาก มีวิทยากรขยายผลกี่คน", .trainerCount), ("พี่คะ ลำพูนมีวิทยากรขยายผลกี่คน", .trainerCount),
                      ("พี่ๆ ลำพูนมีวิทยากรขยายผลกี่คนคะ", .trainerCount), ("ตามข้อตกลง กรมการปกครองต้องทำอะไรบ้าง", .agencyDuties),
                      ("ป้าอยากรู้ ลำพูนมีวิทยากรขยายผลกี่คน", .trainerCount), ("หนูอยู่ลำพูนค่ะ มีวิทยากรขยายผลกี่คน", .trainerCount)])
    func forTheBot(_ text: String, _ intent: IntentID) {
        let i = decider.interpret(Message(text: text, userID: 7, chatID: -7, chatType: .group))
        #expect(i.addressed == text.contains("บอท"))
        let (d, _) = decide(text, chat: .group)
        #expect(d.reply.intent == intent)
        #expect(d.reply.text != nil, "\(d)")
    }

    @Test("a ranking's follow-up that names another type ranks that type the same way; one that asks a count or a list of its own is that")
    func rankingFollowUp() throws {
        let (first, next) = decide("จังหวัดไหนมีวิทยากรขยายผลน้อยที่สุด")
        #expect(first.reply.intent == .trainerCoverage)
        let context = try #require(next)
        #expect(context.mode == "fewest", "the ranking is kept with the context")
        let (d, after) = decide("แล้ววิทยากรหลักล่ะ", context: context)
        #expect(d.reply.intent == .trainerCoverage)
        #expect(d.reply.slots == ["trainer_type": "core"])
        #expect(after?.mode == "fewest")
        #expect(d.reply.text == decide("จังหวัดไหนมีวิทยากรหลักน้อยที่สุด").0.reply.text)
        #expect(decide("แล้ววิทยากรหลักมีกี่คน", context: context).0.reply.intent == .trainerCount)
        #expect(decide("แล้วรายชื่อวิทยากรหลักล่ะ", context: context).0.reply.intent == .trainerList)
    }

    @Test("ฉบับที่ 2 names an MOU, not clause 2; a variant the follow-up asks for wins over the answer's")
    func documentNumbers() throws {
        let u = Fixtures.matcher.understand(Fixtures.matcher.normalize("กกต.ต้องทำอะไรตาม mou ฉบับที่ 2"))
        #expect(u.intent == .agencyDuties)
        #expect(u.number == nil)
        let (_, next) = decide("ใครเซ็น mou กับกรมการพัฒนาชุมชน")
        let term = decide("แล้วฉบับแรกมีอายุกี่ปีล่ะ", context: try #require(next)).0
        #expect(term.reply.intent == .mouInfo)
        #expect(term.reply.text?.contains("สี่ปี") == true && term.reply.text?.contains("นายบี ทดสอบ") == false, "\(term.reply.text ?? "")")
    }

    @Test("one MOU by its order: the first one's term after the second's; the other one's signatories after a department's")
    func documents() throws {
        let (term, next) = decide("mou ฉบับ พช. มีอายุกี่ปี")
        #expect(term.reply.text?.contains("สามปี") == true && term.reply.text?.contains("สี่ปี") == false, "\(term.reply.text ?? "")")
        let first = decide("แล้วฉบับแรกล่ะ", context: try #require(next)).0
        #expect(first.reply.intent == .mouInfo)
        #expect(first.reply.text?.contains("สี่ปี") == true && first.reply.text?.contains("สามปี") == false, "\(first.reply.text ?? "")")
        let (signed, after) = decide("ใครเซ็น mou กับกรมการพัฒนาชุมชน")
        #expect(signed.reply.text?.contains("นายดี ทดสอบ") == true)
        let other = decide("อีกฉบับล่ะคะ", context: try #require(after)).0
        #expect(other.reply.slots.isEmpty, "the other MOU, not the department's")
        #expect(other.reply.text?.contains("นายบี ทดสอบ") == true && other.reply.text?.contains("นายดี ทดสอบ") == false, "\(other.reply.text ?? "")")
        // First questions too: the parties of the second MOU only.
        let parties = decide("mou ฉบับที่สองมีหน่วยงานไหนบ้าง").0
        #expect(parties.reply.intent == .agencyList)
        #expect(parties.reply.text?.contains("กรมการพัฒนาชุมชน") == true && parties.reply.text?.contains("กรมการปกครอง") == false, "\(parties.reply.text ?? "")")
    }

    @Test("how many clauses a department has, and northern and north-eastern 'what does it do', ask for its duties",
          arguments: [("กรมการปกครองมีกี่ข้อ", "DOPA"), ("พัฒนาชุมชนเฮ็ดหยังแหน่ตามเอ็มโอยู", "CDD"), ("กรมผู้สูงอายุยะหยังตาม mou", "DOP")])
    func dutyWords(_ text: String, _ agency: String) {
        let u = Fixtures.matcher.understand(Fixtures.matcher.normalize(text))
        #expect(u.intent == .agencyDuties)
        #expect(u.slots["agency"] == agency)
    }
}
