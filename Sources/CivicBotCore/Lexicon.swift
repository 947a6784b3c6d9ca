/// One of the 77 provinces, with the names people type for it.
public struct Province: Sendable, Decodable, Equatable {
    /// Canonical Thai name (the slot value), e.g. `เชียงใหม่`.
    public let name: String
    /// RTGS English name.
    public let english: String
    /// Nicknames and short forms matched anywhere (โคราช, กทม.).
    public let aliases: [String]
    /// True when the canonical name is also an ordinary word (เลย, ตาก): matched only after จังหวัด / จ.
    public let ambiguous: Bool
    /// Aliases that are ordinary words, matched only after จังหวัด / จ.
    public let ambiguousAliases: [String]
    /// Spellings found in the source document that map here on import only (อุตรธานี).
    public let sourceVariants: [String]
    /// The official two-letter codes (ขก, ชม): the province when written with its dot before a word
    /// that confirms a place ("ขก.มี…", "วิทยากรหลัก อบ. มีกี่คน"), or after จังหวัด / จ. ("จ.ขก").
    public let codes: [String]

    enum CodingKeys: String, CodingKey {
        case name, english, aliases, ambiguous, codes
        case ambiguousAliases = "ambiguous_aliases"
        case sourceVariants = "source_variants"
    }

    /// Decodes a province entry; optional lists default to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        english = try c.decode(String.self, forKey: .english)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        ambiguous = try c.decodeIfPresent(Bool.self, forKey: .ambiguous) ?? false
        ambiguousAliases = try c.decodeIfPresent([String].self, forKey: .ambiguousAliases) ?? []
        sourceVariants = try c.decodeIfPresent([String].self, forKey: .sourceVariants) ?? []
        codes = try c.decodeIfPresent([String].self, forKey: .codes) ?? []
    }
}

/// A party to the MOUs (or the Office itself), with its names and codes.
public struct Agency: Sendable, Decodable, Equatable {
    /// Stable code, the slot value: ECT, DOPA, DLA, HSS, CDD, DOP.
    public let code: String
    /// Full Thai name, e.g. กรมการปกครอง.
    public let name: String
    /// Thai short code, e.g. ปค.
    public let short: String
    /// English name.
    public let english: String
    /// Names matched anywhere.
    public let aliases: [String]
    /// Short codes matched only when set apart by a space, dot or the ends of the text.
    public let strictAliases: [String]
    /// True for the five departments that are columns of the trainer registers.
    public let registerColumn: Bool
    /// Everyday words for the department (ท้องถิ่น, สาธารณสุข, ผู้สูงอายุ): the agency only when the
    /// message names no agency by a real name or code.
    public let everydayNames: [String]

    enum CodingKeys: String, CodingKey {
        case code, name, short, english, aliases
        case strictAliases = "strict_aliases"
        case registerColumn = "register_column"
        case everydayNames = "everyday_names"
    }

    /// Decodes an agency entry; optional lists default to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        short = try c.decode(String.self, forKey: .short)
        english = try c.decode(String.self, forKey: .english)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        strictAliases = try c.decodeIfPresent([String].self, forKey: .strictAliases) ?? []
        registerColumn = try c.decodeIfPresent(Bool.self, forKey: .registerColumn) ?? false
        everydayNames = try c.decodeIfPresent([String].self, forKey: .everydayNames) ?? []
    }
}

/// An abbreviation volunteers meet, with what it stands for.
public struct GlossaryTerm: Sendable, Decodable, Equatable {
    /// The abbreviation as usually written, e.g. อสม.; the slot value of `term`.
    public let term: String
    /// Other spellings.
    public let aliases: [String]
    /// Short spellings matched only when set apart (ปค, พศ).
    public let strictAliases: [String]
    /// What it stands for.
    public let expansion: String
    /// English gloss.
    public let english: String?
    /// One short sentence on what it is.
    public let meaning: String
    /// The meaning in English (`meaning_en:`), for English replies; none when absent.
    public let meaningEnglish: String?
    /// True when the expansion is written in the source document.
    public let inSource: Bool
    /// The agency the term belongs to, when it names one or its people (อสม. → HSS).
    public let agency: String?
    /// What the term names: `body` (an organisation or group of people) or `other` (a document, a date).
    public let kind: String

    enum CodingKeys: String, CodingKey {
        case term, aliases, expansion, english, meaning, agency, kind
        case meaningEnglish = "meaning_en"
        case strictAliases = "strict_aliases"
        case inSource = "in_source"
    }

    /// Decodes a glossary entry; optional fields default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        term = try c.decode(String.self, forKey: .term)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        strictAliases = try c.decodeIfPresent([String].self, forKey: .strictAliases) ?? []
        expansion = try c.decode(String.self, forKey: .expansion)
        english = try c.decodeIfPresent(String.self, forKey: .english)
        meaningEnglish = try c.decodeIfPresent(String.self, forKey: .meaningEnglish)
        meaning = try c.decode(String.self, forKey: .meaning)
        inSource = try c.decodeIfPresent(Bool.self, forKey: .inSource) ?? false
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? "body"
    }
}

/// A kind of trainer in the registers: core (วิทยากรหลัก) or extended (วิทยากรขยายผล).
public struct TrainerTypeEntry: Sendable, Decodable, Equatable {
    /// Slot value: `core` or `extended`.
    public let code: String
    /// Thai name.
    public let name: String
    /// English name (`english:`), for English replies; the Thai name when absent.
    public let english: String?
    /// Phrases that name it.
    public let aliases: [String]
    /// Words that name it only in a follow-up of a trainer answer (`follow_up`: "หลักล่ะ").
    public var followUp: [String]? = nil

    enum CodingKeys: String, CodingKey {
        case code, name, english, aliases
        case followUp = "follow_up"
    }
}

/// Everything the bot knows the names of: provinces, agencies, trainer types and glossary terms.
public final class Lexicon: Sendable {
    /// The 77 provinces.
    public let provinces: [Province]
    /// The six agencies.
    public let agencies: [Agency]
    /// Core and extended.
    public let trainerTypes: [TrainerTypeEntry]
    /// Abbreviations.
    public let glossary: [GlossaryTerm]
    /// Phrases that contain a name but mean something else (วิทยากรหลักสูตร is not วิทยากรหลัก):
    /// found like names, and then ignored, so the name inside them is not found.
    public let blockers: [String]
    /// When a province name that is also an ordinary word counts as the province.
    public let ambiguityContext: AmbiguityContext
    /// When an agency's short Thai code, typed against other letters, counts as the agency.
    public let codeContext: AmbiguityContext
    /// What tells a question from an announcement in a group (`lexicon/discourse.yaml`).
    public let discourse: Discourse
    /// Districts (อำเภอ, เขต) and their provinces (`lexicon/districts.yaml`, from GeoThai).
    public let districts: [District]
    /// Regions as named groupings of provinces (`lexicon/regions.yaml`).
    public let regions: [Region]
    /// Words naming organisations other than the parties (`agencies.yaml`, `other_bodies`).
    public let otherBodies: [String]
    /// English for knowledge texts that exist only in Thai (`lexicon/english.yaml`).
    public let english: EnglishTexts
    /// Every written form of a province, normalised, to its index (built once).
    private let provinceIndex: [String: Int]
    /// Every written form of an agency, normalised, to its index (built once).
    private let agencyIndex: [String: Int]

    /// Makes a lexicon from its parts.
    public init(provinces: [Province], agencies: [Agency], trainerTypes: [TrainerTypeEntry], glossary: [GlossaryTerm], blockers: [String] = [],
                ambiguityContext: AmbiguityContext = .strict, codeContext: AmbiguityContext = .never, discourse: Discourse = .none, districts: [District] = [],
                regions: [Region] = [], otherBodies: [String] = [], english: EnglishTexts = .none) {
        self.districts = districts
        self.regions = regions
        self.otherBodies = otherBodies
        self.english = english
        self.ambiguityContext = ambiguityContext
        self.codeContext = codeContext
        self.discourse = discourse
        var provinceIndex: [String: Int] = [:]
        for (i, p) in provinces.enumerated() {
            for n in [p.name] + p.aliases + p.ambiguousAliases + p.sourceVariants + p.codes {
                let key = ThaiNormalizer.normalize(n).compact
                if !key.isEmpty, provinceIndex[key] == nil { provinceIndex[key] = i }
            }
        }
        var agencyIndex: [String: Int] = [:]
        for (i, a) in agencies.enumerated() {
            for n in [a.name, a.short, a.code] + a.aliases + a.strictAliases {
                let key = ThaiNormalizer.normalize(n).compact
                if !key.isEmpty, agencyIndex[key] == nil { agencyIndex[key] = i }
            }
        }
        self.provinceIndex = provinceIndex
        self.agencyIndex = agencyIndex
        self.provinces = provinces
        self.agencies = agencies
        self.trainerTypes = trainerTypes
        self.glossary = glossary
        self.blockers = blockers
    }

    /// The province whose canonical name, alias or source variant normalises to `text`, if any.
    /// Exact lookup only (the importer must never guess).
    public func province(named text: String) -> Province? {
        provinceIndex[ThaiNormalizer.normalize(text).compact].map { provinces[$0] }
    }

    /// The agency whose name, short code or alias normalises to `text`, if any (exact lookup).
    public func agency(named text: String) -> Agency? {
        agencyIndex[ThaiNormalizer.normalize(text).compact].map { agencies[$0] }
    }

    /// The agency with this stable code.
    public func agency(code: String) -> Agency? { agencies.first { $0.code == code } }

    /// The region with this code.
    public func region(code: String) -> Region? { regions.first { $0.code == code } }

    /// The glossary entry whose `term` (the slot value) is `term`.
    public func glossaryTerm(_ term: String) -> GlossaryTerm? { glossary.first { $0.term == term } }
}

/// A district (อำเภอ, or a เขต of Bangkok) and the province it lies in.
public struct District: Sendable, Decodable, Equatable {
    /// Thai name without อำเภอ / เขต.
    public let name: String
    /// English name.
    public let english: String
    /// Canonical Thai name of its province.
    public let province: String

    /// Makes a district.
    public init(name: String, english: String, province: String) {
        self.name = name
        self.english = english
        self.province = province
    }
}

/// A region: a named grouping of provinces, in one or more schemes (the north has 9 provinces in
/// the six-region scheme, 17 in the four-region one; an answer gives every grouping listed).
public struct Region: Sendable, Decodable, Equatable {
    /// Slot value, e.g. `northeast`.
    public let code: String
    /// Thai name as replies print it.
    public let name: String
    /// Phrases that name it.
    public let aliases: [String]
    /// The groupings it stands for.
    public let groupings: [Grouping]
    /// True for the regions that "which region has the most" ranks (the six of one scheme, by
    /// their first grouping); the others (the Andaman coast, the border provinces) overlap them.
    public let ranked: Bool

    /// Decodes a region; `ranked` is optional (false).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decode([String].self, forKey: .aliases)
        groupings = try c.decode([Grouping].self, forKey: .groupings)
        ranked = try c.decodeIfPresent(Bool.self, forKey: .ranked) ?? false
    }

    enum CodingKeys: String, CodingKey { case code, name, aliases, groupings, ranked }

    /// One scheme's provinces.
    public struct Grouping: Sendable, Decodable, Equatable {
        /// Which scheme ("แบ่ง 6 ภาค").
        public let scheme: String
        /// Canonical province names.
        public let provinces: [String]
    }
}
