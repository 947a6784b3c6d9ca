/// How strictly a phrase must stand apart from the letters around it.
public enum BoundaryRule: Sendable, Equatable {
    /// Found inside unspaced Thai, but not cutting a syllable: not followed by a mark or vowel
    /// that belongs to its last letter, not preceded by a leading vowel of its first letter.
    case syllable
    /// As `syllable`, and a phrase that starts with อ must not follow a consonant (พอสมควร
    /// hides อสม; ขอสมัคร too).
    case abbreviation
    /// Only when set apart by spaces, punctuation or the ends of the text (ปค, สถ, ผส).
    case separated
}

/// A phrase found in a message: which entry, and where in the compact form.
public struct PhraseHit: Sendable, Equatable {
    /// Index of the entry in the index's payload list.
    public let entry: Int
    /// Start offset in `NormalizedText.compactScalars`.
    public let start: Int
    /// End offset (exclusive) in `NormalizedText.compactScalars`.
    public let end: Int
    /// Number of scalars matched.
    public var length: Int { end - start }
}

/// Finds many phrases at once in normalised text, keyed by first scalar, honouring boundary rules.
/// Built once at start; read-only afterwards, so it is shared freely between threads.
public struct PhraseIndex<Payload: Sendable>: Sendable {
    typealias Pattern = PhrasePattern

    /// What each entry stands for.
    public private(set) var payloads: [Payload] = []
    private var compactPatterns = PatternTable()
    private var textPatterns = PatternTable()

    /// An empty index.
    public init() {}

    /// Adds a phrase (normalised here) standing for `payload`; returns false if it normalises to nothing.
    @discardableResult
    public mutating func add(_ phrase: String, rule requested: BoundaryRule, payload: Payload) -> Bool {
        let normalized = ThaiNormalizer.normalize(phrase)
        // An abbreviation of two letters or fewer (ผส., ปค) hides in ordinary words: set apart only.
        let rule: BoundaryRule = requested == .abbreviation && normalized.compactScalars.count <= 2 ? .separated : requested
        let entry = payloads.count
        // Latin words are set apart by spaces, so they are found the same way (nan ≠ banana).
        let isLatin = normalized.compactScalars.allSatisfy { $0 < 0x80 }
        if rule == .separated || isLatin {
            // Matched on the spaced text form: keep its dots, drop outer punctuation.
            var scalars = normalized.textScalars
            while let last = scalars.last, ThaiNormalizer.isSeparator(last), last != 0x2E { scalars.removeLast() }
            while let first = scalars.first, ThaiNormalizer.isSeparator(first) { scalars.removeFirst() }
            guard let head = scalars.first else { return false }
            payloads.append(payload)
            textPatterns.append(Pattern(scalars: scalars, rule: rule, entry: entry), head: head)
            // The undotted form (ปค. → ปค) is matched set apart as well.
            let bare = normalized.compactScalars
            if bare != scalars, let h = bare.first {
                textPatterns.append(Pattern(scalars: bare, rule: rule, entry: entry), head: h)
            }
            return true
        }
        let scalars = normalized.compactScalars
        guard let head = scalars.first else { return false }
        payloads.append(payload)
        compactPatterns.append(Pattern(scalars: scalars, rule: rule, entry: entry), head: head)
        return true
    }

    /// Every hit in the message, before overlaps are resolved.
    public func allHits(in message: NormalizedText) -> [PhraseHit] {
        var hits: [PhraseHit] = []
        let c = message.compactScalars
        if !compactPatterns.isEmpty {
            for i in c.indices {
                let bucket = compactPatterns.bucket(c[i])
                guard bucket >= 0 else { continue }
                for p in compactPatterns.buckets[bucket] where Self.matches(p.scalars, in: c, at: i) {
                    if Self.accepts(p, in: c, start: i, end: i + p.scalars.count) {
                        hits.append(PhraseHit(entry: p.entry, start: i, end: i + p.scalars.count))
                    }
                }
            }
        }
        if !textPatterns.isEmpty {
            let t = message.textScalars
            var compactOffset = 0
            for i in t.indices {
                defer { if !ThaiNormalizer.isSeparator(t[i]) { compactOffset += 1 } }
                let bucket = textPatterns.bucket(t[i])
                guard bucket >= 0 else { continue }
                for p in textPatterns.buckets[bucket] where Self.matches(p.scalars, in: t, at: i) {
                    let end = i + p.scalars.count
                    // Set apart from letters of its own script: "mou" may touch Thai, "ปค" may not.
                    let latin = p.scalars.allSatisfy { $0 < 0x80 }
                    let beforeOK = i == 0 || !Self.isLetterLike(t[i - 1], latin: latin)
                    let afterOK = end == t.count || !Self.isLetterLike(t[end], latin: latin)
                    guard beforeOK, afterOK else { continue }
                    let letters = p.scalars.reduce(0) { $0 + (ThaiNormalizer.isSeparator($1) ? 0 : 1) }
                    hits.append(PhraseHit(entry: p.entry, start: compactOffset, end: compactOffset + letters))
                }
            }
        }
        return hits
    }

    /// Hits with overlaps resolved: longer phrases win, then earlier ones; result in text order.
    public func hits(in message: NormalizedText) -> [PhraseHit] {
        let all = allHits(in: message)
        guard all.count > 1 else { return all }
        let ranked = all.sorted { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }
        var taken: [PhraseHit] = []
        // The same span may name two things (กกต is an agency and a glossary term): keep both.
        for hit in ranked where !taken.contains(where: { $0.start < hit.end && hit.start < $0.end && ($0.start != hit.start || $0.end != hit.end) }) {
            taken.append(hit)
        }
        return taken.sorted { $0.start < $1.start }
    }

    @inline(__always)
    static func matches(_ pattern: [UInt32], in s: [UInt32], at i: Int) -> Bool {
        guard i + pattern.count <= s.count else { return false }
        var k = 0
        while k < pattern.count {
            if s[i + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }

    static func isLetterLike(_ v: UInt32, latin: Bool) -> Bool {
        let ascii = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
        return latin ? ascii : (ThaiScript.isWordCharacter(v) || ascii)
    }

    static func accepts(_ p: Pattern, in c: [UInt32], start: Int, end: Int) -> Bool {
        // Never cut a syllable: the next scalar must not belong to our last letter…
        if end < c.count {
            let next = c[end]
            if ThaiScript.isCombining(next) { return false }
            if ThaiScript.isFollowingVowel(next), let last = p.scalars.last, ThaiScript.isConsonant(last) { return false }
        }
        // …and a leading vowel before our first consonant belongs to it.
        if start > 0, let first = p.scalars.first, ThaiScript.isConsonant(first), ThaiScript.isLeadingVowel(c[start - 1]) {
            return false
        }
        switch p.rule {
        case .syllable, .separated:
            return true
        case .abbreviation:
            if start > 0, p.scalars.first == 0x0E2D, ThaiScript.isConsonant(c[start - 1]) { return false }
            return true
        }
    }
}

/// One phrase as the index matches it: normalised scalars, boundary rule, entry.
struct PhrasePattern: Sendable {
    let scalars: [UInt32]
    let rule: BoundaryRule
    let entry: Int
}

/// Patterns grouped by their first scalar. Thai and ASCII first scalars (all but a few phrases) are
/// found by indexing a flat table, not by hashing: this lookup runs for every scalar of every message.
struct PatternTable: Sendable {
    /// First scalars below this are looked up in `slots`; the rest in `others`.
    static let directLimit: UInt32 = 0x0E80
    /// Bucket of each direct first scalar, -1 for none (empty until the first pattern is added).
    private var slots: [Int32] = []
    private var others: [UInt32: Int32] = [:]
    /// Patterns sharing a first scalar, in the order they were added.
    private(set) var buckets: [[PhrasePattern]] = []

    var isEmpty: Bool { buckets.isEmpty }

    mutating func append(_ pattern: PhrasePattern, head: UInt32) {
        var index = lookup(head)
        if index < 0 {
            index = Int32(buckets.count)
            buckets.append([])
            if head < Self.directLimit {
                if slots.isEmpty { slots = Array(repeating: -1, count: Int(Self.directLimit)) }
                slots[Int(head)] = index
            } else {
                others[head] = index
            }
        }
        buckets[Int(index)].append(pattern)
    }

    /// The bucket index of patterns starting with `head`, or -1.
    @inline(__always)
    func bucket(_ head: UInt32) -> Int { Int(lookup(head)) }

    @inline(__always)
    private func lookup(_ head: UInt32) -> Int32 {
        if head < Self.directLimit { return slots.isEmpty ? -1 : slots[Int(head)] }
        return others[head] ?? -1
    }
}

