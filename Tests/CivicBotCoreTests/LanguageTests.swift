import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// The language of a message: English when mostly Latin letters, Thai otherwise; never inherited.
@Suite struct LanguageTests {
    @Test("English when it has more Latin letters than Thai ones", arguments: [
        "How many trainers in Korat?", "what does ศส.ปชต. stand for", "How many วิทยากรขยายผล in Loei?", "DOPA duties", "hi",
    ])
    func english(_ text: String) {
        #expect(Language.of(ThaiNormalizer.normalize(text)) == .english)
    }

    @Test("Thai when Thai letters are as many or more, or too few Latin ones to tell", arguments: [
        "MOU มีระยะเวลากี่ปี", "ศส.ปชต. คืออะไร", "วิทยากร DOPA ที่เชียงใหม่กี่คน", "ลำพูน core กี่คน", "๕๕๕", "x", "",
        "อบต. กับ อปท. ต่างกันยังไง", "กกต. ECT",
    ])
    func thai(_ text: String) {
        #expect(Language.of(ThaiNormalizer.normalize(text)) == .thai)
    }

    @Test("the understanding carries the language, with the same intent and canonical slots in both")
    func understandingCarriesLanguage() {
        let en = Fixtures.understand("How many core trainers does Chiang Mai have?")
        let th = Fixtures.understand("เชียงใหม่มีวิทยากรหลักกี่คน")
        #expect(en.language == .english && th.language == .thai)
        #expect(en.intent == th.intent && en.slots == th.slots)
        #expect(en.slots == ["province": "เชียงใหม่", "trainer_type": "core"])
    }

    @Test("a follow-up takes the slots of the last answer, never its language")
    func followUpKeepsItsOwnLanguage() throws {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน"], at: Date(timeIntervalSince1970: 0))
        for (text, language) in [("แล้วแพร่ล่ะ", Language.thai), ("what about Phrae?", .english)] {
            let n = ThaiNormalizer.normalize(text)
            let merged = try #require(FollowUp.merge(Fixtures.matcher.understand(n), words: Fixtures.matcher.followUpWords(in: n),
                                                     context: context, catalogue: Fixtures.catalogue))
            #expect(merged.slots == ["province": "แพร่"])
            #expect(merged.language == language)
        }
    }

    @Test("English words are found set apart, plurals too, and not inside other words")
    func latinWords() {
        #expect(Fixtures.understand("trainers of the Department of Local Administration in Roi Et").slots["agency"] == "DLA")
        #expect(Fixtures.understand("extended trainers in Roi Et").slots["trainer_type"] == "extended")
        // "core" inside "scored", "nan" inside "banana": no type, no province.
        #expect(Fixtures.understand("how many trainers scored a banana").slots == [:])
        // "nan" is a province only in context.
        #expect(Fixtures.understand("How many trainers are there in Nan?").slots == ["province": "น่าน"])
        #expect(Fixtures.understand("my nan says hi to the trainers").slots["province"] == nil)
    }
}
