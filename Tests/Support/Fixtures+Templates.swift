import CivicBotCore
import Foundation

/// Expected replies built from Intents/ templates, so that tests assert on template keys and the
/// values filled in, not on wording copied from the YAML (editing a reply must not break Swift tests).
extension Fixtures {
    /// The template `key` of `intent`, filled with `values` (placeholders without a value stay as
    /// `{name}`); `<missing …>` when the YAML has no such template, which no reply contains.
    public static func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:], language: Language = .thai) -> String {
        guard let text = catalogue.intent(intent).replies(in: language)[key] else { return "<missing \(intent.rawValue).\(key)>" }
        return Template.render(text, values)
    }

    /// True when `text` contains the template `key` of `intent` filled with `values`, any text
    /// standing for the placeholders given no value (across lines too). False for a missing template.
    public static func fills(_ text: String, _ intent: IntentID, _ key: String, _ values: [String: String] = [:],
                             language: Language = .thai) -> Bool {
        guard let template = catalogue.intent(intent).replies(in: language)[key] else { return false }
        var pattern = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            pattern += values[name].map { NSRegularExpression.escapedPattern(for: $0) } ?? ".*?"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest))
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// A department's name as the lexicon (Intents/lexicon) gives it, from its code (`CDD`).
    public static func agencyName(_ code: String) -> String { catalogue.lexicon.agency(code: code)?.name ?? code }

    /// A department's short name (`สำนักงาน กกต.`) as the lexicon gives it, from its code.
    public static func agencyShort(_ code: String) -> String { catalogue.lexicon.agency(code: code)?.short ?? code }

    /// A province's English name as the lexicon gives it, from its canonical Thai name.
    public static func provinceEnglish(_ name: String) -> String { catalogue.lexicon.province(named: name)?.english ?? name }

    /// A department's English name as the lexicon gives it, from its code.
    public static func agencyEnglish(_ code: String) -> String { catalogue.lexicon.agency(code: code)?.english ?? code }

    /// A trainer type's English name as the lexicon gives it, from its code.
    public static func typeEnglish(_ code: String) -> String { catalogue.lexicon.trainerTypes.first { $0.code == code }?.english ?? code }

    /// A trainer type's name as the lexicon gives it, from its code (`core`, `extended`).
    public static func typeName(_ code: String) -> String { catalogue.lexicon.trainerTypes.first { $0.code == code }?.name ?? code }
}
