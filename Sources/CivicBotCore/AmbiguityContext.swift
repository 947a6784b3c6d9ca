/// When a province name that is also an ordinary word (เลย, ตาก, แพร่, น่าน) counts as the
/// province: right after จังหวัด / จ.; or at the start of the message or after a word such as
/// วิทยากร, when what follows is the end of the message or a word such as มี or กี่. So
/// "แพร่มีวิทยากรกี่คน" and "วิทยากรแพร่มีกี่คน" name the province, "เผยแพร่" and "ไปเลยค่ะ" do not.
/// The word lists are data, in `Intents/lexicon/provinces.yaml` under `ambiguous_context`.
public struct AmbiguityContext: Sendable, Decodable {
    /// Words after which the name is always the province.
    public let strongBefore: [String]
    /// Words after which (or at the start of the message) the name may be the province.
    public let before: [String]
    /// Words that, right after the name (or the end of the message), confirm it.
    public let after: [String]
    /// Words after which the name may be the province only when one of `weakAfter` follows it
    /// ("วิทยากรขยายผลเลยมีกี่คน" is Loei; "ไม่มีวิทยากรหลักเลย" is "none at all").
    public let weakBefore: [String]
    /// What must follow the name after a `weakBefore` word.
    public let weakAfter: [String]
    /// Words that, anywhere before the name, turn the `weakBefore` rule off ("ไม่มีวิทยากรหลักเลยมีกี่จังหวัด").
    public let weakUnless: [String]

    enum CodingKeys: String, CodingKey {
        case before, after
        case strongBefore = "strong_before"
        case weakBefore = "weak_before"
        case weakAfter = "weak_after"
        case weakUnless = "weak_unless"
    }

    /// The fallback when the lexicon gives none: only จังหวัด / จว. / จ. before the name.
    public static let strict = AmbiguityContext(strongBefore: ["จังหวัด", "จว", "จ"], before: [], after: [])
    /// No context makes the word count (codes then need spaces or dots around them).
    public static let never = AmbiguityContext(strongBefore: [], before: [], after: [])

    /// Makes a context.
    public init(strongBefore: [String], before: [String], after: [String], weakBefore: [String] = [], weakAfter: [String] = [],
                weakUnless: [String] = []) {
        self.strongBefore = strongBefore
        self.before = before
        self.after = after
        self.weakBefore = weakBefore
        self.weakAfter = weakAfter
        self.weakUnless = weakUnless
    }

    /// Decodes the lists; missing ones are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        strongBefore = try c.decodeIfPresent([String].self, forKey: .strongBefore) ?? Self.strict.strongBefore
        before = try c.decodeIfPresent([String].self, forKey: .before) ?? []
        after = try c.decodeIfPresent([String].self, forKey: .after) ?? []
        weakBefore = try c.decodeIfPresent([String].self, forKey: .weakBefore) ?? []
        weakAfter = try c.decodeIfPresent([String].self, forKey: .weakAfter) ?? []
        weakUnless = try c.decodeIfPresent([String].self, forKey: .weakUnless) ?? []
    }
}

/// `AmbiguityContext` with its words normalised, ready to check hits against.
struct AmbiguityChecker: Sendable {
    let strongBefore: [[UInt32]]
    let before: [[UInt32]]
    let after: [[UInt32]]
    let weakBefore: [[UInt32]]
    let weakAfter: [[UInt32]]
    let weakUnless: [[UInt32]]

    init(_ context: AmbiguityContext) {
        func scalars(_ words: [String]) -> [[UInt32]] {
            words.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }
        }
        strongBefore = scalars(context.strongBefore)
        before = scalars(context.before)
        after = scalars(context.after)
        weakBefore = scalars(context.weakBefore)
        weakAfter = scalars(context.weakAfter)
        weakUnless = scalars(context.weakUnless)
    }

    /// True when a word that always announces a province (จังหวัด, จ.) ends at `start` of `c`.
    func announced(_ c: [UInt32], at start: Int) -> Bool {
        strongBefore.contains { w in start >= w.count && c[(start - w.count)..<start].elementsEqual(w) }
    }

    /// True when the hit at `start..<end` of `c` stands in a context that makes it the province.
    /// `followedByName`: a name begins where it ends; `afterName`: a name ends where it begins
    /// ("หนองบัวลำภูปค.มี…": a department's code right after a province).
    func accepts(_ c: [UInt32], start: Int, end: Int, followedByName: Bool = false, afterName: Bool = false) -> Bool {
        func endsAt(_ w: [UInt32], _ i: Int) -> Bool {
            i >= w.count && Array(c[(i - w.count)..<i]) == w
        }
        func startsAt(_ w: [UInt32], _ i: Int) -> Bool {
            i + w.count <= c.count && Array(c[i..<(i + w.count)]) == w
        }
        if strongBefore.contains(where: { endsAt($0, start) }) { return true }
        guard !before.isEmpty || !after.isEmpty else { return false }
        let beforeOK = start == 0 || afterName || before.contains { endsAt($0, start) }
        let afterOK = end == c.count || followedByName || after.contains { startsAt($0, end) }
        if beforeOK && afterOK { return true }
        guard weakBefore.contains(where: { endsAt($0, start) }), weakAfter.contains(where: { startsAt($0, end) }) else { return false }
        let head = c[0..<start]
        return !weakUnless.contains { w in w.count <= head.count && (0...(head.count - w.count)).contains { head[$0..<($0 + w.count)].elementsEqual(w) } }
    }
}
