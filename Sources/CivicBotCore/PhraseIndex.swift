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
    /// A code written with its closing dot (ขก.): not after a letter or digit, and anything may
    /// follow the dot ("ขก.มีวิทยากร…"). Never matched without the dot.
    case dotted
}

import Synchronization

/// The next `PhraseIndex.id`: every index, and every change to one, gets a new one.
private let phraseIndexIDs = Atomic<Int>(0)

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
    /// What each entry stands for.
    public private(set) var payloads: [Payload] = []
    private var compactPatterns = PatternTable()
    private var textPatterns = PatternTable()
    /// Names this index's contents in a text's found hits (`NormalizedText.found`); changes with every `add`.
    private(set) var id = Self.newID()

    /// An empty index.
    public init() {}

    private static func newID() -> Int { phraseIndexIDs.wrappingAdd(1, ordering: .relaxed).newValue }

    /// Adds a phrase (normalised here) standing for `payload`; returns false if it normalises to nothing.
    @discardableResult
    public mutating func add(_ phrase: String, rule requested: BoundaryRule, payload: Payload) -> Bool {
        let normalized = ThaiNormalizer.normalize(phrase)
        // An abbreviation of two letters or fewer (ผส., ปค) hides in ordinary words: set apart only.
        let rule: BoundaryRule = requested == .abbreviation && normalized.compactScalars.count <= 2 ? .separated : requested
        let entry = payloads.count
        id = Self.newID()
        // Latin words are set apart by spaces, so they are found the same way (nan ≠ banana).
        let isLatin = normalized.compactScalars.allSatisfy { $0 < 0x80 }
        if rule == .dotted {
            let scalars = normalized.textScalars
            guard scalars.last == 0x2E, scalars.count > 1 else { return false }
            payloads.append(payload)
            textPatterns.append(scalars, rule: rule, entry: entry)
            return true
        }
        if rule == .separated || isLatin {
            // Matched on the spaced text form: keep its dots, drop outer punctuation.
            var scalars = normalized.textScalars
            while let last = scalars.last, ThaiNormalizer.isSeparator(last), last != 0x2E { scalars.removeLast() }
            while let first = scalars.first, ThaiNormalizer.isSeparator(first) { scalars.removeFirst() }
            guard !scalars.isEmpty else { return false }
            payloads.append(payload)
            textPatterns.append(scalars, rule: rule, entry: entry)
            // The undotted form (ปค. → ปค) is matched set apart as well.
            let bare = normalized.compactScalars
            if bare != scalars, !bare.isEmpty { textPatterns.append(bare, rule: rule, entry: entry) }
            return true
        }
        let scalars = normalized.compactScalars
        guard !scalars.isEmpty else { return false }
        payloads.append(payload)
        compactPatterns.append(scalars, rule: rule, entry: entry)
        // An abbreviation set apart by a space is one wherever it stands ("ของ อสม."): the compact
        // form, which drops the space, would see อสม after a consonant and refuse it.
        if rule == .abbreviation, scalars.first == 0x0E2D { textPatterns.append(scalars, rule: .separated, entry: entry) }
        return true
    }

    /// Every hit in the message, before overlaps are resolved.
    public func allHits(in message: NormalizedText) -> [PhraseHit] {
        message.found.hits(id &* 2) { find(in: message) }
    }

    private func find(in message: NormalizedText) -> [PhraseHit] {
        var hits: [PhraseHit] = []
        if !compactPatterns.isEmpty {
            message.compactScalars.withUnsafeBufferPointer { c in
                compactPatterns.storage.withUnsafeBufferPointer { storage in
                    func scan(_ bucket: Int, at i: Int) {
                        guard bucket >= 0 else { return }
                        for p in compactPatterns.buckets[bucket] where Self.matches(p, storage, in: c, at: i) {
                            let end = i + Int(p.count)
                            if Self.accepts(p, in: c, start: i, end: end) {
                                hits.append(PhraseHit(entry: Int(p.entry), start: i, end: end))
                            }
                        }
                    }
                    let singles = compactPatterns.hasSingles
                    for i in 0..<c.count {
                        if singles { scan(compactPatterns.single(c[i]), at: i) }
                        if i + 1 < c.count { scan(compactPatterns.pair(c[i], c[i + 1]), at: i) }
                    }
                }
            }
        }
        if !textPatterns.isEmpty {
            message.textScalars.withUnsafeBufferPointer { t in
                textPatterns.storage.withUnsafeBufferPointer { storage in
                    var compactOffset = 0
                    func scan(_ bucket: Int, at i: Int) {
                        guard bucket >= 0 else { return }
                        for p in textPatterns.buckets[bucket] where Self.matches(p, storage, in: t, at: i) {
                            let end = i + Int(p.count)
                            // Set apart from letters of its own script: "mou" may touch Thai, "ปค" may not.
                            let beforeOK = i == 0 || !Self.isLetterLike(t[i - 1], latin: p.isLatin)
                            var afterOK = end == t.count || p.rule == .dotted || !Self.isLetterLike(t[end], latin: p.isLatin)
                            // An English word is found in its plural too (trainer → trainers).
                            var plural = 0
                            if !afterOK, p.isLatin, let s = Self.pluralEnding(t, at: end) { afterOK = true; plural = s }
                            guard beforeOK, afterOK else { continue }
                            hits.append(PhraseHit(entry: Int(p.entry), start: compactOffset, end: compactOffset + Int(p.letters) + plural))
                        }
                    }
                    let singles = textPatterns.hasSingles
                    for i in 0..<t.count {
                        defer { if !ThaiNormalizer.isSeparator(t[i]) { compactOffset += 1 } }
                        if singles { scan(textPatterns.single(t[i]), at: i) }
                        if i + 1 < t.count { scan(textPatterns.pair(t[i], t[i + 1]), at: i) }
                    }
                }
            }
        }
        return hits
    }

    /// Hits with overlaps resolved: longer phrases win, then earlier ones; result in text order.
    public func hits(in message: NormalizedText) -> [PhraseHit] {
        message.found.hits(id &* 2 &+ 1) { resolved(allHits(in: message)) }
    }

    private func resolved(_ all: [PhraseHit]) -> [PhraseHit] {
        guard all.count > 1 else { return all }
        let ranked = all.sorted { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }
        var taken: [PhraseHit] = []
        // The same span may name two things (กกต is an agency and a glossary term): keep both.
        for hit in ranked where !taken.contains(where: { $0.start < hit.end && hit.start < $0.end && ($0.start != hit.start || $0.end != hit.end) }) {
            taken.append(hit)
        }
        return taken.sorted { $0.start < $1.start }
    }

    /// True when pattern `p` (its scalars in `storage`) starts at `i` of `s`; the first two
    /// scalars are known to match (they chose the bucket).
    @inline(__always)
    static func matches(_ p: PhrasePattern, _ storage: UnsafeBufferPointer<UInt32>, in s: UnsafeBufferPointer<UInt32>, at i: Int) -> Bool {
        let n = Int(p.count)
        guard i + n <= s.count else { return false }
        var k = 2
        let base = Int(p.offset)
        while k < n {
            if s[i + k] != storage[base + k] { return false }
            k += 1
        }
        return true
    }

    /// The length of an English plural ending ("s", "es") at `i` of `t` that ends a word, if there is one.
    static func pluralEnding(_ t: UnsafeBufferPointer<UInt32>, at i: Int) -> Int? {
        let s: UInt32 = 0x73, e: UInt32 = 0x65
        for ending in [[s], [e, s]] where i + ending.count <= t.count {
            guard zip(ending.indices, ending).allSatisfy({ t[i + $0] == $1 }) else { continue }
            let next = i + ending.count
            if next == t.count || !isLetterLike(t[next], latin: true) { return ending.count }
        }
        return nil
    }

    static func isLetterLike(_ v: UInt32, latin: Bool) -> Bool {
        let ascii = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
        return latin ? ascii : (ThaiScript.isWordCharacter(v) || ascii)
    }

    static func accepts(_ p: PhrasePattern, in c: UnsafeBufferPointer<UInt32>, start: Int, end: Int) -> Bool {
        // Never cut a syllable: the next scalar must not belong to our last letter…
        if end < c.count {
            let next = c[end]
            if ThaiScript.isCombining(next) { return false }
            if ThaiScript.isFollowingVowel(next), ThaiScript.isConsonant(p.last) { return false }
        }
        // …and a leading vowel before our first consonant belongs to it.
        if start > 0, ThaiScript.isConsonant(p.first), ThaiScript.isLeadingVowel(c[start - 1]) {
            return false
        }
        switch p.rule {
        case .syllable, .separated, .dotted:
            return true
        case .abbreviation:
            if start > 0, p.first == 0x0E2D, ThaiScript.isConsonant(c[start - 1]) { return false }
            return true
        }
    }
}

/// One phrase as the index matches it: where its normalised scalars lie in the table's storage,
/// its first and last scalar (for the syllable checks), its boundary rule and entry. Trivial to copy (no
/// references), since the scan reads one for every candidate at every scalar of every message.
struct PhrasePattern: Sendable {
    let offset: Int32
    let count: Int32
    let first: UInt32
    let last: UInt32
    /// Letters (scalars other than separators): the length of a text-form hit in the compact form.
    let letters: Int32
    let isLatin: Bool
    let rule: BoundaryRule
    let entry: Int32
}

/// Patterns grouped by their first two scalars (one-scalar patterns by their only one), so that a
/// position of the message is checked only against the few patterns that begin with the two
/// scalars found there. Pairs of Thai scalars (nearly all) are found by indexing a flat table, not
/// by hashing: this lookup runs for every scalar of every message, for every index.
struct PatternTable: Sendable {
    static let thaiBase: UInt32 = 0x0E00
    static let thaiCount: UInt32 = 0x80
    /// One bit per Thai pair (first - 0x0E00) * 128 + (second - 0x0E00) that has a bucket: 2 KiB
    /// (empty until used), so that the many positions that begin no phrase touch little memory (a
    /// message is scanned by a dozen indexes).
    private var thaiPairBits: [UInt64] = []
    /// Set bits in `thaiPairBits` before each of its words, so that a pair's bucket is found by rank.
    private var thaiPairRank: [UInt16] = []
    /// Bucket of each Thai pair that has one, in the order of the pairs' bits. A table of all 16,384
    /// pairs was 64 KiB an index, 2.6 MiB of the process over the indexes; this holds a few hundred.
    private var thaiPairBuckets: [Int32] = []
    private var otherPairs: [UInt64: Int32] = [:]
    /// The first scalars of `otherPairs` among ASCII and Thai (`singleSlot`), one bit each: a
    /// position of any other first scalar (a space before Thai, most Latin letters) is passed over
    /// without hashing.
    private var otherFirstBits: [UInt64] = [0, 0, 0, 0]
    /// True when some key of `otherPairs` begins with a scalar outside ASCII and Thai.
    private var otherFirstElsewhere = false
    /// Bucket of each one-scalar pattern's scalar.
    private var singles: [UInt32: Int32] = [:]
    /// The same for ASCII (0..<128) and Thai (128..<256) scalars, looked up without hashing.
    private var singleTable: [Int32] = []
    /// Patterns sharing a bucket, in the order they were added.
    private(set) var buckets: [[PhrasePattern]] = []
    /// Every pattern's scalars, one after another.
    private(set) var storage: [UInt32] = []

    var isEmpty: Bool { buckets.isEmpty }
    var hasSingles: Bool { !singles.isEmpty }

    mutating func append(_ scalars: [UInt32], rule: BoundaryRule, entry: Int) {
        guard let head = scalars.first, let last = scalars.last else { return }
        let pattern = PhrasePattern(
            offset: Int32(storage.count), count: Int32(scalars.count), first: head,
            last: last,
            letters: Int32(scalars.reduce(0) { $0 + (ThaiNormalizer.isSeparator($1) ? 0 : 1) }),
            isLatin: scalars.allSatisfy { $0 < 0x80 }, rule: rule, entry: Int32(entry))
        storage.append(contentsOf: scalars)
        let found = scalars.count == 1 ? single(head) : pair(head, scalars[1])
        let index: Int32
        if found >= 0 {
            index = Int32(found)
        } else {
            index = Int32(buckets.count)
            buckets.append([])
            if scalars.count == 1 {
                singles[head] = index
                if let slot = Self.singleSlot(head) {
                    if singleTable.isEmpty { singleTable = Array(repeating: -1, count: 256) }
                    singleTable[slot] = index
                }
            } else if let slot = Self.thaiSlot(head, scalars[1]) {
                insertThaiPair(slot, bucket: index)
            } else {
                otherPairs[Self.key(head, scalars[1])] = index
                if let slot = Self.singleSlot(head) { otherFirstBits[slot >> 6] |= 1 << UInt64(slot & 63) } else { otherFirstElsewhere = true }
            }
        }
        buckets[Int(index)].append(pattern)
    }

    /// Gives Thai pair `slot` (not yet present) the bucket `bucket`; at build time only.
    private mutating func insertThaiPair(_ slot: Int, bucket: Int32) {
        let words = Int(Self.thaiCount * Self.thaiCount) / 64
        if thaiPairBits.isEmpty {
            thaiPairBits = Array(repeating: 0, count: words)
            thaiPairRank = Array(repeating: 0, count: words)
        }
        let w = slot >> 6, bit = UInt64(1) << UInt64(slot & 63)
        thaiPairBuckets.insert(bucket, at: Int(thaiPairRank[w]) + (thaiPairBits[w] & (bit &- 1)).nonzeroBitCount)
        thaiPairBits[w] |= bit
        for later in (w + 1)..<words { thaiPairRank[later] += 1 }
    }

    @inline(__always)
    static func thaiSlot(_ a: UInt32, _ b: UInt32) -> Int? {
        let x = a &- thaiBase, y = b &- thaiBase
        guard x < thaiCount, y < thaiCount else { return nil }
        return Int(x * thaiCount + y)
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// The bucket of one-scalar patterns `head`, or -1.
    @inline(__always)
    func single(_ head: UInt32) -> Int {
        if singles.isEmpty { return -1 }
        if let slot = Self.singleSlot(head) { return singleTable.isEmpty ? -1 : Int(singleTable[slot]) }
        return Int(singles[head] ?? -1)
    }

    @inline(__always)
    static func singleSlot(_ v: UInt32) -> Int? {
        if v < 0x80 { return Int(v) }
        let t = v &- thaiBase
        return t < thaiCount ? Int(0x80 + t) : nil
    }

    /// The bucket of patterns beginning with `a`, `b`, or -1.
    @inline(__always)
    func pair(_ a: UInt32, _ b: UInt32) -> Int {
        if let slot = Self.thaiSlot(a, b) {
            guard !thaiPairBits.isEmpty else { return -1 }
            let word = thaiPairBits[slot >> 6], bit = UInt64(1) << UInt64(slot & 63)
            guard word & bit != 0 else { return -1 }
            return Int(thaiPairBuckets[Int(thaiPairRank[slot >> 6]) + (word & (bit &- 1)).nonzeroBitCount])
        }
        if otherPairs.isEmpty { return -1 }
        if let slot = Self.singleSlot(a) {
            guard otherFirstBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return -1 }
        } else if !otherFirstElsewhere {
            return -1
        }
        return Int(otherPairs[Self.key(a, b)] ?? -1)
    }
}
