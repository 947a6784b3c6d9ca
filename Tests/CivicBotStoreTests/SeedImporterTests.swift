import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Testing

@Suite struct SeedImporterTests {
    let lexicon = Fixtures.catalogue.lexicon
    let seedDir = Fixtures.root.appendingPathComponent("Sources/CivicBotStore/Seed")

    /// The register files read independently of the importer: province as written → five counts.
    func sourceRows(_ file: String) throws -> [(String, [Int])] {
        let text = try String(contentsOf: seedDir.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let _ = Int(cells[0]) else { return nil }
            return (cells[1], cells[2...6].map { Int($0) ?? 0 })
        }
    }

    @Test("the published totals: core 35/31/30/30/32 = 158, extended 325/299/301/296/276 = 1,497")
    func totals() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        let totals = try db.registerTotals()
        let core = try #require(totals.first { $0.trainerType == "core" })
        let extended = try #require(totals.first { $0.trainerType == "extended" })
        #expect(core.counts.map(\.agency) == ["DOPA", "DLA", "HSS", "CDD", "DOP"])
        #expect(core.counts.map(\.count) == [35, 31, 30, 30, 32])
        #expect(core.total == 158)
        #expect(core.provincesListed == 32)
        #expect(extended.counts.map(\.count) == [325, 299, 301, 296, 276])
        #expect(extended.total == 1_497)
        #expect(extended.provincesListed == 77)
    }

    @Test("every register row is stored under its province, cell for cell", arguments: ["core", "extended"])
    func everyRow(type: String) throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        for (written, counts) in try sourceRows("register-\(type)-2563.tsv") {
            let province = try #require(lexicon.province(named: written))
            let entry = try #require(try db.trainerCounts(province: province.name).first { $0.trainerType == type })
            #expect(entry.listed)
            #expect(entry.counts.map(\.count) == counts, "\(written)")
        }
    }

    @Test("the misspelt อุตรธานี row is อุดรธานี's; a province a register does not list counts 0")
    func mapping() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        let udon = try db.trainerCounts(province: "อุดรธานี")
        #expect(udon.first { $0.trainerType == "extended" }?.counts.map(\.count) == [5, 5, 5, 5, 0])
        let bangkokCore = try #require(try db.trainerCounts(province: "กรุงเทพมหานคร").first { $0.trainerType == "core" })
        #expect(!bangkokCore.listed)
        #expect(bangkokCore.total == 0)
    }

    /// A copy of the seed folder with `file` edited.
    func editedSeed(_ file: String, _ edit: (String) -> String) throws -> SeedDocument {
        let dir = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: seedDir.path) {
            try FileManager.default.copyItem(at: seedDir.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let url = dir.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return try SeedDocument.load(from: dir)
    }

    func expectRefusal(_ document: SeedDocument, _ check: (SeedError) -> Bool) throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("db.sqlite").path
        do {
            _ = try AppDatabase.open(path: path, lexicon: lexicon, seed: document)
            Issue.record("the import should have been refused")
        } catch let error as SeedError {
            #expect(check(error), "\(error)")
        }
        // Nothing stored half-way: the knowledge tables are empty.
        let queue = try DatabaseQueue(path: path)
        let provinces = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM province") }
        #expect(provinces == 0)
    }

    @Test("an unknown province name fails loudly and stores nothing")
    func unknownProvince() throws {
        let doc = try editedSeed("register-core-2563.tsv") { $0.replacingOccurrences(of: "\tกระบี่\t", with: "\tกระบี\t") }
        try expectRefusal(doc) { if case .unknownProvince(_, "กระบี") = $0 { return true } else { return false } }
    }

    @Test("a changed count no longer adds up to the published total: refused")
    func totalsDiffer() throws {
        let doc = try editedSeed("register-extended-2563.tsv") { $0.replacingOccurrences(of: "77\tอุบลราชธานี\t22\t", with: "77\tอุบลราชธานี\t23\t") }
        try expectRefusal(doc) { if case .totalsDiffer(_, "DOPA", 326, 325) = $0 { return true } else { return false } }
    }

    @Test("a cell that is not a count is refused")
    func badCell() throws {
        let doc = try editedSeed("register-core-2563.tsv") { $0.replacingOccurrences(of: "1\tกระบี่\t1\t", with: "1\tกระบี่\tx\t") }
        try expectRefusal(doc) { if case .badCell = $0 { return true } else { return false } }
    }

    @Test("a quote that is not in its MOU is refused")
    func quote() throws {
        let doc = try editedSeed("center.yaml") { $0.replacingOccurrences(of: "ตั้งแต่ปี พ.ศ. ๒๕๕๗", with: "ตั้งแต่ปี พ.ศ. ๒๕๕๘") }
        try expectRefusal(doc) { if case .quoteNotFound("founded", "MOU2") = $0 { return true } else { return false } }
    }

    @Test("cells: '-' and empty are 0, Thai digits are read")
    func cells() throws {
        #expect(try SeedImporter.count("-", file: "f", province: "p") == 0)
        #expect(try SeedImporter.count("", file: "f", province: "p") == 0)
        #expect(try SeedImporter.count("๖", file: "f", province: "p") == 6)
        #expect(throws: SeedError.self) { try SeedImporter.count("1.5", file: "f", province: "p") }
    }
}
