import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// Mechanisms of this session (issue 10, what batch 20 showed), the messages ours: the provincial
/// health office, whose head the health department's clauses name, is that department's arm in the
/// province; in a group, a question put to a member by kin word or title (at the end, or as their
/// opinion at the start, or with the title's office) is theirs; asking only why the figures are what
/// they are is no question the registers answer; nobody, a given answer, an opinion and a deadline
/// tell, they do not ask; a hello glued to the bot's name greets it.
@Suite("Held-out lessons, session 13")
struct HeldOutLessonsSession13Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 13, chatID: chat == .private ? 13 : -13, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    @Test("the provincial health office names the health department: its duties and its column",
          arguments: ["สสจ.ต้องช่วยอะไร ศส.ปชต.", "สาธารณสุขจังหวัดต้องทำอะไรตาม MOU"])
    func healthOfficeDuties(_ text: String) {
        let u = understand(text)
        #expect(u.intent == .agencyDuties)
        #expect(u.slots["agency"] == "HSS", "\(u.slots)")
        #expect(!u.namesOtherBody)
    }

    @Test("a count asked of the provincial health office is the health department's column, the department named")
    func healthOfficeCount() throws {
        let r = decide("สสจ.ลำพูนมีวิทยากรกี่คน").0.reply
        #expect(r.slots["agency"] == "HSS", "\(r.slots)")
        #expect(r.slots["province"] == "ลำพูน")
        let name = try #require(Fixtures.catalogue.lexicon.agency(code: "HSS")?.name)
        #expect(try #require(r.text).contains(name))
        // The district health office is still no party.
        #expect(understand("สสอ.ลำพูนมีวิทยากรกี่คน").namesOtherBody)
    }

    func silentInGroup(_ text: String) -> Bool {
        if case .silent = decide(text, chat: .group).0 { return true }
        return false
    }

    @Test("a question put to a member by kin word or title is theirs to answer in a group", arguments: [
        "วิทยากรหลักของลำพูนมีกี่คนนะ พี่ต้อมรู้ไหม", "MOU หมดอายุเมื่อไหร่ ผอ.พอทราบไหมคะ", "กรมการปกครองต้องทำอะไรบ้าง ท่านปลัดพอจะสรุปให้ได้ไหม",
        "ลุงเปี๊ยกว่าลำปางกับแพร่ที่ไหนมีวิทยากรมากกว่ากัน", "ป้าว่า อบต. น่าจะจัดอบรมที่ศาลาบ้าง",
        "ครูกศน.คะ ศส.ปชต. ตั้งมาตั้งแต่ปีไหนคะ", "หัวหน้าครับ เบอร์โทร กกต.จังหวัดเบอร์อะไรครับ", "พี่ต้อยจ๋า อสม. ย่อมาจากอะไรนะ",
    ])
    func memberAsked(_ text: String) {
        #expect(silentInGroup(text), "\(text)")
        // The same words to the bot, in a private chat, are answered.
        if case .silent = decide(text).0 { Issue.record("silent in a private chat: \(text)") }
    }

    @Test("a question to anyone, or the asker speaking of themself, is still the bot's", arguments: [
        "ใครรู้บ้างว่าลำพูนมีวิทยากรหลักกี่คน", "ป้าอยากรู้ว่าลำปางมีวิทยากรหลักกี่คน", "ครูถามว่า กรมการปกครองต้องทำอะไรบ้าง",
        "วิทยากรขยายผลลำพูนมีกี่คน พี่ๆ รู้ไหม",
    ])
    func stillAsked(_ text: String) {
        #expect(!silentInGroup(text), "\(text)")
    }

    @Test("asking only why the figures are what they are is no question to the bot in a group; what the documents explain is")
    func why() {
        #expect(silentInGroup("ทำไมปีนี้ไม่มีวิทยากรจากท้องถิ่นมาเลย"))
        #expect(silentInGroup("ลำพูนไม่มีวิทยากรหลักของกรมการปกครอง ใครรู้เหตุผลบ้าง"))
        #expect(!silentInGroup("ศส.ปชต.มีไว้ทำไมคะ"))
        #expect(!silentInGroup("วิทยากรหลักลำพูนมีกี่คน ทำไมน้อยจัง"))
        #expect(Fixtures.matcher.discourse(of: Fixtures.matcher.normalize("ทำไมปีนี้ไม่มีวิทยากรจากท้องถิ่นมาเลย"), answeredAs: .trainerCount).asks == false)
        #expect(Fixtures.matcher.discourse(of: Fixtures.matcher.normalize("ทำไมต้องทำ MOU นี้"), answeredAs: .mouInfo).asks)
    }

    @Test("nobody, an answer given, an opinion, a deadline: told to the group, not asked", arguments: [
        "วิทยากรวันนี้พูดสนุก ไม่มีใครหลับเลย", "วิทยากรถามว่าประชาธิปไตยคืออะไร ลุงมีตอบว่า คือการฟังกัน",
        "ผมว่าป้าย ศส.ปชต. ควรติดให้เห็นชัดกว่านี้ คนไม่รู้ว่าที่นี่คืออะไร", "รบกวนผู้ใหญ่บ้านทุกหมู่ส่งรายชื่อกรรมการ ศส.ปชต. ภายในวันศุกร์ครับ",
        "ใครทำรายงาน ศส.ปชต. เสร็จแล้ว ส่งพี่ก่อนวันศุกร์นะ",
    ])
    func told(_ text: String) {
        #expect(silentInGroup(text), "\(text)")
    }

    @Test("a hello glued to the bot's name greets it in a group; a trainer's slides are no list of trainers")
    func helloAndSlides() {
        let hello = decide("สวัสดีน้องบอท", chat: .group).0
        #expect(hello.reply.intent == .greeting)
        if case .silent = hello { Issue.record("a hello to the bot got no answer") }
        #expect(understand("มีใครได้ไฟล์สไลด์ของวิทยากรเมื่อวานไหมครับ").intent != .trainerList)
    }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 != 77 && !(2500...2600).contains($0) }
    }

    @Test("a year in the asker's preamble is not the year asked; counts per district are none the registers hold")
    func preambleAndDistricts() {
        let r = decide("พอดีจะทำแผนอบรมปีหน้า อยากทราบว่าลำพูนมีวิทยากรขยายผลกี่ท่านคะ").0.reply
        #expect(r.slots["province"] == "ลำพูน")
        #expect(figures(r.text).contains(7 + 6 + 5 + 4 + 3), "\(r.text ?? "")")
        // The same word in the question itself is asked about: no figure.
        #expect(figures(decide("ลำพูนมีวิทยากรขยายผลปีหน้ากี่คน").0.reply.text).isEmpty)
        #expect(figures(decide("แต่ละอำเภอในลำพูนมีวิทยากรกี่คน").0.reply.text).isEmpty)
    }

    @Test("a budget is nothing the documents state; each MOU's line says how many partners it has")
    func documents() throws {
        #expect(understand("งบประมาณที่ กกต. ให้ ศส.ปชต. ปีละเท่าไหร่").intent != .centerInfo)
        let knowledge = HeldOutLessonsBatch8Tests.snapshot
        let message = Message(text: "MOU ฉบับแรก กกต. ทำร่วมกับกี่กรม", userID: 13, chatID: 13, chatType: .private)
        let r = decider.decide(decider.interpret(message), role: nil, context: nil, knowledge: knowledge, now: now).0.reply
        #expect(r.intent == .agencyList)
        let mous = knowledge.mous
        let host = mous.dropFirst().reduce(Set(mous.first?.parties ?? [])) { $0.intersection($1.parties) }
        let partners = Set(try #require(mous.first).parties).subtracting(host).count
        #expect(figures(r.text).contains(partners), "\(r.text ?? "")")
    }

    @Test("other words for known questions", arguments: [
        ("MOU ภาษาไทยเรียกว่าอะไร", IntentID.glossary), ("ศส.ปชต. ตั้งครั้งแรกร่วมกับหน่วยงานไหน", .centerInfo),
        ("หนังสือแจ้งให้จังหวัดทำอะไร", .mouInfo), ("ปัญหาที่ทำให้ต้องทำ MOU เรื่อง ศส.ปชต. คืออะไร", .mouInfo),
    ])
    func otherWords(_ text: String, _ intent: IntentID) {
        #expect(understand(text).intent == intent, "\(text)")
    }

    @Test("a spelling as it sounds, a short English type word, our province after a district, the deep south in English")
    func names() {
        #expect(understand("บุรีรำ มีวิทยากรขยายผลกี่คนจ้า").slots["province"] == "บุรีรัมย์")
        #expect(understand("ext trainer นครปฐม total เท่าไหร่ครับ").slots == ["province": "นครปฐม", "trainer_type": "extended"])
        #expect(decide("อยู่ปาย จ.เรามีวิทยากรขยายผลกี่คน").0.reply.slots["province"] == "แม่ฮ่องสอน")
        #expect(understand("core trainers in the three southern border provinces?").slots["region"] == "deep_south")
    }

    @Test("the sum of what was just given, asked with เป็น")
    func sumFollowUp() {
        let (_, context) = decide("ลำพูนมีวิทยากรขยายผลกี่คน")
        #expect(decide("รวมกันเป็นเท่าไหร่", context: context).0.reply.slots == ["province": "ลำพูน"])
    }

    @Test("how many provinces have them: the covered count alone, asked or after a national count; after a province's count it is no follow-up")
    func coveredCount() {
        let r = decide("มีกี่จังหวัดที่มีวิทยากรหลัก").0.reply
        #expect(r.intent == .trainerCoverage)
        #expect(understand("มีกี่จังหวัดที่มีวิทยากรหลัก").mode == "covered")
        // Provinces with none are still the gaps ("กี่จังหวัดที่ไม่มี").
        #expect(understand("วิทยากรขยายผลผู้สูงอายุมีกี่จังหวัดที่ไม่มี").mode == "gaps")
        let (_, national) = decide("ทั่วประเทศมีวิทยากรหลักทั้งหมดกี่คนครับ")
        let follow = decide("กี่จังหวัด", context: national).0.reply
        #expect(follow.intent == .trainerCoverage)
        #expect(follow.slots == ["trainer_type": "core"])
        #expect(follow.text == r.text)
        let (_, province) = decide("ลำพูนมีวิทยากรหลักกี่คน")
        #expect(decide("กี่จังหวัด", context: province).0.reply.intent != .trainerCoverage)
    }

    @Test("a year of the centres' rollout, after its answer, continues it")
    func rolloutYear() {
        let (_, context) = decide("ปีงบ 2563 ตั้ง ศส.ปชต. กี่ศูนย์ต่อจังหวัด")
        #expect(decide("แล้วปี 2564 ล่ะ", context: context).0.reply.intent == .centerInfo)
    }

    /// The batch-8 knowledge with a clause for two parties (test wording).
    static let withDuties: KnowledgeSnapshot = {
        let s = HeldOutLessonsBatch8Tests.snapshot
        let duties = [
            "ECT": [AgencyDuties(mouID: "MOU1", heading: "สำนักงาน กกต.", clauses: [(1, "จัดทำสื่อความรู้"), (2, "จัดประกวดผลงานศูนย์ดีเด่นและมอบรางวัลประจำปี")])],
            "DOPA": [AgencyDuties(mouID: "MOU1", heading: "กรมการปกครอง", clauses: [(1, "ส่งเสริมให้กรรมการหมู่บ้านเข้าร่วมเป็นอาสาสมัคร")])],
        ]
        return KnowledgeSnapshot(registers: s.registers, provinces: s.provinces, entries: s.entries, duties: duties, mous: s.mous, letter: s.letter,
                                 center: s.center, trainers: [], trainersVersion: 0)
    }()

    @Test("who does what a clause says: that clause and its department; who does what none says is no duties question")
    func whoDoes() throws {
        func decideWith(_ text: String, chat: ChatType = .private) -> Decision {
            let message = Message(text: text, userID: 13, chatID: chat == .private ? 13 : -13, chatType: chat)
            return decider.decide(decider.interpret(message), role: nil, context: nil, knowledge: Self.withDuties, now: now).0
        }
        let r = decideWith("ใครเป็นคนจัดประกวดและมอบรางวัล ศส.ปชต. ดีเด่น").reply
        #expect(r.intent == .agencyDuties)
        #expect(r.slots["agency"] == "ECT", "\(r.slots)")
        let text = try #require(r.text)
        #expect(text.contains("จัดประกวดผลงานศูนย์ดีเด่นและมอบรางวัลประจำปี"))
        #expect(!text.contains("จัดทำสื่อความรู้"), "only the clause that says it")
        let none = decideWith("ใครเป็นคนสั่งทำป้ายไวนิล ศส.ปชต.")
        #expect(none.reply.intent == .unknown)
        if case .silent = decideWith("ใครเป็นคนสั่งทำป้ายไวนิล ศส.ปชต.", chat: .group) {} else { Issue.record("answered in a group") }
        // Who signed, who set the centres up: the MOUs' and the centres' questions.
        #expect(understand("ใครเป็นคนเซ็น MOU").intent == .mouInfo)
        #expect(understand("ใครเป็นคนตั้ง ศส.ปชต. ขึ้นมา").intent == .centerInfo)
    }

    @Test("one MOU's own fact asked right after that MOU's answer is of the same MOU; a document named is that one")
    func sameMOU() {
        func decideWith(_ text: String, context: ConversationContext?) -> (Decision, ConversationContext?) {
            let message = Message(text: text, userID: 13, chatID: 13, chatType: .private)
            return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: HeldOutLessonsBatch8Tests.snapshot, now: now)
        }
        let (first, context) = decideWith("MOU ฉบับ พช. มีกี่ปี", context: nil)
        #expect(first.reply.slots["agency"] == "CDD")
        #expect(decideWith("ลงนามโดยใครบ้าง", context: context).0.reply.slots["agency"] == "CDD")
        #expect(decideWith("ลงนามโดยใครบ้าง", context: nil).0.reply.slots["agency"] == nil)
        #expect(decideWith("แล้วฉบับแรกล่ะ", context: context).0.reply.slots["agency"] == nil)
    }

    @Test("two of something is no district named สอง; the district itself still is")
    func twoIsNoDistrict() {
        #expect(understand("สองทะเบียนรวมกันมีวิทยากรกี่คน").slots["province"] == nil)
        #expect(decide("ทั้งสองทะเบียนรวมกันมีวิทยากรกี่คน").0.reply.slots["province"] == nil)
        #expect(decide("อำเภอสองมีวิทยากรกี่คน").0.reply.slots["province"] == "แพร่")
    }

    @Test("after a national count, a province with the word that announces it is the same question there; alone it says where the asker is")
    func provinceWithItsWord() {
        let (_, context) = decide("อยากรู้จำนวนวิทยากรขยายผลค่ะ")
        let r = decide("จังหวัดลำพูนค่ะ", context: context).0.reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["province": "ลำพูน", "trainer_type": "extended"])
        #expect(decide("จังหวัดลำพูนค่ะ").0.reply.intent == .unknown)
    }
}
