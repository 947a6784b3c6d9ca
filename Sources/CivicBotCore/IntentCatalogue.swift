import Foundation
import Yams

/// The immutable catalogue loaded from Intents/ at start: the lexicon and every intent definition.
/// Loading checks the whole folder and stops at the first problem with file, key and reason.
public struct IntentCatalogue: Sendable {
    /// Intent ids that tools outside the project rely on.
    public static let knownIntentIDs: Set<String> = [
        "help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
        "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
        "glossary", "contact", "stats", "unknown",
    ]
    /// Intents this build answers; each must have a file.
    public static let requiredIntentIDs: [String] = [
        "help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "agency_duties",
        "agency_list", "mou_info", "center_info", "glossary", "contact", "unknown",
        // Admin intents (issue 4).
        "trainer_register", "trainer_update", "trainer_remove", "stats",
    ]
    /// Slot names an intent may take.
    public static let slotNames: Set<String> = ["province", "agency", "trainer_type", "term", "region"]

    /// Names the bot knows.
    public let lexicon: Lexicon
    /// Intent definitions, sorted by id.
    public let intents: [IntentDefinition]
    /// The definitions by id: every `IntentID` has one (the loader refuses a folder that lacks one).
    let byID: [IntentID: IntentDefinition]
    /// Every intent's reply templates split into text and placeholders once, at load, by language.
    let compiled: [IntentID: [Language: [String: CompiledTemplate]]]

    /// Builds a catalogue from parts already decoded, validating them.
    public init(lexicon: Lexicon, intents: [IntentDefinition], fileOf: [IntentID: String] = [:]) throws {
        self.lexicon = lexicon
        self.intents = intents.sorted { $0.id < $1.id }
        try Self.validate(lexicon: lexicon)
        try Self.validate(intents: self.intents, lexicon: lexicon, fileOf: fileOf)
        self.byID = Dictionary(self.intents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.compiled = self.byID.mapValues { definition in
            [.thai: definition.replies.mapValues(CompiledTemplate.init), .english: definition.repliesEnglish.mapValues(CompiledTemplate.init)]
        }
    }

    /// Loads `directory` (the Intents/ folder): `lexicon/*.yaml` and one YAML file per intent.
    public static func load(from directory: URL) throws -> IntentCatalogue {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw CatalogueError(file: directory.path, key: "", reason: "folder not found")
        }
        let lexiconDir = directory.appendingPathComponent("lexicon")
        @Sendable func lexiconFile(_ file: String) -> (URL, String) { (lexiconDir.appendingPathComponent(file), "lexicon/" + file) }
        let files = try fm.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        // English for the knowledge base's Thai-only texts: optional (without it they stay Thai).
        let english = lexiconFile("english.yaml")
        let hasEnglish = fm.fileExists(atPath: english.0.path)
        // Well-known towns, beaches and islands that are no district (พัทยา, ป่าตอง): optional, kept by hand.
        let towns = lexiconFile("towns.yaml")
        let hasTowns = fm.fileExists(atPath: towns.0.path)

        // Decoding YAML is most of a cold start: the files are decoded side by side, on every core.
        let decoded = try SideBySide.values([
            { let (url, name) = lexiconFile("provinces.yaml"); let f: ProvinceFile = try decode(url, name: name); return f },
            { let (url, name) = lexiconFile("agencies.yaml"); let f: AgencyFile = try decode(url, name: name); return f },
            { let (url, name) = lexiconFile("trainer_types.yaml"); let f: TrainerTypeFile = try decode(url, name: name); return f },
            { let (url, name) = lexiconFile("glossary.yaml"); let f: GlossaryFile = try decode(url, name: name); return f },
            { let (url, name) = lexiconFile("discourse.yaml"); let f: Discourse = try decode(url, name: name); return f },
            { let (url, name) = lexiconFile("districts.yaml"); return try decodeDistricts(url, name: name) },
            { let (url, name) = lexiconFile("regions.yaml"); let f: RegionFile = try decode(url, name: name); return f },
            { let f: EnglishTexts = hasEnglish ? try decode(english.0, name: english.1) : .none; return f },
            { hasTowns ? try decodeDistricts(towns.0, name: towns.1) : [District]() },
        ] + files.map { file in
            { () throws -> any Sendable in
                let intent: IntentDefinition = try decode(directory.appendingPathComponent(file), name: file)
                let base = (file as NSString).deletingPathExtension
                guard intent.id.rawValue == base else {
                    throw CatalogueError(file: file, key: "id", reason: "id '\(intent.id.rawValue)' must match the file name '\(base)'")
                }
                return intent
            }
        })
        let provinces = decoded[0] as! ProvinceFile, agencies = decoded[1] as! AgencyFile
        let types = decoded[2] as! TrainerTypeFile, glossary = decoded[3] as! GlossaryFile
        let regions = decoded[6] as! RegionFile
        let lexicon = Lexicon(provinces: provinces.provinces, agencies: agencies.agencies,
                              trainerTypes: types.trainerTypes, glossary: glossary.terms, blockers: types.blockers ?? [],
                              ambiguityContext: provinces.ambiguousContext ?? .strict,
                              codeContext: agencies.codeContext ?? .never, discourse: decoded[4] as! Discourse,
                              districts: (decoded[5] as! [District]) + (decoded[8] as! [District]), regions: regions.regions, otherBodies: agencies.otherBodies ?? [],
                              english: decoded[7] as! EnglishTexts)
        var intents: [IntentDefinition] = []
        var fileOf: [IntentID: String] = [:]
        for (file, value) in zip(files, decoded.dropFirst(9)) {
            let intent = value as! IntentDefinition
            fileOf[intent.id] = file
            intents.append(intent)
        }
        return try IntentCatalogue(lexicon: lexicon, intents: intents, fileOf: fileOf)
    }

    /// The definition with this id (the catalogue has one for every id).
    public func intent(_ id: IntentID) -> IntentDefinition {
        guard let definition = byID[id] else { preconditionFailure("catalogue validated without intent \(id.rawValue)") }
        return definition
    }

    /// Reply template `key` of intent `id` in `language`, split for filling; nil when the file lacks it.
    public func template(_ id: IntentID, _ key: String, in language: Language) -> CompiledTemplate? {
        compiled[id]?[language]?[key]
    }

    // MARK: - Files

    struct ProvinceFile: Decodable {
        let provinces: [Province]
        let ambiguousContext: AmbiguityContext?
        enum CodingKeys: String, CodingKey { case provinces; case ambiguousContext = "ambiguous_context" }
    }
    struct AgencyFile: Decodable {
        let agencies: [Agency]
        let codeContext: AmbiguityContext?
        let otherBodies: [String]?
        enum CodingKeys: String, CodingKey { case agencies; case codeContext = "code_context"; case otherBodies = "other_bodies" }
    }
    struct TrainerTypeFile: Decodable {
        let trainerTypes: [TrainerTypeEntry]
        let blockers: [String]?
        enum CodingKeys: String, CodingKey { case blockers; case trainerTypes = "trainer_types" }
    }
    struct GlossaryFile: Decodable { let terms: [GlossaryTerm] }
    struct RegionFile: Decodable { let regions: [Region] }

    /// The districts file, read from YAML's node tree with the basic resolver rather than through
    /// `Decodable`: 928 entries decoded with implicit tag resolution were a third of the start-up time.
    static func decodeDistricts(_ url: URL, name: String) throws -> [District] {
        let text = try readText(url, name: name)
        let root: Node?
        do {
            // Every value is text: no implicit tags to resolve (the default resolver runs ICU regexes on each scalar).
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            if let place = YAMLLocation(error) {
                throw CatalogueError(file: name, key: "", reason: "not valid YAML: \(place.problem)", line: place.line, column: place.column)
            }
            throw CatalogueError(file: name, key: "", reason: "not valid YAML: \(error)")
        }
        guard let list = root?["districts"]?.sequence else {
            throw CatalogueError(file: name, key: "districts", reason: "a list of districts is required")
        }
        return try list.enumerated().map { i, node in
            // One pass over the entry's pairs (a subscript by key makes a node and compares it with every key).
            var fields: [String: String] = [:]
            for (key, value) in node.mapping ?? [:] { if let k = key.string, let v = value.string { fields[k] = v } }
            func field(_ key: String) throws -> String {
                guard let value = fields[key], !value.isEmpty else {
                    throw CatalogueError(file: name, key: "districts[\(i)].\(key)", reason: "a text value is required",
                                         line: node.mark.map { $0.line }, column: node.mark.map { $0.column })
                }
                return value
            }
            return District(name: try field("name"), english: try field("english"), province: try field("province"))
        }
    }

    static func readText(_ url: URL, name: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw CatalogueError(file: name, key: "", reason: missing ? "file is missing" : "cannot read the file: \((error as NSError).localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CatalogueError(file: name, key: "", reason: "not UTF-8 text")
        }
        return text
    }

    static func decode<T: Decodable>(_ url: URL, name: String) throws -> T {
        let text = try readText(url, name: name)
        // Fast path: the YAML's tree as JSON, decoded by Foundation's JSON decoder (Yams' own
        // decoder, with its tag resolver, was most of a cold start). Anything it cannot take is
        // decoded by Yams, which also gives the error with its line.
        if let value: T = decodeThroughJSON(text) { return value }
        return try decodeYAML(text, name: name)
    }

    /// `text` decoded through `JSONTree`, or nil when the JSON decoder does not take it.
    static func decodeThroughJSON<T: Decodable>(_ text: String) -> T? {
        guard let root = try? Yams.compose(yaml: text, Resolver.basic), let json = JSONTree.data(of: root) else { return nil }
        return try? JSONDecoder().decode(T.self, from: json)
    }

    /// `text` decoded by Yams; errors name the file, the key and the line.
    static func decodeYAML<T: Decodable>(_ text: String, name: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch {
            if let place = YAMLLocation(error) {
                throw CatalogueError(file: name, key: "", reason: "not valid YAML: \(place.problem)", line: place.line, column: place.column)
            }
            if let error = error as? DecodingError {
                throw CatalogueError(file: name, key: keyPath(of: error), reason: reason(of: error))
            }
            throw CatalogueError(file: name, key: "", reason: "not valid YAML: \(error)")
        }
    }

    static func keyPath(of error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        @unknown default: path = []
        }
        return path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    static func reason(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, _): return "expected \(type)"
        case .valueNotFound(let type, _): return "missing value of type \(type)"
        case .keyNotFound: return "required key is missing"
        case .dataCorrupted(let c): return c.debugDescription
        @unknown default: return "cannot decode"
        }
    }
}


/// A YAML tree written as JSON: plain scalars that read as a whole number, a decimal number,
/// true/false or null are written so; every other scalar is a string (YAML 1.1's yes/no/on/off
/// too: a field that wants a Bool from one is left to Yams). Nil for a tree with an alias.
enum JSONTree {
    // (An Int field written 55.0 takes 55 here, where Yams refuses it; the project's files have none.)

    /// The JSON literal of a plain scalar that is a number, a boolean or null, else nil.
    static func plainLiteral(_ s: String) -> String? {
        switch s {
        case "", "~", "null", "Null", "NULL": return "null"
        case "true", "True", "TRUE": return "true"
        case "false", "False", "FALSE": return "false"
        default: break
        }
        let bytes = Array(s.utf8)
        var i = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
        let digitsStart = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        guard i > digitsStart else { return nil }
        // A leading zero ("0812…", "010") is left to Yams: YAML reads some such numbers otherwise.
        if bytes[digitsStart] == UInt8(ascii: "0"), i - digitsStart > 1 { return nil }
        if i == bytes.count { return Int(s).map(String.init) }
        guard bytes[i] == UInt8(ascii: "."), i + 1 < bytes.count else { return nil }
        i += 1
        let fraction = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        guard i == bytes.count, i > fraction, let d = Double(s), d.isFinite else { return nil }
        return "\(d)"
    }

    /// The tree as JSON bytes, or nil when it holds an alias or a merge key (Yams' to resolve).
    static func data(of node: Node) -> Data? {
        var out = [UInt8]()
        out.reserveCapacity(1 << 16)
        guard write(node, into: &out) else { return nil }
        return Data(out)
    }

    /// Appends `node` as JSON; false for what JSON cannot say the same way.
    static func write(_ node: Node, into out: inout [UInt8]) -> Bool {
        switch node {
        case .scalar(let scalar):
            let string = scalar.string
            if scalar.style == .plain || scalar.style == .any, let literal = plainLiteral(string) {
                out.append(contentsOf: Array(literal.utf8))
                return true
            }
            writeString(string, into: &out)
            return true
        case .mapping(let mapping):
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in mapping {
                // A merge key (<<) is Yams' to resolve.
                guard let k = key.string, k != "<<" else { return false }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(k, into: &out)
                out.append(UInt8(ascii: ":"))
                guard write(value, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
            return true
        case .sequence(let sequence):
            out.append(UInt8(ascii: "["))
            var first = true
            for value in sequence {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                guard write(value, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
            return true
        case .alias:
            return false
        }
    }

    /// Appends `s` as a JSON string, escaped.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20: out.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
