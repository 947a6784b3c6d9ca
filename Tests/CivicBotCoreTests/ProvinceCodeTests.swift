import CivicBotCore
import CivicBotTestSupport
import Testing

/// A province's official two-letter code (`codes` in lexicon/provinces.yaml): with its dot it
/// names the province before a word that confirms a place ("ขก.มีวิทยากรกี่คน"); without it only after
/// จังหวัด / จ.; glued into Thai words or in another sense (hours, a department's code) it is no place.
@Suite("Province codes")
struct ProvinceCodeTests {
    func provinces(_ text: String) -> [String] {
        Fixtures.matcher.understand(Fixtures.matcher.normalize(text)).provinces
    }

    @Test("a dotted code before a word that confirms a place, or an undotted one after จ., is the province",
          arguments: [("ขก.มีวิทยากรขยายผลกี่คน", "ขอนแก่น"), ("ชม. วิทยากรหลักกี่คน", "เชียงใหม่"),
                      ("จ.ขก วิทยากรกี่คน", "ขอนแก่น"), ("วิทยากรหลัก อบ. มีกี่คนคะ", "อุบลราชธานี"), ("ขยายผล ภก. กี่คนครับ", "ภูเก็ต"), ("จังหวัด สข. มีวิทยากรไหม", "สงขลา")])
    func named(_ text: String, _ province: String) {
        #expect(provinces(text) == [province], "\(text)")
    }

    @Test("a code glued into Thai, undotted without จ., or in another sense names no province",
          arguments: ["ชมวิทยากรหน่อยค่ะ เก่งมาก", "รอ วิทยากรกี่คน", "อบรม 3 ชม. วิทยากรกี่คน", "อบต.มีวิทยากรกี่คน"])
    func notNamed(_ text: String) {
        #expect(provinces(text).isEmpty, "\(text): \(provinces(text))")
    }

    @Test("a code that is a department's abbreviation stays the department (พช. is no province code)")
    func departmentWins() {
        let u = Fixtures.matcher.understand(Fixtures.matcher.normalize("พช.มีวิทยากรกี่คน"))
        #expect(u.provinces.isEmpty)
        #expect(u.agencies == ["CDD"])
    }

    @Test("every code in the lexicon is two Thai consonants and names one province")
    func lexiconCodes() {
        let lexicon = Fixtures.catalogue.lexicon
        let codes = lexicon.provinces.flatMap(\.codes)
        #expect(codes.count >= 50)
        #expect(Set(codes).count == codes.count)
        for p in lexicon.provinces {
            for code in p.codes { #expect(lexicon.province(named: code)?.name == p.name, "\(code)") }
        }
    }
}
