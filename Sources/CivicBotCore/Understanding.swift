/// What the matcher made of a message: the intent, its slots, and how sure it is.
public struct Understanding: Sendable, Equatable {
    /// Intent id; `unknown` when nothing matched.
    public var intent: IntentID
    /// Slot values as in DESIGN.md (canonical province name, agency code, core/extended, term).
    public var slots: [String: String]
    /// Score of the chosen intent: require groups met + signal weights + half a point per slot.
    public var score: Double
    /// Every province named, in order of appearance (the `province` slot is the first).
    public var provinces: [String]
    /// Every agency named, in order of appearance (codes).
    public var agencies: [String]
    /// A count the message asks for ("5 อันดับ"), when it names one from 1 to 77.
    public var number: Int?
    /// True when the province was found by edit distance, not spelled exactly.
    public var fuzzyProvince: Bool
    /// The answer variant the message picks (the intent's `modes`), if any.
    public var mode: String?
    /// The district the province was found through ("แม่สาย" → เชียงราย), if it was.
    public var district: String?
    /// A region named with a word for part of it ("อีสานใต้"): its code; the bot says it counts whole
    /// regions and provinces only.
    public var regionPart: String?
    /// A district name that lies in several provinces, with them: the bot asks which.
    public var ambiguousDistrict: AmbiguousDistrict?
    /// Every trainer type named (codes), also when no intent matched (for follow-ups).
    public var types: [String] = []
    /// Every region named (codes of `lexicon/regions.yaml`), also when no intent matched.
    public var regions: [String] = []
    /// Every glossary term named (as the glossary writes it), also when no intent matched
    /// ("สถ.ล่ะ" after a glossary answer asks for that term).
    public var terms: [String] = []
    /// Provinces the message leaves out ("ไม่นับ กทม."): never a place asked about; rankings and
    /// sums leave them out and say so.
    public var excluded: [String] = []
    /// True when the message names an organisation that is none of the parties, and no party.
    public var namesOtherBody: Bool = false
    /// True when the message asks something (a question marker of `lexicon/discourse.yaml`); set by
    /// `Decider` only for unaddressed group messages, the one place it matters.
    public var asks: Bool = true
    /// True when the message announces, thanks, forwards or captions (an announcement marker).
    public var announces: Bool = false
    /// The language of the message (`Language.of`), and so of the reply; never inherited by a follow-up.
    public var language: Language = .thai
    /// True for a follow-up that asks the last question of another province without naming it
    /// ("จังหวัดอื่น"): the bot asks which province, and the next bare name continues.
    public var asksProvince: Bool = false
    /// True when the question's place is the asker's own, unnamed ("ที่นี่", "อำเภอเรา").
    public var namesHere: Bool = false
    /// Which of the MOUs the question names by its order ("ฉบับแรก": 1, "ฉบับที่สอง": 2) or as the
    /// other one than the last answer's ("อีกฉบับ": 0), from `documents`; nil when none.
    public var document: Int?

    /// The unknown understanding: no intent, no slots.
    public static let unknown = Understanding(intent: .unknown, slots: [:], score: 0, provinces: [], agencies: [], number: nil, fuzzyProvince: false, mode: nil)

    /// Makes an understanding.
    public init(intent: IntentID, slots: [String: String], score: Double, provinces: [String], agencies: [String], number: Int?, fuzzyProvince: Bool, mode: String? = nil) {
        self.intent = intent
        self.slots = slots
        self.score = score
        self.provinces = provinces
        self.agencies = agencies
        self.number = number
        self.fuzzyProvince = fuzzyProvince
        self.mode = mode
    }
}

/// A district name that lies in several provinces.
public struct AmbiguousDistrict: Sendable, Equatable {
    /// The name as the lexicon writes it.
    public let name: String
    /// The provinces that have a district of that name.
    public let provinces: [String]
}
