/// English for texts of the knowledge base that exist only in Thai (`lexicon/english.yaml`): the
/// MOU clauses by MOU, agency and number, and short texts (roll-out scopes, titles) by their Thai.
/// Translations made for the bot's English replies, not words of the source; a text without one
/// is given in the source's Thai.
public struct EnglishTexts: Sendable, Decodable {
    /// One clause in English.
    public struct Clause: Sendable, Decodable {
        /// MOU id of the knowledge base (MOU1, MOU2).
        public let mou: String
        /// Agency code whose duties the clause lists.
        public let agency: String
        /// Clause number.
        public let number: Int
        /// The English.
        public let en: String
    }

    /// One short text in English.
    public struct Text: Sendable, Decodable {
        /// The Thai as the knowledge base writes it.
        public let th: String
        /// The English.
        public let en: String
    }

    /// The words that put a place after them in English ("in", "from") and the words after them
    /// that are no place ("in total", "in the register"): an English question with such a word
    /// followed by a name the lexicon does not know asks about a place the bot must ask back about.
    public struct UnknownPlace: Sendable, Decodable {
        /// Words a place name follows.
        public let before: [String]
        /// Words that follow them and are no place.
        public let notPlaces: [String]

        enum CodingKeys: String, CodingKey {
            case before
            case notPlaces = "not_places"
        }

        /// Makes the two lists.
        public init(before: [String], notPlaces: [String]) {
            self.before = before
            self.notPlaces = notPlaces
        }
    }

    /// Clauses in English.
    public let clauses: [Clause]
    /// Short texts in English.
    public let texts: [Text]
    /// How an English question names a place (`unknown_place`).
    public let unknownPlace: UnknownPlace
    /// The English of each short text by its Thai's compact normal form (the first one written wins).
    let textByKey: [String: String]

    /// No translations at all.
    public static let none = EnglishTexts(clauses: [], texts: [])

    /// Makes the translations.
    public init(clauses: [Clause], texts: [Text], unknownPlace: UnknownPlace = UnknownPlace(before: [], notPlaces: [])) {
        self.clauses = clauses
        self.texts = texts
        self.unknownPlace = unknownPlace
        self.textByKey = Self.index(texts)
    }

    static func index(_ texts: [Text]) -> [String: String] {
        Dictionary(texts.map { (ThaiNormalizer.normalize($0.th).compact, $0.en) }, uniquingKeysWith: { first, _ in first })
    }

    enum CodingKeys: String, CodingKey {
        case clauses, texts
        case unknownPlace = "unknown_place"
    }

    /// Decodes the file; every part is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clauses = try c.decodeIfPresent([Clause].self, forKey: .clauses) ?? []
        texts = try c.decodeIfPresent([Text].self, forKey: .texts) ?? []
        unknownPlace = try c.decodeIfPresent(UnknownPlace.self, forKey: .unknownPlace) ?? UnknownPlace(before: [], notPlaces: [])
        textByKey = Self.index(texts)
    }

    /// The English of clause `number` of `agency`'s duties in MOU `mou`, if written.
    public func clause(mou: String, agency: String, number: Int) -> String? {
        clauses.first { $0.mou == mou && $0.agency == agency && $0.number == number }?.en
    }

    /// The English of a short Thai text (compared after normalisation), if written.
    public func text(_ thai: String) -> String? {
        textByKey[ThaiNormalizer.normalize(thai).compact]
    }
}
