import CivicBotCore
import CivicBotStore
import CivicBotTestSupport
import Testing

@Suite struct KnowledgeTests {
    let db: AppDatabase

    init() throws {
        db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
    }

    @Test("each party's clauses, as numbered in the source")
    func duties() throws {
        func numbers(_ code: String) throws -> [String: [Int]] {
            Dictionary(uniqueKeysWithValues: try db.duties(agency: code).map { ($0.mouID, $0.clauses.map(\.number)) })
        }
        #expect(try numbers("ECT") == ["MOU1": [1, 2, 3, 4, 5], "MOU2": [1, 2, 3, 4, 5]])
        #expect(try numbers("DOPA") == ["MOU1": [1, 2, 3, 4, 5]])
        #expect(try numbers("DLA") == ["MOU1": [1, 2, 3, 4]])
        #expect(try numbers("HSS") == ["MOU1": [1, 2, 3, 4]])
        #expect(try numbers("DOP") == ["MOU1": [1, 2, 3]])
        #expect(try numbers("CDD") == ["MOU2": [1, 2, 3, 4]])
        let hss = try #require(try db.duties(agency: "HSS").first)
        #expect(hss.clauses[0].text.hasPrefix("ขอความร่วมมือนายแพทย์สาธารณสุขจังหวัด"))
        #expect(try db.duties(agency: "NOPE").isEmpty)
    }

    @Test("the MOUs: parties, the 3-year term, 30 days' notice, signatories and witnesses")
    func mous() throws {
        let mous = try db.mouSummaries()
        #expect(mous.map(\.id) == ["MOU1", "MOU2"])
        #expect(mous[0].parties == ["ECT", "DOPA", "DLA", "HSS", "DOP"])
        #expect(mous[1].parties == ["ECT", "CDD"])
        #expect(mous[0].termYears == nil)
        #expect(mous[1].termYears == 3)
        #expect(mous[1].noticeDays == 30)
        #expect(mous[1].amendmentText?.contains("จัดทำเป็นหนังสือ") == true)
        #expect(mous[0].signatories.map(\.name).contains("นายประยูร รัตนเสนีย์"))
        #expect(mous[1].signatories.filter { $0.role == "witness" }.map(\.name) == ["นายไพบุลย์ เหล็กพรหม", "นายโชคชัย แก้วป่อง"])
        // One spelling of the Secretary-General in both MOUs.
        #expect(mous[0].signatories[0].name == mous[1].signatories[0].name)
    }

    @Test("the letter: reference, date, coordinator, phone")
    func letter() throws {
        let l = try #require(try db.letter())
        #expect(l.reference == "มท ๐๘๑๘.๒/ว ๒๕๖๕")
        #expect(l.dateISO == "2022-02-01")
        #expect(l.coordinator == "นางจันทร์รัตน์ อารุณปัญญากุล")
        #expect(l.phone == "๐-๒๒๕๑-๙๐๐๐ ต่อ ๒๓๗๓")
        #expect(l.responsibleOffice == "กองการเลือกตั้งท้องถิ่น")
        #expect(l.attachments.count == 2)
    }

    @Test("rankings over all 77 provinces: the most, and the gaps")
    func rankings() throws {
        let all = try db.trainerRanking(trainerType: nil, agency: nil, mostFirst: true)
        #expect(all.count == 77)
        #expect(all.first?.province == "อุบลราชธานี")
        #expect(all.first?.count == 53)
        #expect(all.reduce(0) { $0 + $1.count } == 158 + 1_497)
        let core = try db.trainerRanking(trainerType: "core", agency: nil, mostFirst: false)
        #expect(core.filter { $0.count == 0 }.count == 45)
        let dopExtended = try db.trainerRanking(trainerType: "extended", agency: "DOP", mostFirst: false)
        #expect(dopExtended.filter { $0.count == 0 }.map(\.province).contains("ร้อยเอ็ด"))
    }

    @Test("the centre facts come from the store")
    func centreAndGlossary() throws {
        let c = try db.centerInfo()
        #expect(c.rollout.map(\.year) == [2563, 2564, 2565])
        #expect(c.facts["founded"]?.contains("๒๕๕๗") == true)
        #expect(try db.tableCounts()["glossaryTerm"] == nil, "the glossary is read from Intents/, not kept in the store")
        #expect(try db.registeredTrainers(province: "เชียงใหม่", agency: nil).isEmpty)
    }

    @Test("the snapshot ranks provinces exactly as the store's SQL does, for every type, agency and order")
    func snapshotRanking() throws {
        let snapshot = try db.knowledgeSnapshot()
        for type in [nil, "core", "extended"] {
            for agency in [nil, "DOPA", "DLA", "HSS", "CDD", "DOP", "ECT"] {
                for mostFirst in [true, false] {
                    let sql = try db.trainerRanking(trainerType: type, agency: agency, mostFirst: mostFirst)
                    #expect(snapshot.ranking(trainerType: type, agency: agency, mostFirst: mostFirst) == sql,
                            "\(type ?? "all") \(agency ?? "all") \(mostFirst)")
                }
            }
        }
        #expect(snapshot.provinces.count == 77)
        // The snapshot reads every province's lines in one query: the same lines as one province at a time.
        for province in snapshot.provinces {
            #expect(snapshot.trainerCounts(province: province) == (try db.trainerCounts(province: province)), "\(province)")
        }
    }
}
