/// Normalises Thai chat text once, at the edge, following PyThaiNLP's `util/normalize.py` rules:
/// zero-width characters, `เเ`→`แ`, sara am written as nikhahit + sara aa, tone marks typed
/// before their vowel, repeated vowels and tone marks, dangling marks; plus Thai digits, `ฯ`,
/// spacing, repeated letters, and Latin case. It never applies NFKC (that breaks sara am).
public enum ThaiNormalizer {
    /// Normalises one message.
    public static func normalize(_ input: String) -> NormalizedText {
        NormalizedText(cleanedScalars: cleanScalars(input))
    }

    /// True for scalars that separate words but carry no letters: white space and punctuation.
    @inlinable public static func isSeparator(_ v: UInt32) -> Bool {
        if v == 0x20 { return true }
        if v < 0x80 {
            // ASCII: everything but letters and digits separates.
            let isDigit = v >= 0x30 && v <= 0x39
            let isLower = v >= 0x61 && v <= 0x7A
            let isUpper = v >= 0x41 && v <= 0x5A
            return !(isDigit || isLower || isUpper)
        }
        switch v {
        case 0x0E2F, 0x0E5A, 0x0E5B, 0x0E4F: return true  // ฯ ๚ ๛ ๏
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x00A0, 0x3000: return true
        default: return false
        }
    }

    static func clean(_ input: String) -> String {
        NormalizedText.string(cleanScalars(input))
    }

    /// The cleaned text as scalar values: one pass over the input, then the Thai repairs.
    static func cleanScalars(_ input: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(input.utf8.count)  // at least one UTF-8 byte a scalar: never regrows
        for scalar in input.unicodeScalars {
            var v = scalar.value
            switch v {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                continue  // zero-width characters and soft hyphen
            case 0x0E2F:
                continue  // ฯ (ไปยาลน้อย): อุบลฯ is อุบล
            case 0x0E46:
                continue  // ๆ (ไม้ยมก) repeats a word; it adds nothing to the meaning here
            default:
                break
            }
            if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0x2028 || v == 0x2029 { v = 0x20 }
            if v == 0x00A0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200A) { v = 0x20 }
            if ThaiScript.isDigit(v) { v = v - 0x0E50 + 0x30 }  // ๐–๙ → 0–9
            if v >= 0xFF01 && v <= 0xFF5E { v = v - 0xFF01 + 0x21 }  // full-width ASCII
            if v >= 0x41 && v <= 0x5A { v += 0x20 }  // Latin lower case
            if v == 0x20 && (out.isEmpty || out.last == 0x20) { continue }
            out.append(v)
        }
        repairThai(&out)
        while out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Repairs Thai spelling in place: the PyThaiNLP reorder and repetition rules.
    static func repairThai(_ s: inout [UInt32]) {
        guard s.contains(where: { $0 >= 0x0E00 && $0 <= 0x0E7F }) else { return }
        // Reordering writes into a second buffer (a run of marks moves behind the vowels after it);
        // runs are copied by index range, so no scratch array is made per mark.
        var out: [UInt32] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let v = s[i]
            // เ + เ → แ
            if v == 0x0E40, i + 1 < s.count, s[i + 1] == 0x0E40 {
                out.append(0x0E41)
                i += 2
                continue
            }
            // nikhahit (ํ) + tone* + sara aa (า) → tone* + sara am (ำ)
            if v == 0x0E4D {
                var j = i + 1
                while j < s.count, ThaiScript.isToneMark(s[j]) { j += 1 }
                if j < s.count, s[j] == 0x0E32 {
                    out.append(contentsOf: s[(i + 1)..<j])
                    out.append(0x0E33)
                    i = j + 1
                    continue
                }
            }
            // sara am (ำ) typed before a tone mark: tone first
            if v == 0x0E33, i + 1 < s.count, ThaiScript.isToneMark(s[i + 1]) {
                out.append(s[i + 1])
                out.append(0x0E33)
                i += 2
                continue
            }
            // tone marks or thanthakhat typed before an above/below vowel: vowel first
            if ThaiScript.isToneMark(v) || v == 0x0E4C {
                var j = i
                while j < s.count, ThaiScript.isToneMark(s[j]) || s[j] == 0x0E4C { j += 1 }
                if j < s.count, ThaiScript.isAboveBelowVowel(s[j]) {
                    var k = j
                    while k < s.count, ThaiScript.isAboveBelowVowel(s[k]) { k += 1 }
                    out.append(contentsOf: s[j..<k])
                    out.append(contentsOf: s[i..<j])
                    i = k
                    continue
                }
            }
            out.append(v)
            i += 1
        }
        // Repetition: the same vowel or mark twice in a row counts once; a letter typed three or
        // more times in a row (ไหมมมม) counts once; a mark with no letter before it is dropped.
        // Done in place: the write position never passes the read position.
        var w = 0
        var k = 0
        while k < out.count {
            let v = out[k]
            let last: UInt32? = w > 0 ? out[w - 1] : nil
            let isMarkOrVowel = ThaiScript.isCombining(v) || ThaiScript.isFollowingVowel(v) || ThaiScript.isLeadingVowel(v)
            if isMarkOrVowel, let last, last == v { k += 1; continue }
            if ThaiScript.isCombining(v) {
                let prev = last ?? 0x20
                if !(ThaiScript.isWordCharacter(prev)) { k += 1; continue }
            }
            if ThaiScript.isConsonant(v) {
                var run = 1
                while k + run < out.count, out[k + run] == v { run += 1 }
                if run >= 3 {
                    out[w] = v
                    w += 1
                    k += run
                    continue
                }
            }
            out[w] = v
            w += 1
            k += 1
        }
        out.removeLast(out.count - w)
        s = out
    }
}
