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

    /// Clauses in English.
    public let clauses: [Clause]
    /// Short texts in English.
    public let texts: [Text]

    /// No translations at all.
    public static let none = EnglishTexts(clauses: [], texts: [])

    /// Makes the translations.
    public init(clauses: [Clause], texts: [Text]) {
        self.clauses = clauses
        self.texts = texts
    }

    enum CodingKeys: String, CodingKey { case clauses, texts }

    /// Decodes the file; both lists are optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clauses = try c.decodeIfPresent([Clause].self, forKey: .clauses) ?? []
        texts = try c.decodeIfPresent([Text].self, forKey: .texts) ?? []
    }

    /// The English of clause `number` of `agency`'s duties in MOU `mou`, if written.
    public func clause(mou: String, agency: String, number: Int) -> String? {
        clauses.first { $0.mou == mou && $0.agency == agency && $0.number == number }?.en
    }

    /// The English of a short Thai text (compared after normalisation), if written.
    public func text(_ thai: String) -> String? {
        let key = ThaiNormalizer.normalize(thai).compact
        return texts.first { ThaiNormalizer.normalize($0.th).compact == key }?.en
    }
}
