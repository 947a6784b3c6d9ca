/// Reads and checks the trainer registration form, the same for a chat message, an update and a
/// CSV row. Pure: the labels and titles come from `Intents/trainer_register.yaml`, the names from
/// the lexicon, the "did you mean" provinces from the matcher; nothing here touches the store.
///
/// A form is one line or several: labels in any order, each followed by its value, a space or a
/// colon between (`ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่`, `ชื่อ: …` on lines of their own). A label
/// counts only at the start of a word (after a space, a line break or `,`), never as the first
/// word of the value before it, so `หน่วยงาน กรมการปกครอง` is one field.
public struct RegistrationForm: Sendable {
    /// Longest name kept, in Unicode scalars (the schema holds the same limit).
    public static let maxNameLength = 100
    /// Longest note kept, in Unicode scalars (the schema holds the same limit).
    public static let maxNoteLength = 300

    /// The labels, titles and words of the form.
    public let spec: RegistrationFormSpec
    /// Provinces and agencies.
    public let lexicon: Lexicon
    /// "Did you mean" names for an unknown province.
    let provinceSuggestions: @Sendable (NormalizedText) -> [String]
    /// Approximate names of the five register departments.
    let agencyFuzzy: FuzzyMatcher
    /// Normalised names and aliases of the register departments, for glued `กรม…` labels.
    let agencyNameKeys: [String]
    /// Every label, longest first.
    let labelPatterns: [LabelPattern]
    /// Every title as lower-case scalars, longest first.
    let titleKeys: [[UInt32]]

    /// A label as scalars, longest first.
    struct LabelPattern: Sendable {
        /// The field it labels.
        let field: RegistrationField
        /// The label, lower case.
        let scalars: [UInt32]
        /// True for an English label (set apart from Latin letters).
        let isLatin: Bool
    }

    /// Makes a form reader; `provinceSuggestions` gives "did you mean" names for an unknown province.
    public init(spec: RegistrationFormSpec, lexicon: Lexicon, provinceSuggestions: @escaping @Sendable (NormalizedText) -> [String]) {
        self.spec = spec
        self.lexicon = lexicon
        self.provinceSuggestions = provinceSuggestions
        let register = lexicon.agencies.enumerated().filter { $0.element.registerColumn }
        agencyFuzzy = FuzzyMatcher(names: register.flatMap { i, a in ([a.name] + a.aliases).map { ($0, i) } })
        agencyNameKeys = register.flatMap { _, a in ([a.name] + a.aliases).map { ThaiNormalizer.normalize($0).compact } }
            .filter { $0.unicodeScalars.count >= 4 }
        labelPatterns = spec.labels.flatMap { field, labels in
            labels.map { label in
                let scalars = Array(label.lowercased().unicodeScalars.map(\.value))
                return LabelPattern(field: field, scalars: scalars, isLatin: scalars.allSatisfy { $0 < 0x80 })
            }
        }.filter { !$0.scalars.isEmpty }.sorted { $0.scalars.count > $1.scalars.count }
        titleKeys = spec.titles.map { Array($0.lowercased().unicodeScalars.map(\.value)) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
    }

    /// A form reader over the matcher's lexicon, suggesting provinces the way the matcher does.
    public init(spec: RegistrationFormSpec, matcher: IntentMatcher) {
        self.init(spec: spec, lexicon: matcher.catalogue.lexicon) { matcher.provinceSuggestions(for: $0) }
    }

    /// Splits `text` into labelled values; text before the first label is kept as `leading`.
    public func parse(_ text: String) -> RegistrationEntry {
        let s = Self.clean(text)
        var found: [(field: RegistrationField, start: Int, valueStart: Int)] = []
        var i = 0
        var valueStart = -1
        while i < s.count {
            if i != valueStart, isWordStart(s, i), let pattern = label(in: s, at: i) {
                var j = i + pattern.scalars.count
                while j < s.count, s[j] == 0x20 || s[j] == 0x09 { j += 1 }
                if j < s.count, s[j] == 0x3A || s[j] == 0x3D { j += 1 }  // : =
                while j < s.count, s[j] == 0x20 || s[j] == 0x09 { j += 1 }
                found.append((pattern.field, i, j))
                valueStart = j
                i = j
                continue
            }
            i += 1
        }
        var entry = RegistrationEntry()
        entry.leading = Self.tidy(s[0..<(found.first?.start ?? s.count)])
        for (n, f) in found.enumerated() {
            let end = n + 1 < found.count ? found[n + 1].start : s.count
            entry.values[f.field, default: []].append(Self.tidy(s[min(f.valueStart, end)..<end]))
        }
        return entry
    }

    /// The label that starts at `i`, if one does and what follows fits it.
    func label(in s: [UInt32], at i: Int) -> LabelPattern? {
        for p in labelPatterns where Self.matches(p.scalars, s, at: i) {
            let j = i + p.scalars.count
            guard j < s.count else { return p }
            let next = s[j]
            if Self.isSpace(next) || next == 0x3A || next == 0x3D { return p }
            if p.isLatin {
                if !Self.isASCIIAlphanumeric(next) { return p }
                continue
            }
            if ThaiScript.isCombining(next) || ThaiScript.isFollowingVowel(next) { continue }
            if p.scalars.last == 0x2E { return p }  // จ. โทร.
            switch p.field {
            case .name:
                if startsWithTitle(Array(s[j...])) != nil { return p }
            case .phone:
                if (next >= 0x30 && next <= 0x39) || ThaiScript.isDigit(next) || next == 0x2B || next == 0x28 { return p }
            case .agency:
                var k = j
                while k < s.count, !Self.isSpace(s[k]) { k += 1 }
                let glued = Self.string(s[i..<k])
                let key = ThaiNormalizer.normalize(glued).compact
                if agencyNameKeys.contains(where: { key.hasPrefix($0) }) || lexicon.agency(named: glued) != nil
                    || !agencyFuzzy.suggestions(in: ThaiNormalizer.normalize(glued).compactScalars, limit: 1).isEmpty {
                    return p
                }
            case .province, .trainerType, .note, .phoneConsent:
                return p
            }
        }
        return nil
    }

    /// Length in scalars of the title `name` starts with, if any.
    func startsWithTitle(_ name: [UInt32]) -> Int? {
        let lowered = name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for t in titleKeys where Self.matches(t, lowered, at: 0) {
            // A Thai title must not cut a syllable: นาง in นางสาว is handled by longest-first,
            // นาย before a vowel sign is not the title.
            if t.count < lowered.count, ThaiScript.isCombining(lowered[t.count]) || ThaiScript.isFollowingVowel(lowered[t.count]) { continue }
            return t.count
        }
        return nil
    }

    /// True at the start of the text or after a space, line break, comma, semicolon or bar.
    func isWordStart(_ s: [UInt32], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = s[i - 1]
        return Self.isSpace(p) || p == 0x2C || p == 0x3B || p == 0x7C  // , ; |
    }

    // MARK: - Scalars

    /// The text as scalars: zero-width characters dropped, full-width colon and odd spaces made plain.
    /// Everything else is kept as typed, control characters included.
    static func clean(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0xFF1A: out.append(0x3A)
            case 0x0D: out.append(0x0A)
            case 0x00A0, 0x3000, 0x2000...0x200A: out.append(0x20)
            default: out.append(scalar.value)
            }
        }
        return out
    }

    /// A value with white space collapsed (line breaks included) and stray separators trimmed.
    static func tidy(_ s: ArraySlice<UInt32>) -> String {
        var out: [UInt32] = []
        for v in s {
            if isSpace(v) {
                if let last = out.last, last != 0x20 { out.append(0x20) }
            } else {
                out.append(v)
            }
        }
        while let last = out.last, last == 0x20 || last == 0x2C || last == 0x3B || last == 0x7C { out.removeLast() }
        while let first = out.first, first == 0x20 || first == 0x2C || first == 0x3B || first == 0x7C { out.removeFirst() }
        return string(out[...])
    }

    /// Scalars back to a string.
    static func string(_ s: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s.compactMap(Unicode.Scalar.init))
        return String(view)
    }

    /// White space, line breaks included.
    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0B || v == 0x0C }

    /// An ASCII letter or digit.
    static func isASCIIAlphanumeric(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// True when `pattern` (lower case) occurs at `i`, ASCII letters compared without case.
    static func matches(_ pattern: [UInt32], _ s: [UInt32], at i: Int) -> Bool {
        guard i + pattern.count <= s.count else { return false }
        for k in 0..<pattern.count {
            var v = s[i + k]
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v != pattern[k] { return false }
        }
        return true
    }
}

/// A form split into labelled values, before any checking.
public struct RegistrationEntry: Sendable, Equatable {
    /// The values given for each field, in order (more than one is an error).
    public var values: [RegistrationField: [String]] = [:]
    /// Text before the first label (the command words, or a name typed without its label).
    public var leading: String = ""

    /// Makes an empty entry, or one from values (a CSV row).
    public init(values: [RegistrationField: [String]] = [:], leading: String = "") {
        self.values = values
        self.leading = leading
    }

    /// True when no label was found.
    public var hasNoFields: Bool { values.isEmpty }

    /// The first value given for `field`.
    public func value(_ field: RegistrationField) -> String? { values[field]?.first }
}

extension RegistrationForm {
    /// A CSV cell or other single value tidied the way form values are: zero-width characters
    /// dropped, white space collapsed, ends trimmed.
    public static func tidyCell(_ text: String) -> String {
        tidy(clean(text)[...])
    }
}
