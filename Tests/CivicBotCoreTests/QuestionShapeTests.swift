import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// Issue 10: regions, comparisons, both types, coverage counts, bodies the registers do not count,
/// and bare follow-ups, decided against the hand-made snapshot of `DeciderTests` (ลำพูน: core
/// 1,0,2,0,0 extended 7,6,5,4,3; แพร่: core 0 extended 1,1,1,1,11), so every figure is known.
@Suite struct QuestionShapeTests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let agencies = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

    func reply(_ text: String, context: ConversationContext? = nil) -> Reply {
        let message = Message(text: text, userID: 7, chatID: 7, chatType: .private)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now).0.reply
    }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing \(key)>", values)
    }

    func name(_ code: String) -> String { Fixtures.catalogue.lexicon.agency(code: code)?.name ?? code }

    @Test("a region is the sum over its provinces, for every grouping it stands for, each named with its provinces")
    func region() throws {
        let r = reply("ภาคเหนือมีวิทยากรขยายผลกี่คน")
        #expect(r.intent == .trainerCount)
        #expect(r.slots == ["region": "north", "trainer_type": "extended"])
        let text = try #require(r.text)
        let north = try #require(Fixtures.catalogue.lexicon.region(code: "north"))
        #expect(north.groupings.count == 2, "the north of the six-region and of the four-region scheme")
        // Both groupings hold ลำพูน and แพร่, the snapshot's only provinces: 8,7,6,5,14 = 40.
        for grouping in north.groupings {
            let lines = zip(agencies, [8, 7, 6, 5, 14]).map { template(.trainerCount, "line", ["agency": name($0), "count": "\($1)"]) }
            let block = template(.trainerCount, "type_block", ["type": "วิทยากรขยายผล", "total": "40", "provinces": "\(grouping.provinces.count)",
                                                               "lines": lines.joined(separator: "\n")])
            let expected = template(.trainerCount, "region", [
                "region": north.name, "scheme": grouping.scheme, "n": "\(grouping.provinces.count)", "year": "2563",
                "provinces": grouping.provinces.joined(separator: " "), "blocks": block.trimmingCharacters(in: .newlines),
            ])
            #expect(text.contains(expected))
        }
        #expect(!text.contains(template(.trainerCount, "both_types_total", ["total": "43"])), "one type asked: no total of both")
        // A province named with its region is the province.
        #expect(reply("เชียงใหม่ ภาคเหนือ มีวิทยากรกี่คน").slots["region"] == nil)
    }

    @Test("a region with a department gives that column's sum")
    func regionAgency() throws {
        let r = reply("ภาคเหนือมีวิทยากรกรมกิจการผู้สูงอายุกี่คน")
        #expect(r.slots == ["region": "north", "agency": "DOP"])
        let text = try #require(r.text)
        let north = try #require(Fixtures.catalogue.lexicon.region(code: "north"))
        for grouping in north.groupings {
            #expect(text.contains(template(.trainerCount, "region_agency", [
                "region": north.name, "scheme": grouping.scheme, "n": "\(grouping.provinces.count)", "year": "2563",
                "provinces": grouping.provinces.joined(separator: " "), "agency": name("DOP"), "core": "0", "extended": "14",
                "type": "", "count": "14",
            ])))
        }
    }

    @Test("two provinces compared: the verdict and the difference; a tie is said as a tie")
    func comparison() throws {
        let more = try #require(reply("ลำพูนกับแพร่ที่ไหนมีวิทยากรขยายผลมากกว่ากัน").text)
        #expect(more.contains(template(.trainerCount, "compare_more", ["more": "ลำพูน", "less": "แพร่", "what": "วิทยากรขยายผล",
                                                                          "diff": "10", "x": "25", "y": "15"])))
        let reversed = try #require(reply("แพร่กับลำพูนใครมีวิทยากรผู้สูงอายุมากกว่า").text)
        #expect(reversed.contains(template(.trainerCount, "compare_more", ["more": "แพร่", "less": "ลำพูน", "what": "วิทยากร" + "ของ" + name("DOP"),
                                                                              "diff": "8", "x": "11", "y": "3"])))
        let tie = try #require(reply("ลำพูนกับแพร่มีวิทยากรหลักของกรมส่งเสริมการปกครองท้องถิ่นเท่ากันไหม").text)
        #expect(tie.contains(template(.trainerCount, "compare_tie", ["a": "ลำพูน", "b": "แพร่", "what": "วิทยากรหลัก" + "ของ" + name("DLA"), "x": "0"])))
        let types = try #require(reply("ลำพูนมีวิทยากรขยายผลมากกว่าวิทยากรหลักกี่คน").text)
        #expect(types.contains(template(.trainerCount, "compare_types", ["where": "ลำพูน", "diff": "22", "extended": "25", "core": "3"])))
    }

    @Test("both types asked: the question is about both, and the answer gives their sum")
    func bothTypes() throws {
        let r = reply("ลำพูนมีวิทยากรทั้งหลักและขยายผลกี่คน")
        #expect(r.slots == ["province": "ลำพูน"], "ขยายผล inside 'ทั้งหลักและขยายผล' is not the type asked")
        #expect(try #require(r.text).contains(template(.trainerCount, "both_types_total", ["total": "28"])))
    }

    @Test("how many provinces have trainers: the count of covered provinces")
    func coveredCount() throws {
        let r = reply("มีกี่จังหวัดที่มีวิทยากรหลัก")
        #expect(r.intent == .trainerCoverage)
        #expect(try #require(r.text).contains(template(.trainerCoverage, "covered", ["what": "วิทยากรหลัก", "year": "2563", "covered": "1", "total": "2"])))
    }

    @Test("a body the registers do not count gets what they count, never the province's figures")
    func otherBody() throws {
        let columns = Fixtures.catalogue.lexicon.agencies.filter(\.registerColumn).map(\.name).joined(separator: " ")
        let expected = template(.trainerCount, "other_body", ["year": "2563", "agencies": columns])
        for text in ["ลำพูนมีวิทยากรจากกรมอนามัยกี่คน", "วิทยากร กศน. ลำพูน กี่คน", "ตำรวจเป็นวิทยากรกี่คนคะ"] {
            #expect(reply(text).text == expected, "\(text)")
        }
        // A party's own name, or a question which department, is no other body.
        #expect(reply("ลำพูนมีวิทยากรกรมการปกครองกี่คน").text != expected)
        #expect(reply("กรมไหนมีวิทยากรหลักมากที่สุด").text != expected)
        // A glossary term of one party names its column.
        #expect(reply("ลำพูนมีวิทยากรของ อสม. กี่คน").slots == ["province": "ลำพูน", "agency": "HSS"])
    }

    @Test("a bare name after an answer continues it; a longer question of its own does not")
    func bareFollowUp() {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "core"], at: now)
        #expect(reply("แพร่ บ้าง", context: context).slots == ["province": "แพร่", "trainer_type": "core"])
        #expect(reply("แพร่?", context: context).slots == ["province": "แพร่", "trainer_type": "core"])
        #expect(reply("แพร่", context: nil).intent == .unknown, "no context: a bare name is not a question")
        #expect(reply("แพร่มีร้านกาแฟเปิดใหม่สักสาขามั้ยคะพี่", context: context).intent == .unknown)
    }
}
