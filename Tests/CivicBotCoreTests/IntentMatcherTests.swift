import CivicBotCore
import CivicBotTestSupport
import Testing

@Suite struct IntentMatcherTests {
    @Test("every province's canonical name and every alias is understood", arguments: Fixtures.catalogue.lexicon.provinces.map(\.name))
    func everyProvince(name: String) throws {
        let province = try #require(Fixtures.catalogue.lexicon.provinces.first { $0.name == name })
        for written in [province.name] + province.aliases {
            let text = province.ambiguous && written == province.name ? "จังหวัด\(written)มีวิทยากรกี่คน" : "\(written) มีวิทยากรกี่คน"
            let u = Fixtures.understand(text)
            #expect(u.slots["province"] == name, "\(written) → \(u.slots)")
        }
    }

    @Test("abbreviations hidden in ordinary words are not found", arguments: [
        ("ผมพอสมควร", "term"),  // อสม inside พอสมควร
        ("ขอสมัครหน่อย", "term"),  // อสม inside ขอสมัคร
        ("ผสมสี", "agency"),  // ผส inside ผสม
        ("สถานีรถไฟ", "agency"),  // สถ inside สถานี
        ("ลงทะเบียนโปรเจกต์ project", "agency"),  // ECT inside project
    ])
    func hiddenAbbreviations(text: String, kind: String) {
        let u = Fixtures.understand(text + " มีหน้าที่อะไร")
        #expect(u.slots[kind] == nil, "\(text) → \(u.slots)")
        #expect(u.agencies.isEmpty || kind != "agency")
    }

    @Test("province names that are ordinary words need จังหวัด before them")
    func ambiguousProvinces() {
        #expect(Fixtures.understand("ไปเลยค่ะ วิทยากรมีกี่คน").provinces.isEmpty)
        #expect(Fixtures.understand("ตากผ้าแล้ว วิทยากรกี่คน").provinces.isEmpty)
        #expect(Fixtures.understand("เผยแพร่ วิทยากรกี่คน").provinces.isEmpty)
        #expect(Fixtures.understand("จังหวัดเลยมีวิทยากรกี่คน").slots["province"] == "เลย")
        #expect(Fixtures.understand("จ.ตาก วิทยากรกี่คน").slots["province"] == "ตาก")
    }

    @Test("the longest name wins: นครศรี is not inside พระนครศรีอยุธยา")
    func longestName() {
        #expect(Fixtures.understand("พระนครศรีอยุธยามีวิทยากรกี่คน").slots["province"] == "พระนครศรีอยุธยา")
        #expect(Fixtures.understand("กรมส่งเสริมการปกครองท้องถิ่นมีหน้าที่อะไร").slots["agency"] == "DLA")
        #expect(Fixtures.understand("กรมการปกครองมีหน้าที่อะไร").slots["agency"] == "DOPA")
    }

    @Test("Thai digits pick the ranking size")
    func number() {
        let u = Fixtures.understand("๑๐ อันดับจังหวัดที่มีวิทยากรมากที่สุด")
        #expect(u.intent == .trainerCoverage)
        #expect(u.number == 10)
        #expect(u.mode == "most")
    }

    @Test("modes pick the answer variant")
    func modes() {
        #expect(Fixtures.understand("จังหวัดไหนไม่มีวิทยากรหลัก").mode == "gaps")
        #expect(Fixtures.understand("จังหวัดไหนมีวิทยากรน้อยที่สุด").mode == "fewest")
        #expect(Fixtures.understand("MOU ยกเลิกได้ไหม").mode == "notice")
        #expect(Fixtures.understand("MOU มีระยะเวลากี่ปี").mode == "term")
    }

    @Test("commands map to intents; empty text is unknown")
    func commandsAndEmpty() {
        #expect(Fixtures.matcher.intent(forCommand: "help") == .help)
        #expect(Fixtures.matcher.intent(forCommand: "START") == .help)
        #expect(Fixtures.matcher.intent(forCommand: "nope") == nil)
        #expect(Fixtures.understand("").intent == .unknown)
        #expect(Fixtures.understand("   \u{200B} ").intent == .unknown)
    }

    @Test("a word inside a longer name does not count (วิทยากรหลักสูตร is not a core trainer)")
    func blockers() {
        let u = Fixtures.understand("วิทยากรหลักสูตรพลเมืองคุณภาพที่ขอนแก่นมีกี่คน")
        #expect(u.slots == ["province": "ขอนแก่น"])
        #expect(Fixtures.understand("วิทยากรหลักขอนแก่นมีกี่คน").slots["trainer_type"] == "core")
    }

    @Test("5,000 characters are understood without trouble")
    func long() {
        let text = String(repeating: "วิทยากรเชียงใหม่", count: 400)
        #expect(text.count >= 5_000)
        #expect(Fixtures.understand(text).intent == .trainerCount)
    }
}
