@testable import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// Intents/ is decoded through JSON (`JSONTree`) for speed; Yams decodes what that path does not
/// take. Both must give the same values for every file the project keeps.
@Suite struct CatalogueDecodingTests {
    func text(_ file: String) throws -> String {
        try String(contentsOf: Fixtures.intents.appendingPathComponent(file), encoding: .utf8)
    }

    /// Both decodings of `file`, written out field by field (`dump`), and whether the fast path took it.
    func both<T: Decodable>(_ type: T.Type, _ file: String) throws -> (json: String, yaml: String, fast: Bool) {
        let text = try text(file)
        let yaml: T = try IntentCatalogue.decodeYAML(text, name: file)
        let yamlDump = canonical(yaml)
        guard let json: T = IntentCatalogue.decodeThroughJSON(text) else { return (yamlDump, yamlDump, false) }
        return (canonical(json), yamlDump, true)
    }

    /// Every stored value, field by field, one a line; a dictionary's entries sorted by key (its
    /// order of iteration is no value).
    func canonical(_ value: Any, indent: String = "") -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary:
            let entries = mirror.children.map { entry -> (String, String) in
                let pair = Array(Mirror(reflecting: entry.value).children)
                return (String(describing: pair[0].value), canonical(pair[1].value, indent: indent + "  "))
            }.sorted { $0.0 < $1.0 }
            return entries.map { "\(indent)[\($0.0)]\n\($0.1)" }.joined(separator: "\n")
        case .optional:
            guard let some = mirror.children.first else { return indent + "nil" }
            return canonical(some.value, indent: indent)
        case .struct, .class, .collection, .set, .tuple, .enum:
            if mirror.children.isEmpty { return indent + String(describing: value) }
            var children = mirror.children.map { (label: $0.label ?? "-", text: canonical($0.value, indent: indent + "  ")) }
            if mirror.displayStyle == .set { children.sort { $0.text < $1.text } }
            return indent + String(describing: type(of: value)) + "\n" + children.map { "\(indent)\($0.label):\n\($0.text)" }.joined(separator: "\n")
        default:
            return indent + String(describing: value)
        }
    }

    /// The first line where two dumps differ, or nil.
    func firstDifference(_ a: String, _ b: String) -> String? {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, pair) in zip(x, y).enumerated() where pair.0 != pair.1 { return "line \(i): \(pair.0) | \(pair.1)" }
        return x.count == y.count ? nil : "\(x.count) lines against \(y.count)"
    }

    @Test("every lexicon file decodes through JSON to the same values as through Yams")
    func lexiconFiles() throws {
        let results = [
            try both(IntentCatalogue.ProvinceFile.self, "lexicon/provinces.yaml"),
            try both(IntentCatalogue.AgencyFile.self, "lexicon/agencies.yaml"),
            try both(IntentCatalogue.TrainerTypeFile.self, "lexicon/trainer_types.yaml"),
            try both(IntentCatalogue.GlossaryFile.self, "lexicon/glossary.yaml"),
            try both(Discourse.self, "lexicon/discourse.yaml"),
            try both(IntentCatalogue.RegionFile.self, "lexicon/regions.yaml"),
            try both(EnglishTexts.self, "lexicon/english.yaml"),
        ]
        for r in results {
            #expect(r.fast, "the project's own files all take the fast path")
            #expect(firstDifference(r.json, r.yaml) == nil)
        }
    }

    @Test("every intent file decodes through JSON to the same values as through Yams")
    func intentFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.intents.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count == IntentID.allCases.count)
        for file in files {
            let r = try both(IntentDefinition.self, file)
            #expect(r.fast, "\(file) takes the fast path")
            #expect(firstDifference(r.json, r.yaml) == nil, "\(file)")
        }
    }

    @Test("plain scalars become JSON literals only where YAML and JSON read them alike",
          arguments: [("50", "50" as String?), ("-3", "-3"), ("1.5", "1.5"), ("true", "true"), ("False", "false"), ("", "null"), ("~", "null"),
                      ("yes", nil), ("no", nil), ("010", nil), ("0812345678", nil), ("1.", nil), (".5", nil), ("1e5", nil), ("2563a", nil)])
    func literals(_ scalar: String, _ literal: String?) {
        #expect(JSONTree.plainLiteral(scalar) == literal)
    }

    @Test("what the JSON decoder does not take is decoded by Yams: a number for text, yes for true")
    func fallsBack() throws {
        struct Sample: Decodable, Equatable { let text: String; let flag: Bool; let weight: Double }
        let yaml = "text: 555555\nflag: yes\nweight: 2\n"
        let fast: Sample? = IntentCatalogue.decodeThroughJSON(yaml)
        #expect(fast == nil, "555555 is a JSON number, and yes no JSON boolean")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-sample-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let decoded: Sample = try IntentCatalogue.decode(url, name: "sample.yaml")
        #expect(decoded == Sample(text: "555555", flag: true, weight: 2))
    }

    @Test("a file that is no valid YAML still names the file and the line")
    func errorsKeepTheirPlace() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-broken-\(UUID().uuidString).yaml")
        try "id: help\nexamples: [unclosed\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            let _: IntentDefinition = try IntentCatalogue.decode(url, name: "help.yaml")
        } throws: { error in
            guard let e = error as? CatalogueError else { return false }
            return e.file == "help.yaml" && e.line != nil
        }
    }
}
