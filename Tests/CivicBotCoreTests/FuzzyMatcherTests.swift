import CivicBotCore
import CivicBotTestSupport
import Testing

@Suite struct FuzzyMatcherTests {
    func scalars(_ s: String) -> [UInt32] { ThaiNormalizer.normalize(s).compactScalars }

    @Test("edit distance of a name inside longer text")
    func substringDistance() {
        #expect(FuzzyMatcher.substringDistance(pattern: scalars("เชียงใหม่"), text: scalars("เชียงไหม่มีวิทยากร"), limit: 2) == 1)
        #expect(FuzzyMatcher.substringDistance(pattern: scalars("นครศรีธรรมราช"), text: scalars("นครศรีธรรมราดค่ะ"), limit: 2) == 1)
        #expect(FuzzyMatcher.substringDistance(pattern: scalars("ขอนแก่น"), text: scalars("ขอนแก่น"), limit: 1) == 0)
        #expect(FuzzyMatcher.substringDistance(pattern: scalars("เชียงใหม่"), text: scalars("กินข้าว"), limit: 2) == 3)
    }

    @Test("misspelt provinces are found", arguments: [
        ("เชียงไหม่มีวิทยากรกี่คน", "เชียงใหม่"),
        ("นครศรีธรรมราดมีวิทยากรกี่คน", "นครศรีธรรมราช"),
        ("วิทยากรอุบลราชทานีมีกี่คน", "อุบลราชธานี"),
        ("วิทยากรกาญจนบุลีมีกี่คน", "กาญจนบุรี"),
        ("สุพรรณบูรีมีวิทยากรกี่คน", "สุพรรณบุรี"),
    ])
    func misspelt(text: String, province: String) {
        let u = Fixtures.understand(text)
        #expect(u.intent == .trainerCount)
        #expect(u.slots["province"] == province)
    }

    @Test("a province found by edit distance is marked so")
    func marked() {
        #expect(Fixtures.understand("เชียงไหม่มีวิทยากรกี่คน").fuzzyProvince)
        #expect(!Fixtures.understand("เชียงใหม่มีวิทยากรกี่คน").fuzzyProvince)
    }

    @Test("short words and codes never match a province", arguments: [
        "ชมวิทยากรหน่อย", "ลบวิทยากรกี่คน", "วิทยากรมีกี่คน", "วิทยากรดีมากกี่คน",
    ])
    func noFalseProvince(text: String) {
        #expect(Fixtures.understand(text).slots["province"] == nil)
    }

    @Test("a district is its province, not the nearest province name (เชียงแสน is in เชียงราย, not เชียงใหม่)")
    func districtNotFuzzy() {
        let u = Fixtures.understand("วิทยากรเชียงแสนกี่คน")
        #expect(u.slots["province"] == "เชียงราย")
        #expect(u.district == "เชียงแสน")
        #expect(!u.fuzzyProvince)
    }

    @Test("two provinces equally close give no match")
    func tie() {
        let m = FuzzyMatcher(names: [("กขคงจ", 1), ("กขคงฉ", 2)])
        #expect(m.bestMatch(in: scalars("กขคงช")) == nil)
        #expect(m.bestMatch(in: scalars("กขคงจ"))?.value == 1)
    }

    @Test("suggestions come closest first")
    func suggestions() {
        let names = Fixtures.matcher.provinceSuggestions(for: ThaiNormalizer.normalize("จังหวัดเชียงไหมม"))
        #expect(names.first == "เชียงใหม่")
    }
}
