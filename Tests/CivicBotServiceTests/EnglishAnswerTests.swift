import CivicBotCore
import CivicBotService
import CivicBotTestSupport
import Foundation
import Testing

/// English questions through the whole bot (real Intents/, the seed knowledge): the same intents and
/// canonical slots as in Thai, answered from `replies_en` with English names and the same figures.
/// Asserts on template keys and the values filled in, never on wording.
@Suite struct EnglishAnswerTests {
    func ask(_ bot: Bot, _ text: String) -> Reply { bot.handle(TestBot.privateMessage(text)) }

    func english(_ reply: Reply, _ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> Bool {
        guard let text = reply.text else { return false }
        return Fixtures.fills(text, intent, key, values, language: .english)
    }

    @Test("a province's count: English names of the province and types, the register's figures")
    func provinceCount() throws {
        let bot = try TestBot.make()
        let reply = ask(bot, "How many trainers does Korat have?")
        #expect(reply.intent == .trainerCount && reply.slots == ["province": "นครราชสีมา"] && reply.language == .english)
        #expect(english(reply, .trainerCount, "province", ["province": Fixtures.provinceEnglish("นครราชสีมา"), "year": "2563"]))
        #expect(english(reply, .trainerCount, "type_block", ["type": Fixtures.typeEnglish("core"), "total": "5"]))
        #expect(english(reply, .trainerCount, "type_block", ["type": Fixtures.typeEnglish("extended"), "total": "47"]))
        #expect(english(reply, .trainerCount, "line", ["agency": Fixtures.agencyEnglish("HSS"), "count": "11"]))
    }

    @Test("type and department words in English fill their slots", arguments: [
        ("number of core trainers in Chonburi", ["province": "ชลบุรี", "trainer_type": "core"]),
        ("how many expansion trainers does DOPA have in Ubon", ["province": "อุบลราชธานี", "agency": "DOPA", "trainer_type": "extended"]),
        ("local government trainers in Lampang", ["province": "ลำปาง", "agency": "DLA"]),
        ("Health Service Support extended trainers in Sakon Nakhon", ["province": "สกลนคร", "agency": "HSS", "trainer_type": "extended"]),
        ("main trainers of the Community Development Department in BKK", ["province": "กรุงเทพมหานคร", "agency": "CDD", "trainer_type": "core"]),
        ("elderly department trainers in Ayutthaya", ["province": "พระนครศรีอยุธยา", "agency": "DOP"]),
    ])
    func slots(_ text: String, _ slots: [String: String]) throws {
        let reply = ask(try TestBot.make(), text)
        #expect(reply.intent == .trainerCount && reply.slots == slots && reply.language == .english)
    }

    @Test("a department's national count by type")
    func agencyNational() throws {
        let reply = ask(try TestBot.make(), "How many core trainers does the Department of Provincial Administration have nationwide?")
        #expect(reply.slots == ["agency": "DOPA", "trainer_type": "core"])
        #expect(english(reply, .trainerCount, "agency_national_type", ["agency": Fixtures.agencyEnglish("DOPA"), "type": Fixtures.typeEnglish("core"), "count": "35"]))
    }

    @Test("a district in English names its province")
    func district() throws {
        let reply = ask(try TestBot.make(), "How many trainers does Pak Chong have?")
        #expect(reply.slots == ["province": "นครราชสีมา"])
        #expect(english(reply, .trainerCount, "district_note", ["district": "Pak Chong", "province": Fixtures.provinceEnglish("นครราชสีมา")]))
    }

    @Test("a place the bot does not know is asked about, never answered with national totals", arguments: [
        "How many trainers in Vientiane?", "How many trainers in Springfield province?", "core trainers from Penang",
    ])
    func unknownPlace(_ text: String) throws {
        let reply = ask(try TestBot.make(), text)
        #expect(reply.intent == .trainerCount && reply.slots["province"] == nil && reply.language == .english)
        #expect(english(reply, .trainerCount, "unknown_province"))
        #expect(!(reply.text ?? "").contains("158") && !(reply.text ?? "").contains("1497"))
    }

    @Test("words after 'in' that are no place keep the national answer", arguments: [
        "how many trainers in total", "how many core trainers in the country", "how many trainers in DOPA",
    ])
    func notAPlace(_ text: String) throws {
        let reply = ask(try TestBot.make(), text)
        #expect(reply.intent == .trainerCount && !english(reply, .trainerCount, "unknown_province"))
    }

    @Test("coverage: provinces without core trainers, with English names")
    func coverage() throws {
        let reply = ask(try TestBot.make(), "Which provinces have no core trainers?")
        #expect(reply.intent == .trainerCoverage && reply.slots == ["trainer_type": "core"])
        #expect(english(reply, .trainerCoverage, "gaps", ["count": "45", "covered": "32"]))
        #expect(reply.text?.contains(Fixtures.provinceEnglish("กรุงเทพมหานคร")) == true)
    }

    @Test("duties: the department's clauses in English, one line per clause")
    func duties() throws {
        let bot = try TestBot.make()
        let reply = ask(bot, "What are the duties of the Community Development Department?")
        #expect(reply.intent == .agencyDuties && reply.slots == ["agency": "CDD"] && reply.language == .english)
        #expect(english(reply, .agencyDuties, "duties", ["agency": Fixtures.agencyEnglish("CDD"), "count": "4"]))
        let clause = try #require(Fixtures.catalogue.lexicon.english.clause(mou: "MOU2", agency: "CDD", number: 1))
        #expect(reply.text?.contains(clause) == true)
    }

    @Test("every duty clause of the knowledge base has its English")
    func everyClauseTranslated() throws {
        let bot = try TestBot.make()
        let english = Fixtures.catalogue.lexicon.english
        for code in ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"] {
            for list in bot.snapshot.duties(agency: code) {
                for clause in list.clauses {
                    #expect(english.clause(mou: list.mouID, agency: code, number: clause.number) != nil, "\(list.mouID) \(code) \(clause.number)")
                }
            }
        }
    }

    @Test("the documents in English: MOU term and notice, the centres, a term, the contact", arguments: [
        ("How long does the MOU last?", IntentID.mouInfo, "term_stated", ["years": "3"]),
        ("How much notice is needed to terminate the agreement?", .mouInfo, "notice_stated", ["days": "30"]),
        ("What is a Democracy Promotion Centre?", .centerInfo, "rollout_line", ["year": "2565"]),
        ("What does อสม. stand for?", .glossary, "term", ["term": "อสม."]),
        ("What's the fax number?", .contact, "contact", ["fax": "0-2251-7223"]),
        ("Which departments signed the MOU?", .agencyList, "list", ["count": "2", "agencies": "6"]),
        ("what can you do?", .help, "text", [:]),
        ("hello", .greeting, "text", [:]),
        ("Tell me a joke about cats", .unknown, "private", [:]),
    ])
    func documents(_ text: String, _ intent: IntentID, _ key: String, _ values: [String: String]) throws {
        let reply = ask(try TestBot.make(), text)
        #expect(reply.intent == intent && reply.language == .english)
        #expect(english(reply, intent, key, values), "\(reply.text ?? "nil")")
    }

    @Test("a Thai message is answered in Thai, also right after an English one")
    func thaiStaysThai() throws {
        let bot = try TestBot.make()
        let first = ask(bot, "How many trainers in Lamphun?")
        #expect(first.language == .english)
        let reply = ask(bot, "แล้วแพร่ล่ะ")
        #expect(reply.language == .thai && reply.slots == ["province": "แพร่"])
        #expect(Fixtures.fills(reply.text ?? "", .trainerCount, "province", ["province": "แพร่"]))
        let mou = ask(bot, "MOU มีระยะเวลากี่ปี")
        #expect(mou.intent == .mouInfo && mou.language == .thai)
    }

    @Test("an English follow-up of a Thai question is answered in English")
    func englishFollowUp() throws {
        let bot = try TestBot.make()
        _ = ask(bot, "ลำพูนมีวิทยากรกี่คน")
        let reply = ask(bot, "what about Phrae?")
        #expect(reply.intent == .trainerCount && reply.slots == ["province": "แพร่"] && reply.language == .english)
        #expect(english(reply, .trainerCount, "province", ["province": Fixtures.provinceEnglish("แพร่")]))
    }

    @Test("admin replies stay Thai: a volunteer's English registration attempt is refused in Thai")
    func adminThai() throws {
        #expect(!TemplateRequirements.englishIntents.contains(.trainerRegister))
        let reply = ask(try TestBot.make(), "ลงทะเบียนวิทยากร please")
        #expect(reply.intent == .trainerRegister)
        #expect(reply.text == Fixtures.template(.trainerRegister, "refused"))
    }
}
