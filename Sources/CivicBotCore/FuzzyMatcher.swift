/// Finds a name misspelt by one or two letters inside unspaced text (เชียงไหม่, นครศรีธรรมราด),
/// by approximate substring matching (Sellers' edit-distance algorithm) on normalised scalars.
/// Only names of five scalars or more take part, so short words never match by accident.
public struct FuzzyMatcher: Sendable {
    struct Candidate: Sendable {
        let scalars: [UInt32]
        let value: Int
        let maxDistance: Int
        /// The Thai pair slot (`PatternTable.thaiSlot`) of each adjacent pair, -1 for a pair outside Thai.
        let pairs: [Int]
    }

    private let candidates: [Candidate]

    /// Shortest name, in scalars, that may be matched approximately.
    public static let minimumLength = 5

    /// Builds a matcher over `names`: each name with the value it stands for.
    public init(names: [(String, Int)]) {
        candidates = names.compactMap { name, value in
            let scalars = ThaiNormalizer.normalize(name).compactScalars
            guard scalars.count >= Self.minimumLength, scalars.contains(where: { $0 >= 0x0E00 }) else { return nil }
            let k = Self.allowedDistance(forLength: scalars.count)
            let pairs = (0..<(scalars.count - 1)).map { PatternTable.thaiSlot(scalars[$0], scalars[$0 + 1]) ?? -1 }
            return Candidate(scalars: scalars, value: value, maxDistance: k, pairs: pairs)
        }
    }

    /// The Thai pairs of `text`, as bits by `PatternTable.thaiSlot`.
    static func pairBits(_ text: [UInt32]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 16384 / 64)
        var i = 0
        while i + 1 < text.count {
            if let slot = PatternTable.thaiSlot(text[i], text[i + 1]) { bits[slot >> 6] |= 1 << UInt64(slot & 63) }
            i += 1
        }
        return bits
    }

    /// False when `c` cannot be within `limit` edits of any part of the text whose pairs are `bits`:
    /// a match within k edits keeps at least m − 1 − 2k of the name's m − 1 pairs (the q-gram lemma),
    /// so a name sharing fewer is skipped before the edit-distance table. A pair outside Thai counts
    /// as shared (the bits hold Thai pairs only).
    static func mayMatch(_ c: Candidate, limit: Int, in bits: [UInt64]) -> Bool {
        let needed = c.scalars.count - 1 - 2 * limit
        guard needed > 0 else { return true }
        var shared = 0, left = c.pairs.count
        for slot in c.pairs {
            if slot < 0 || bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { shared += 1 }
            left -= 1
            if shared >= needed { return true }
            if shared + left < needed { return false }
        }
        return shared >= needed
    }

    /// Edits allowed for a name of this length: one up to 8 scalars, two from 9.
    public static func allowedDistance(forLength n: Int) -> Int { n >= 9 ? 2 : 1 }

    /// The value whose name is closest to some part of `text` within its allowed distance, when
    /// exactly one value is closest; nil when none is close or two values tie.
    public func bestMatch(in text: [UInt32]) -> (value: Int, distance: Int)? {
        closest(in: text) { c in Self.substringDistance(pattern: c.scalars, text: text, limit: c.maxDistance) }
    }

    /// Like `bestMatch(in:)`, but the name must end where `word` ends: the letters of an unknown
    /// subject ("…สุวรรณเขต" before มีวิทยากร) are a misspelt province only when their end spells
    /// it ("…บุรีรำ"), not when a part inside them is near one (สุวรรณ ≈ สุพรรณ).
    public func bestMatch(endingAt word: [UInt32]) -> (value: Int, distance: Int)? {
        closest(in: word) { c in Self.suffixDistance(pattern: c.scalars, text: word) }
    }

    /// The one value closest by `distance` within its name's allowed distance; nil on none or a tie.
    private func closest(in text: [UInt32], by distance: (Candidate) -> Int) -> (value: Int, distance: Int)? {
        guard text.count >= Self.minimumLength - 1 else { return nil }
        var best: (value: Int, distance: Int)?
        var tie = false
        let bits = Self.pairBits(text)
        for c in candidates {
            guard Self.mayMatch(c, limit: c.maxDistance, in: bits) else { continue }
            let d = distance(c)
            guard d <= c.maxDistance else { continue }
            if let b = best {
                if d < b.distance { best = (c.value, d); tie = false }
                else if d == b.distance && c.value != b.value { tie = true }
            } else {
                best = (c.value, d)
            }
        }
        return tie ? nil : best
    }

    /// Edit distance between two whole words; `limit + 1` when more.
    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return Swift.max(a.count, b.count) }
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for j in 1...b.count {
                let up = row[j]
                row[j] = Swift.min(diagonal + (b[j - 1] == x ? 0 : 1), up + 1, row[j - 1] + 1)
                diagonal = up
            }
        }
        return Swift.min(row[b.count], limit + 1)
    }

    /// Least edit distance between `pattern` and a substring of `text` that ends where `text` ends
    /// or one scalar before (a final sound spelt with two letters: "ชุมพอน" for ชุมพร).
    static func suffixDistance(pattern: [UInt32], text: [UInt32]) -> Int {
        let m = pattern.count
        guard m > 0 else { return 0 }
        var column = Array(0...m)
        var beforeLast = m
        for t in text {
            beforeLast = column[m]
            var diagonal = column[0]  // row 0 stays 0: the match may start anywhere
            for i in 1...m {
                let up = column[i]
                let value = Swift.min(diagonal + (pattern[i - 1] == t ? 0 : 1), up + 1, column[i - 1] + 1)
                diagonal = up
                column[i] = value
            }
        }
        return Swift.min(column[m], beforeLast)
    }

    /// Up to `limit` values whose names come closest to part of `text`, closest first, each at
    /// most a quarter of its name's length away: suggestions for "did you mean".
    public func suggestions(in text: [UInt32], limit: Int) -> [Int] {
        var scored: [(value: Int, distance: Int)] = []
        let bits = Self.pairBits(text)
        for c in candidates {
            let allowed = max(1, c.scalars.count / 4)
            guard Self.mayMatch(c, limit: allowed, in: bits) else { continue }
            let d = Self.substringDistance(pattern: c.scalars, text: text, limit: allowed)
            guard d <= allowed else { continue }
            if let i = scored.firstIndex(where: { $0.value == c.value }) {
                scored[i].distance = min(scored[i].distance, d)
            } else {
                scored.append((c.value, d))
            }
        }
        return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.value < $1.value }
            .prefix(limit).map(\.value)
    }

    /// Least edit distance between `pattern` and any substring of `text`; `limit + 1` when more.
    public static func substringDistance(pattern: [UInt32], text: [UInt32], limit: Int) -> Int {
        let m = pattern.count
        guard m > 0 else { return 0 }
        // With limit ≥ m every answer is within the limit: the plain table gives it.
        guard limit >= 0, limit < m else { return fullSubstringDistance(pattern: pattern, text: text, limit: limit) }
        return pattern.withUnsafeBufferPointer { p in
            text.withUnsafeBufferPointer { t in
                // Pigeonhole: split the name into limit + 1 pieces; within `limit` edits one piece
                // survives untouched, so a text holding none of them is out of reach.
                guard containsSomePiece(of: p, pieces: limit + 1, in: t) else { return limit + 1 }
                return cutoffDistance(pattern: p, text: t, limit: limit)
            }
        }
    }

    /// True when one of `pieces` consecutive, near-equal slices of `pattern` occurs exactly in `text`.
    static func containsSomePiece(of pattern: UnsafeBufferPointer<UInt32>, pieces: Int, in text: UnsafeBufferPointer<UInt32>) -> Bool {
        let m = pattern.count
        for piece in 0..<pieces {
            let from = piece * m / pieces
            let to = (piece + 1) * m / pieces
            let length = to - from
            guard length > 0, length <= text.count else { continue }
            let head = pattern[from]
            var i = 0
            while i + length <= text.count {
                if text[i] == head {
                    var k = 1
                    while k < length, text[i + k] == pattern[from + k] { k += 1 }
                    if k == length { return true }
                }
                i += 1
            }
        }
        return false
    }

    /// Sellers' column-wise table with Ukkonen's cut-off: only the rows that can still be within
    /// `limit` are computed, so a name costs about `limit` cells a text scalar instead of its length.
    /// Exact for every distance up to `limit` (requires 0 ≤ limit < pattern length).
    static func cutoffDistance(pattern: UnsafeBufferPointer<UInt32>, text: UnsafeBufferPointer<UInt32>, limit k: Int) -> Int {
        let m = pattern.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: m + 1) { column in
            for i in 0...m { column[i] = i }
            var lastActive = k + 1  // deepest row that may hold a value ≤ k
            var best = k + 1
            for t in text {
                var diagonal = 0  // row 0 stays 0: a match may start anywhere
                var above = 0
                var i = 1
                while i <= lastActive {
                    let left = column[i]
                    var value: Int
                    if pattern[i - 1] == t {
                        value = diagonal
                    } else {
                        value = diagonal < above ? diagonal : above
                        if left < value { value = left }
                        value += 1
                    }
                    diagonal = left
                    column[i] = value
                    above = value
                    i += 1
                }
                while column[lastActive] > k { lastActive -= 1 }
                if lastActive == m {
                    if column[m] < best { best = column[m] }
                    if best == 0 { return 0 }
                } else {
                    lastActive += 1
                }
            }
            return best
        }
    }

    /// The whole table, for limits at or beyond the pattern's length.
    static func fullSubstringDistance(pattern: [UInt32], text: [UInt32], limit: Int) -> Int {
        let m = pattern.count
        // Column-wise DP over the text; column j holds distances of pattern prefixes ending at j.
        var column = Array(0...m)
        var best = m
        for t in text {
            var diagonal = column[0]  // row 0 stays 0: a match may start anywhere
            for i in 1...m {
                let up = column[i]
                let cost = pattern[i - 1] == t ? 0 : 1
                let value = min(diagonal + cost, up + 1, column[i - 1] + 1)
                diagonal = up
                column[i] = value
            }
            best = min(best, column[m])
            if best == 0 { return 0 }
        }
        return best > limit ? limit + 1 : best
    }
}
