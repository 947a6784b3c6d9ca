import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

@Suite struct BotTests {
    let bot: Bot

    init() throws { bot = try TestBot.make() }

    func answer(_ text: String) -> String { bot.handle(TestBot.privateMessage(text)).text ?? "" }
    func fills(_ text: String, _ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> Bool {
        Fixtures.fills(text, intent, key, values)
    }
    func block(_ type: String, _ total: Int) -> [String: String] { ["type": Fixtures.typeName(type), "total": "\(total)"] }

    @Test("a province gets both registers with the per-department breakdown, from the store")
    func provinceCounts() {
        let text = answer("เชียงใหม่มีวิทยากรกี่คนคะ")
        #expect(text.contains("เชียงใหม่"))
        #expect(fills(text, .trainerCount, "type_block", block("core", 6)))
        #expect(fills(text, .trainerCount, "line", ["agency": Fixtures.agencyName("DOP"), "count": "2"]))
        #expect(fills(text, .trainerCount, "type_block", block("extended", 42)))
        #expect(!text.unicodeScalars.contains { ThaiScript.isDigit($0.value) }, "Arabic digits only")
    }

    @Test("a province missing from the core register says so with 0")
    func notListed() {
        let text = answer("กทม.มีวิทยากรกี่คน")
        #expect(fills(text, .trainerCount, "type_not_listed", ["type": Fixtures.typeName("core")]))
        #expect(fills(text, .trainerCount, "type_block", block("extended", 0)))
    }

    @Test("national figures, by department and in total")
    func national() {
        let total = answer("วิทยากรทั้งหมดมีกี่คน")
        #expect(fills(total, .trainerCount, "type_block", block("core", 158)))
        #expect(fills(total, .trainerCount, "type_block", block("extended", 1497)))
        let cdd = answer("กรมพัฒนาชุมชนมีวิทยากรกี่คน")
        #expect(cdd == Fixtures.template(.trainerCount, "agency_national",
                                         ["agency": Fixtures.agencyName("CDD"), "core": "30", "extended": "296", "year": "2563"])
                + "\n" + Fixtures.template(.trainerCount, "both_types_total", ["total": "326"]))
    }

    @Test("an unknown province gets a clear reply, never a number")
    func unknownProvince() {
        let text = answer("จังหวัดเชียงไหมมมีวิทยากรกี่คน")
        // Close enough to correct silently (one edit): answered for เชียงใหม่ with a note.
        #expect(text.contains("เชียงใหม่"))
        let far = answer("จังหวัดเมืองสนธยามีวิทยากรกี่คน")
        #expect(fills(far, .trainerCount, "unknown_province"))
        #expect(!far.contains("158"))
    }

    @Test("a place the lexicon does not know, as the question's subject, is asked about, never answered with national figures; part of a name lists the provinces it begins")
    func unknownSubject() {
        for text in ["เวียงจันทน์มีวิทยากรกี่คน", "ปีนังมีวิทยากรหลักไหม", "Singapore มีวิทยากรกี่คน"] {
            let reply = answer(text)
            #expect(fills(reply, .trainerCount, "unknown_province"), "\(text): \(reply)")
            #expect(!reply.contains("158") && !reply.contains("1497"), "\(text): \(reply)")
        }
        // The asker's own subdistrict, unnamed: which province (subject.here_words).
        #expect(answer("ตำบลเรามีวิทยากรกี่คนครับ") == Fixtures.template(.unknown, "which_province"))
        let or = Fixtures.template(.trainerCount, "or")
        #expect(fills(answer("สมุทรมีวิทยากรกี่คนคะ"), .trainerCount, "suggestions", ["names": ["สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร"].joined(separator: or)]))
        #expect(fills(answer("ลำมีวิทยากรขยายผลกี่คน"), .trainerCount, "suggestions", ["names": ["ลำปาง", "ลำพูน"].joined(separator: or)]))
        // Fillers, the register's own words and the whole country are no place: national figures.
        for text in ["ตอนนี้มีวิทยากรทั้งหมดกี่คน", "อยากทราบว่ามีวิทยากรกี่คนค่ะ", "ทะเบียนวิทยากรหลักปี63มีกี่คน", "พี่คะ หนูอยากรู้ว่าวิทยากรมีกี่คน"] {
            #expect(fills(answer(text), .trainerCount, "type_block", block("core", 158)), "\(text)")
        }
        #expect(fills(answer("วิทยากรหลักของ สถ. รวมทุกจังหวัดกี่คนคะ"), .trainerCount, "agency_national_type", ["count": "31"]))
    }

    @Test("a short district name, or the start of one district's name, as the whole subject is that district; elsewhere a short name is an ordinary word")
    func subjectDistricts() {
        for (text, district, province) in [("ปายมีวิทยากรขยายผลกี่คนคะ", "ปาย", "แม่ฮ่องสอน"), ("อ.ปัวมีวิทยากรหลักกี่คน", "ปัว", "น่าน"),
                                           ("อรัญมีวิทยากรกี่คน", "อรัญประเทศ", "สระแก้ว")] {
            #expect(fills(answer(text), .trainerCount, "district_note", ["district": district, "province": province]), "\(text)")
        }
        // ปาย inside a sentence is no district: the national figures, as before.
        #expect(!fills(answer("วิทยากรขยายผลที่ไปปายมีกี่คน"), .trainerCount, "district_note"))
    }

    @Test("a short type word continues a trainer answer (หลักล่ะ), but not inside a longer word (หลักสูตรล่ะ)")
    func followUpTypeWords() {
        _ = answer("กระบี่มีวิทยากรขยายผลกี่คนคะ")
        let core = bot.handle(TestBot.privateMessage("หลักล่ะคะ"))
        #expect(core.intent == .trainerCount && core.slots == ["province": "กระบี่", "trainer_type": "core"])
        _ = answer("กระบี่มีวิทยากรขยายผลกี่คนคะ")
        let course = bot.handle(TestBot.privateMessage("หลักสูตรล่ะ"))
        #expect(course.slots["trainer_type"] != "core", "\(course.intent) \(course.slots)")
    }

    @Test("a department whose name begins like a party's short name is another body, never the party's figures")
    func otherDepartment() {
        let text = answer("กรมส่งเสริมการเกษตรมีวิทยากรพลเมืองคุณภาพไหม")
        #expect(fills(text, .trainerCount, "other_body", ["year": "2563"]), "\(text)")
        #expect(!text.contains("299") && !text.contains("31 คน"))
    }

    @Test("what the two types are: the document does not define them, so the answer says so with both registers; two places asked how they differ are compared")
    func typesDefined() {
        let text = answer("วิทยากรหลักกับวิทยากรขยายผลต่างกันยังไง")
        #expect(fills(text, .trainerCount, "types_defined", ["year": "2563", "core": "158", "extended": "1497"]), "\(text)")
        #expect(!fills(text, .trainerCount, "compare_types"), "a count difference answers another question")
        let places = answer("ลำปางกับลำพูน วิทยากรขยายผลต่างกันยังไง")
        #expect(!fills(places, .trainerCount, "types_defined"))
        #expect(fills(places, .trainerCount, "compare_more") || fills(places, .trainerCount, "compare_tie"), "\(places)")
    }

    @Test("which department has the most: departments ranked, never provinces; the most and the fewest named, nationally and in a province")
    func byAgency() {
        let national = answer("กรมไหนมีวิทยากรขยายผลมากที่สุดครับ")
        #expect(fills(national, .trainerCount, "agency_extremes", ["type": Fixtures.typeName("extended"), "most": Fixtures.agencyName("DOPA"),
                                                                    "most_count": "325", "least": Fixtures.agencyName("DOP"), "least_count": "276"]))
        #expect(!fills(national, .trainerCoverage, "most"), "a ranking of provinces answers another question")
        let core = answer("ขอสรุปยอดวิทยากรหลักแยกตามกรมหน่อยค่ะ")
        #expect(fills(core, .trainerCount, "line", ["agency": Fixtures.agencyName("DLA"), "count": "31"]))
        #expect(fills(core, .trainerCount, "agency_extremes", ["most_count": "35", "least_count": "30"]))
        #expect(!fills(core, .trainerCount, "other_body"))
        let province = answer("เชียงใหม่วิทยากรขยายผลกรมไหนมากสุด")
        #expect(fills(province, .trainerCount, "type_block", block("extended", 42)))
        #expect(fills(province, .trainerCount, "agency_extremes", ["type": Fixtures.typeName("extended")]))
    }

    @Test("an attribute or a year the registers do not hold gets what they hold and no figure; their own year is answered")
    func notHeld() {
        for (text, asked) in [("อุบลฯ มีวิทยากรผู้หญิงกี่คน", "ผู้หญิง"), ("ขอนแก่นปี๒๕๖๕มีวิทยากรขยายผลกี่คน", "2565"), ("ปีหน้าโคราชจะมีวิทยากรขยายผลกี่คน", "ปีหน้า"),
                              ("ตำบลไหนมีวิทยากรมากที่สุด", "ตำบลไหน")] {
            let reply = answer(text)
            #expect(fills(reply, .trainerCount, "not_held", ["asked": asked, "year": "2563"]), "\(text): \(reply)")
        }
        #expect(fills(answer("น่านมีวิทยากรหลักกี่คน ปี 2563"), .trainerCount, "type_block", block("core", 5)))
        // An attribute word inside a department's name is the department (ผู้สูงอายุกี่คน).
        #expect(fills(answer("ร้อยเอ็ดวิทยากรหลักของผู้สูงอายุกี่คนคะ"), .trainerCount, "province_agency_type", ["count": "2"]))
    }

    @Test("a district answers for its province, saying so; a district name several provinces share is asked about, never guessed")
    func districts() {
        let district = answer("ลับแลมีวิทยากรกี่คน")
        #expect(fills(district, .trainerCount, "district_note", ["district": "ลับแล", "province": "อุตรดิตถ์"]))
        let shared = answer("จอมทองมีวิทยากรกี่คน")
        #expect(fills(shared, .trainerCount, "district_ambiguous", ["district": "จอมทอง"]))
        #expect(shared.split(whereSeparator: { !$0.isNumber }).isEmpty, "no figure for a guessed province")
    }

    @Test("rankings and gaps")
    func coverage() {
        let most = answer("จังหวัดไหนมีวิทยากรมากที่สุด")
        #expect(fills(most, .trainerCoverage, "rank_line", ["rank": "1", "province": "อุบลราชธานี", "count": "53"]))
        let gaps = answer("จังหวัดไหนไม่มีวิทยากรหลัก")
        #expect(fills(gaps, .trainerCoverage, "gaps", ["count": "45"]))
        #expect(gaps.contains("กรุงเทพมหานคร"))
        #expect(!gaps.contains("เชียงใหม่"))
        let rank = answer("โคราชมีวิทยากรเป็นอันดับเท่าไร")
        #expect(fills(rank, .trainerCoverage, "province_rank", ["province": "นครราชสีมา", "rank": "2", "total": "77"]))
    }

    @Test("duties are quoted with the MOU named; a non-party is told so")
    func duties() {
        let cdd = answer("กรมพัฒนาชุมชนมีหน้าที่อะไร")
        let mou = Fixtures.template(.mouInfo, "mou_name", ["parties": Fixtures.template(.mouInfo, "parties", [
            "first": Fixtures.agencyShort("ECT"), "partners": Fixtures.agencyName("CDD"),
        ])])
        #expect(fills(cdd, .agencyDuties, "duties", ["agency": Fixtures.agencyName("CDD"), "mou": mou, "count": "4"]))
        // The clause's own words are the source document's.
        #expect(fills(cdd, .agencyDuties, "clause", ["number": "1", "text": "ให้พัฒนาการจังหวัดพัฒนาการอำเภอ"]))
        let other = answer("กศน.มีหน้าที่อะไรตาม mou")
        #expect(fills(other, .agencyDuties, "not_party"))
        #expect(other.contains("กรมการพัฒนาชุมชน"))
    }

    @Test("MOU facts: term, notice, signatories, letter")
    func mou() {
        #expect(fills(answer("MOU มีระยะเวลากี่ปี"), .mouInfo, "term_stated", ["years": "3"]))
        #expect(fills(answer("บอกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน"), .mouInfo, "notice_stated", ["days": "30"]))
        #expect(answer("ใครลงนามใน mou บ้าง").contains("นายสุทธิพงษ์ จุลเจริญ"))
        #expect(answer("หนังสือนำส่ง mou เลขที่อะไร").contains("มท 0818.2/ว 2565"))
    }

    @Test("centre, glossary, contact")
    func others() {
        #expect(answer("ศส.ปชต. คืออะไร").contains("2557"))
        #expect(answer("อสม. ย่อมาจากอะไร").contains("อาสาสมัครสาธารณสุขประจำหมู่บ้าน"))
        let contact = answer("ติดต่อใครได้บ้าง")
        #expect(contact.contains("0-2251-9000 ต่อ 2373"))
        #expect(contact.contains("นางจันทร์รัตน์ อารุณปัญญากุล"))
    }

    @Test("trainer_list with nobody registered says so and whom to ask, with no count (people were asked for)")
    func trainerList() {
        let text = answer("ขอรายชื่อวิทยากรหลักเชียงใหม่")
        let scope = Fixtures.template(.trainerList, "scope_province", ["province": "เชียงใหม่"])
            + Fixtures.template(.trainerList, "scope_type", ["type": "วิทยากรหลัก"])
        #expect(fills(text, .trainerList, "none", ["scope": scope, "year": "2563", "office": "กองการเลือกตั้งท้องถิ่น"]), "\(text)")
        // เชียงใหม่: 6 core, 42 extended; neither is the answer to a request for names.
        #expect(!text.contains("42") && !text.contains(" 6 "))
    }

    @Test("groups: domain questions answered, chatter and greetings silent, addressed messages on topic answered")
    func groups() {
        #expect(bot.handle(TestBot.groupMessage("เชียงใหม่มีวิทยากรกี่คนคะ")).text != nil)
        #expect(bot.handle(TestBot.groupMessage("ภูเก็ตมีสักสาขามั้ยคะ")).text == nil)
        #expect(bot.handle(TestBot.groupMessage("สวัสดีค่ะทุกคน")).text == nil)
        #expect(bot.handle(TestBot.groupMessage("@civicbot สวัสดีค่ะ")).text != nil)
        #expect(bot.handle(TestBot.groupMessage("/help")).intent == .help)
        #expect(bot.handle(TestBot.groupMessage("/help@civicbot")).text != nil)
        #expect(bot.handle(TestBot.groupMessage("/help@otherbot")).text == nil)
        // A reply to the bot is answered when it is on topic; talk that names nothing of the field stays unanswered.
        #expect(bot.handle(TestBot.groupMessage("ภูเก็ตมีสักสาขามั้ยคะ", repliesToBot: true)).text != nil)
        #expect(bot.handle(TestBot.groupMessage("เย็นนี้กินอะไรดี", repliesToBot: true)).text == nil)
        #expect(bot.handle(TestBot.groupMessage("วิทยากร")).text == nil, "low confidence stays silent")
    }

    @Test("bad input: empty, 5,000 characters, control characters, SQL — a clear Thai reply, logged literally")
    func badInput() throws {
        let empty = bot.handle(TestBot.privateMessage(""))
        #expect(empty.text == Fixtures.template(.unknown, "empty"))
        #expect(bot.handle(TestBot.groupMessage("   ")).text == nil)
        let long = bot.handle(TestBot.privateMessage(String(repeating: "ก", count: 5_000)))
        #expect(long.text.map { fills($0, .unknown, "too_long", ["max": "\(Decider.maxMessageLength)"]) } == true)
        #expect(bot.handle(TestBot.groupMessage(String(repeating: "ก", count: 5_000))).text == nil)
        let control = bot.handle(TestBot.privateMessage("เชียงใหม่\u{0000}\u{0007}มีวิทยากร\u{001B}กี่คน"))
        #expect(control.slots["province"] == "เชียงใหม่")
        let sql = "'; DROP TABLE interaction; -- วิทยากรกี่คน"
        _ = bot.handle(TestBot.privateMessage(sql))
        let last = try #require(try bot.store.recentInteractions(limit: 1).first)
        #expect(last.text == sql)
        #expect(try bot.store.tableCounts()["province"] == 77)
    }

    @Test("every interaction is logged: chat, user, text, intent, slots, reply or silence, time")
    func log() throws {
        _ = bot.handle(Message(text: "อุบลฯ มีวิทยากรกี่คน", userID: 42, chatID: -5, chatType: .group, username: "somchai"))
        _ = bot.handle(Message(text: "ขายเสื้อค่ะ", userID: 43, chatID: -5, chatType: .group))
        let rows = try bot.store.recentInteractions(limit: 2)
        #expect(rows.count == 2)
        #expect(rows[0].text == "ขายเสื้อค่ะ")
        #expect(rows[0].reply == nil)
        #expect(rows[1].userID == 42)
        #expect(rows[1].chatType == "group")
        #expect(rows[1].username == "somchai")
        #expect(rows[1].intent == "trainer_count")
        #expect(rows[1].slotsJSON == #"{"province":"อุบลราชธานี"}"#)
        #expect(rows[1].reply?.contains("อุบลราชธานี") == true)
        #expect(rows[1].at == Date(timeIntervalSince1970: 1_795_000_000))
    }

    @Test("private unknown gets a helpful reply with examples")
    func privateUnknown() {
        let text = answer("ขายเสื้อค่ะ")
        #expect(text == Fixtures.template(.unknown, "private"))
    }
}
