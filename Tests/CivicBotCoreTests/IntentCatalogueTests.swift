import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

@Suite struct IntentCatalogueTests {
    @Test("the project's Intents/ loads: 77 provinces, 6 agencies, every required intent")
    func loads() {
        let c = Fixtures.catalogue
        #expect(c.lexicon.provinces.count == 77)
        #expect(Set(c.lexicon.agencies.map(\.code)) == ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"])
        #expect(c.intents.map(\.id) == IntentID.allCases.sorted(), "one file per stable id")
    }

    @Test("every answering intent has at least 15 examples")
    func examplesPerIntent() {
        for intent in Fixtures.catalogue.intents {
            #expect(intent.examples.count >= 15, "\(intent.id) has \(intent.examples.count)")
        }
    }

    @Test("the registers' misspelling อุตรธานี maps to อุดรธานี, exactly")
    func sourceVariant() {
        #expect(Fixtures.catalogue.lexicon.province(named: "อุตรธานี")?.name == "อุดรธานี")
        #expect(Fixtures.catalogue.lexicon.province(named: "อุดรธานีย์") == nil)
        #expect(Fixtures.catalogue.lexicon.agency(named: "กรมพัฒนาชุมชน")?.code == "CDD")
    }

    /// A copy of Intents/ in a temporary folder, changed by `edit`, then loaded.
    func loadBroken(_ edit: (URL) throws -> Void) throws -> CatalogueError? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.intents, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try edit(dir)
        do {
            _ = try IntentCatalogue.load(from: dir)
            return nil
        } catch let error as CatalogueError {
            return error
        }
    }

    func replace(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("the districts file (read without Decodable) reports a missing field and broken YAML by file, key and line")
    func brokenDistricts() throws {
        let districts = { (dir: URL) in dir.appendingPathComponent("lexicon/districts.yaml") }
        let missing = try loadBroken { try replace(districts($0), "{name: คลองสาน, english: Khlong San, province: กรุงเทพมหานคร}", "{name: คลองสาน, english: Khlong San}") }
        #expect(missing?.file == "lexicon/districts.yaml")
        #expect(missing?.key == "districts[1].province")
        let broken = try loadBroken { try replace(districts($0), "{name: คลองสาน,", "{name: [คลองสาน,") }
        #expect(broken?.file == "lexicon/districts.yaml")
        #expect(broken?.line != nil)
        // GeoThai's 928 districts, and the hand-kept towns (lexicon/towns.yaml) beside them.
        let towns = try String(contentsOf: Fixtures.intents.appendingPathComponent("lexicon/towns.yaml"), encoding: .utf8)
            .components(separatedBy: "\n  - {name:").count - 1
        #expect(towns > 0)
        #expect(Fixtures.catalogue.lexicon.districts.count == 928 + towns)
        #expect(Fixtures.catalogue.lexicon.districts.first { $0.name == "พัทยา" }?.province == "ชลบุรี")
        #expect(Fixtures.catalogue.lexicon.districts.first { $0.name == "แม่สาย" }?.province == "เชียงราย")
    }

    @Test("broken YAML is reported with file and key")
    func brokenYAML() throws {
        let error = try loadBroken { dir in
            try replace(dir.appendingPathComponent("trainer_count.yaml"), "priority: 50", "priority: [oops")
        }
        #expect(error?.file == "trainer_count.yaml")
    }

    @Test("a wrong type is reported with its key path")
    func wrongType() throws {
        let error = try loadBroken { dir in
            try replace(dir.appendingPathComponent("trainer_count.yaml"), "priority: 50", "priority: fifty")
        }
        #expect(error?.file == "trainer_count.yaml")
        #expect(error?.key == "priority")
    }

    @Test("an example with a slot value that does not exist is refused")
    func badSlotValue() throws {
        let error = try loadBroken { dir in
            try replace(dir.appendingPathComponent("trainer_count.yaml"), "{province: เชียงใหม่}", "{province: เชียงแสน}")
        }
        #expect(error?.file == "trainer_count.yaml")
        #expect(error?.key.hasPrefix("examples[") == true)
    }

    @Test("an alias naming two provinces is refused")
    func duplicateAlias() throws {
        let error = try loadBroken { dir in
            try replace(dir.appendingPathComponent("lexicon/provinces.yaml"), "aliases: [Krabi]", "aliases: [Krabi, โคราช]")
        }
        #expect(error?.file == "lexicon/provinces.yaml")
        #expect(error?.reason.contains("โคราช") == true)
    }

    @Test("a province code that is not two Thai consonants, or is a department's code, is refused")
    func badProvinceCode() throws {
        let dotted = try loadBroken { dir in
            try replace(dir.appendingPathComponent("lexicon/provinces.yaml"), "codes: [ขก]", "codes: [ขก.]")
        }
        #expect(dotted?.key.hasSuffix(".codes") == true, "\(String(describing: dotted))")
        // พช. is กรมการพัฒนาชุมชน's code: as เพชรบูรณ์'s code it would name two things.
        let taken = try loadBroken { dir in
            try replace(dir.appendingPathComponent("lexicon/provinces.yaml"), "codes: [ขก]", "codes: [ขก, พช]")
        }
        #expect(taken?.reason.contains("พช") == true, "\(String(describing: taken))")
    }

    @Test("a missing intent file and a file whose id differs are refused")
    func missingAndMismatched() throws {
        let missing = try loadBroken { dir in try FileManager.default.removeItem(at: dir.appendingPathComponent("contact.yaml")) }
        #expect(missing?.file == "contact.yaml")
        let mismatched = try loadBroken { dir in
            try replace(dir.appendingPathComponent("greeting.yaml"), "id: greeting", "id: help")
        }
        #expect(mismatched?.key == "id")
    }

    /// The template problems of a copy of Intents/ changed by `edit`.
    func templateProblems(_ edit: (URL) throws -> Void) throws -> [CatalogueError] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.intents, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try edit(dir)
        return TemplateRequirements.problems(in: try IntentCatalogue.load(from: dir))
    }

    @Test("an English reply key Swift asks for, missing from replies_en, is a problem with file and key")
    func missingEnglishTemplate() throws {
        #expect(try templateProblems { _ in }.isEmpty)
        let problems = try templateProblems { dir in
            try replace(dir.appendingPathComponent("contact.yaml"), "  missing: Sorry, the bot has no contact details yet.\n", "")
        }
        #expect(problems.map { "\($0.file) \($0.key)" } == ["contact.yaml replies_en.missing"])
        let placeholder = try templateProblems { dir in
            try replace(dir.appendingPathComponent("glossary.yaml"), "{term} stands for {expansion}.", "{term} stands for {expension}.")
        }
        #expect(placeholder.map(\.key) == ["replies_en.term"])
    }

    @Test("admin intents have no English templates to keep in step: replies_en there is a problem")
    func adminEnglishRefused() throws {
        let problems = try templateProblems { dir in
            let file = dir.appendingPathComponent("stats.yaml")
            try (String(contentsOf: file, encoding: .utf8) + "replies_en:\n  refused: No.\n").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(problems.map { "\($0.file) \($0.key)" } == ["stats.yaml replies_en"])
    }

    @Test("a missing folder is an error, not a crash")
    func missingFolder() {
        #expect(throws: CatalogueError.self) { try IntentCatalogue.load(from: URL(fileURLWithPath: "/nonexistent/Intents")) }
    }
}
