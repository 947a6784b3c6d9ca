import CivicBotCore
import CivicBotStore

/// Writes the Thai answer to an understood message, from the store and the reply templates in
/// Intents/. Every number it states comes from the store; when the store has no answer it says so.
public struct Answerer: Sendable {
    let catalogue: IntentCatalogue
    let matcher: IntentMatcher
    let store: AppDatabase
    /// The immutable knowledge (registers, MOUs, letter, glossary), read from `store` once.
    let knowledge: KnowledgeCache

    /// Makes an answerer over a catalogue and a store.
    public init(matcher: IntentMatcher, store: AppDatabase) {
        self.catalogue = matcher.catalogue
        self.matcher = matcher
        self.store = store
        self.knowledge = KnowledgeCache(store: store)
    }

    /// The reply text for `understanding` of `message` (already decided to be answered).
    public func answer(_ u: Understanding, normalized: NormalizedText, chatType: ChatType, addressed: Bool) throws -> String {
        let text: String
        switch u.intent {
        case "help": text = template("help", "text")
        case "greeting": text = template("greeting", u.mode == "thanks" ? "thanks" : "text")
        case "trainer_count": text = try trainerCount(u, normalized: normalized)
        case "trainer_coverage": text = try trainerCoverage(u)
        case "trainer_list": text = try trainerList(u, chatType: chatType)
        case "agency_duties": text = try agencyDuties(u)
        case "agency_list": text = try agencyList()
        case "mou_info": text = try mouInfo(u)
        case "center_info": text = try centerInfo(u)
        case "glossary": text = try glossary(u)
        case "contact": text = try contact(u)
        default: text = template("unknown", chatType == .private ? "private" : "addressed")
        }
        return ThaiDigits.toArabic(text)
    }

    /// The fallback reply when answering failed.
    public func fallback() -> String { template("unknown", "error") }

    // MARK: - Shared pieces

    /// Fills template `key` of `intent`; an absent template (caught by `civicbot check`) gives an empty string.
    func template(_ intent: String, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(catalogue.intent(intent)?.replies[key] ?? "", values)
    }

    func agencyName(_ code: String) -> String { catalogue.lexicon.agency(code: code)?.name ?? code }

    func agencyShort(_ code: String) -> String { catalogue.lexicon.agency(code: code)?.short ?? code }

    func typeName(_ code: String) -> String { catalogue.lexicon.trainerTypes.first { $0.code == code }?.name ?? code }

    /// "สำนักงาน กกต. กับกรมการปกครอง กรม… และกรม…": the parties of an MOU in words.
    func partiesPhrase(_ parties: [String]) -> String {
        guard let first = parties.first else { return "" }
        let others = parties.dropFirst().map(agencyName)
        let partners: String
        if others.count > 1, let last = others.last {
            partners = template("mou_info", "partners_and", ["others": others.dropLast().joined(separator: " "), "last": last])
        } else {
            partners = others.first ?? ""
        }
        return template("mou_info", "parties", ["first": agencyShort(first), "partners": partners])
    }

    /// The MOU named by its parties, e.g. "บันทึกข้อตกลงฉบับสำนักงาน กกต. กับกรมการพัฒนาชุมชน".
    func mouName(_ summary: MOUSummary) -> String {
        template("mou_info", "mou_name", ["parties": partiesPhrase(summary.parties)])
    }
}

/// Thai digits to Arabic, for display: replies use Arabic digits.
enum ThaiDigits {
    static func toArabic(_ s: String) -> String {
        guard containsThaiDigit(s) else { return s }
        var view = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if ThaiScript.isDigit(scalar.value), let arabic = Unicode.Scalar(scalar.value - 0x0E50 + 0x30) {
                view.append(arabic)
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }

    /// True when `s` holds a Thai digit (U+0E50–U+0E59, UTF-8 `E0 B9 90`–`E0 B9 99`): a byte scan,
    /// since every reply passes here and almost none holds one.
    static func containsThaiDigit(_ s: String) -> Bool {
        var utf8 = s
        return utf8.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            var i = 2
            while i < bytes.count {
                let last = bytes[i]
                if last >= 0x90, last <= 0x99, bytes[i - 1] == 0xB9, bytes[i - 2] == 0xE0 { return true }
                i += 1
            }
            return false
        }
    }
}
