/// The registration form as a maintainer writes it under `form:` in `Intents/trainer_register.yaml`:
/// the Thai (and English) labels of each field, the titles a name starts with, the extra words for
/// the trainer types, the words that clear an optional field, and the phone extension markers.
public struct RegistrationFormSpec: Sendable, Decodable, Equatable {
    /// Labels by field; the longest label that fits wins (ชื่อ-สกุล before ชื่อ).
    public let labels: [RegistrationField: [String]]
    /// Titles a name must start with: นาย, นาง, นางสาว, ดร., …
    public let titles: [String]
    /// Extra words for the trainer types beside the lexicon's (หลัก, ขยายผล), by type code.
    public let trainerTypes: [String: [String]]
    /// Values that clear an optional field in an update (`โทร -`).
    public let clearWords: [String]
    /// Words that introduce a phone extension (ต่อ, ext).
    public let phoneExtensionWords: [String]
    /// CSV column headers of the export by field name, plus `id` for the trainer id column; the
    /// import takes these, any label, and ignores the id column.
    public let csvHeader: [String: String]
    /// The words that say yes and no to sharing the phone (`consent_words: {yes: [...], no: [...]}`);
    /// the first of each is how replies and the export write it.
    public let consentWords: [String: [String]]

    enum CodingKeys: String, CodingKey {
        case labels, titles
        case consentWords = "consent_words"
        case trainerTypes = "trainer_types"
        case clearWords = "clear_words"
        case phoneExtensionWords = "phone_extension_words"
        case csvHeader = "csv_header"
    }

    /// Makes a spec from its parts.
    public init(labels: [RegistrationField: [String]], titles: [String], trainerTypes: [String: [String]] = [:],
                clearWords: [String] = ["-"], phoneExtensionWords: [String] = ["ext", "#"], csvHeader: [String: String] = [:],
                consentWords: [String: [String]] = ["yes": ["yes"], "no": ["no"]]) {
        self.consentWords = consentWords
        self.labels = labels
        self.titles = titles
        self.trainerTypes = trainerTypes
        self.clearWords = clearWords
        self.phoneExtensionWords = phoneExtensionWords
        self.csvHeader = csvHeader
    }

    /// Decodes the `form:` block; labels are keyed by the field names of `RegistrationField`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try c.decode([String: [String]].self, forKey: .labels)
        var labels: [RegistrationField: [String]] = [:]
        for (key, list) in raw {
            guard let field = RegistrationField(rawValue: key) else {
                throw DecodingError.dataCorruptedError(forKey: .labels, in: c, debugDescription: "unknown field '\(key)'")
            }
            labels[field] = list
        }
        for field in RegistrationField.allCases where (labels[field] ?? []).isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .labels, in: c, debugDescription: "field '\(field.rawValue)' needs at least one label")
        }
        self.labels = labels
        titles = try c.decode([String].self, forKey: .titles)
        trainerTypes = try c.decodeIfPresent([String: [String]].self, forKey: .trainerTypes) ?? [:]
        clearWords = try c.decodeIfPresent([String].self, forKey: .clearWords) ?? ["-"]
        phoneExtensionWords = try c.decodeIfPresent([String].self, forKey: .phoneExtensionWords) ?? ["ext", "#"]
        csvHeader = try c.decodeIfPresent([String: String].self, forKey: .csvHeader) ?? [:]
        consentWords = try c.decodeIfPresent([String: [String]].self, forKey: .consentWords) ?? ["yes": ["yes"], "no": ["no"]]
        guard !(consentWords["yes"] ?? []).isEmpty, !(consentWords["no"] ?? []).isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .consentWords, in: c, debugDescription: "consent_words needs yes: and no: words")
        }
    }
}

/// A field of the trainer registration form (and a column of the CSV files).
public enum RegistrationField: String, Sendable, CaseIterable, Codable, Hashable {
    /// Title and full name.
    case name
    /// Province (canonical name, alias or nickname).
    case province
    /// Department: full name or short code.
    case agency
    /// หลัก or ขยายผล.
    case trainerType = "trainer_type"
    /// Thai phone number (optional).
    case phone
    /// Free note (optional).
    case note
    /// Whether the trainer agreed to have their phone shown to officers (optional, default no).
    case phoneConsent = "phone_consent"

    /// True for the fields a registration must have.
    public var isRequired: Bool { self != .phone && self != .note && self != .phoneConsent }
}
