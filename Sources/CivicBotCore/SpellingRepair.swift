/// Repairs misspellings of the domain's own words in normalised text, at the edge, before any
/// matcher sees it (`misspellings:` in Intents/lexicon/discourse.yaml): "วิทยากน" is วิทยากร.
/// A misspelling is found on scalars, spaces inside it allowed ("วิทยาการ หลัก").
public struct SpellingRepair: Sendable {
    private struct Fix: Sendable {
        let wrong: [UInt32]
        let right: [UInt32]
    }

    /// Longest misspelling first, so that a longer one wins where two begin together.
    private let fixes: [Fix]
    private let firstScalars: Set<UInt32>
    /// The fixes by their first scalar, longest first (only those are tried where a scalar begins one).
    private let byFirst: [UInt32: [Fix]]
    /// `firstScalars` as flags for scalars below U+0E80 (Latin and Thai: nearly every scalar of a
    /// message), so that most scalars are ruled out without hashing.
    private let firstFlags: [Bool]

    /// Makes the repairs from misspelt form → correct form.
    public init(_ table: [String: String]) {
        fixes = table.compactMap { wrong, right in
            let w = ThaiNormalizer.normalize(wrong).compactScalars
            return w.isEmpty ? nil : Fix(wrong: w, right: ThaiNormalizer.normalize(right).textScalars)
        }.sorted { $0.wrong.count > $1.wrong.count }
        firstScalars = Set(fixes.map { $0.wrong[0] })
        byFirst = Dictionary(grouping: fixes) { $0.wrong[0] }
        var flags = [Bool](repeating: false, count: 0x0E80)
        for f in fixes where f.wrong[0] < 0x0E80 { flags[Int(f.wrong[0])] = true }
        firstFlags = flags
    }

    /// `text` with every misspelling replaced; the same value when it has none.
    public func repair(_ text: NormalizedText) -> NormalizedText {
        guard !fixes.isEmpty else { return text }
        let t = text.textScalars
        var repaired: [UInt32]?
        var i = 0
        while i < t.count {
            // Never from inside a syllable: after a leading vowel ("ละค่ะ" is not in "และค่ะ").
            let begins = (t[i] < 0x0E80 ? firstFlags[Int(t[i])] : firstScalars.contains(t[i])) && !(i > 0 && ThaiScript.isLeadingVowel(t[i - 1]))
            if begins, let (end, right) = fix(at: i, in: t) {
                if repaired == nil { repaired = Array(t[..<i]) }
                repaired?.append(contentsOf: right)
                i = end
                continue
            }
            repaired?.append(t[i])
            i += 1
        }
        guard let repaired else { return text }
        return NormalizedText(cleanedScalars: repaired)
    }

    /// The first misspelling that begins at `start` (spaces skipped inside it): where it ends and its repair.
    private func fix(at start: Int, in t: [UInt32]) -> (Int, [UInt32])? {
        for f in byFirst[t[start]] ?? [] {
            var k = start, m = 0
            while m < f.wrong.count, k < t.count {
                if t[k] == f.wrong[m] {
                    m += 1
                    k += 1
                } else if m > 0, t[k] == 0x20 {
                    k += 1
                } else {
                    break
                }
            }
            if m == f.wrong.count { return (k, f.right) }
        }
        return nil
    }
}
