/// Writes the Thai answer to an understood message from a knowledge snapshot and the reply
/// templates in Intents/: a pure function, no store and no clock. Every number it states comes from
/// the snapshot; when the snapshot has no answer it says so.
public struct Renderer: Sendable {
    /// The matcher (its catalogue holds the templates and the lexicon; it suggests province names).
    public let matcher: IntentMatcher

    /// A renderer over the matcher's catalogue.
    public init(matcher: IntentMatcher) {
        self.matcher = matcher
    }

    /// The reply text for `u` (already decided to be answered), with Arabic digits. `role` decides
    /// only whether trainers' phones are shown (admins and officers, private chats).
    public func answer(_ u: Understanding, normalized: NormalizedText, chatType: ChatType, role: SenderRole = .volunteer,
                       knowledge: KnowledgeSnapshot) throws(RenderError) -> String {
        let pass = RenderPass(matcher: matcher, knowledge: knowledge, book: TemplateBook(catalogue: matcher.catalogue, language: u.language))
        let text = pass.answer(u, normalized: normalized, chatType: chatType, role: role)
        try pass.book.check()
        return ThaiDigits.toArabic(text)
    }

    /// One template filled: the short replies the decision gives without knowledge (too long, empty, error).
    public func text(_ intent: IntentID, _ key: String, _ values: [String: String] = [:],
                     language: Language = .thai) throws(RenderError) -> String {
        let book = TemplateBook(catalogue: matcher.catalogue, language: language)
        let text = book.text(intent, key, values)
        try book.check()
        return text
    }
}

/// One rendering: the knowledge it reads and the templates it fills.
struct RenderPass {
    let matcher: IntentMatcher
    let knowledge: KnowledgeSnapshot
    let book: TemplateBook
    var catalogue: IntentCatalogue { matcher.catalogue }

    func answer(_ u: Understanding, normalized: NormalizedText, chatType: ChatType, role: SenderRole = .volunteer) -> String {
        switch u.intent {
        case .help: return template(.help, "text")
        case .greeting: return template(.greeting, u.mode == "thanks" ? "thanks" : "text")
        case .trainerCount: return trainerCount(u, normalized: normalized)
        case .trainerCoverage: return notHeld(normalized) ?? trainerCoverage(u)
        case .trainerList: return trainerList(u, chatType: chatType, role: role)
        case .agencyDuties: return agencyDuties(u, normalized: normalized)
        case .agencyList: return agencyList(u)
        case .mouInfo: return mouInfo(u)
        case .centerInfo: return centerInfo(u, normalized: normalized)
        case .glossary: return glossary(u)
        case .contact: return contact(u)
        case .trainerRegister, .trainerUpdate, .trainerRemove, .stats, .unknown:
            return template(.unknown, chatType == .private ? "private" : "addressed")
        }
    }

    // MARK: - Shared pieces

    /// Fills template `key` of `intent` (a missing one fails the rendering).
    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        book.text(intent, key, values)
    }

    /// The language the templates are filled in.
    var english: Bool { book.language == .english }

    /// The agency's full name: Thai, or English for an English reply.
    func agencyName(_ code: String) -> String {
        guard let a = catalogue.lexicon.agency(code: code) else { return code }
        return english ? a.english : a.name
    }

    /// The agency's short name: สำนักงาน กกต., ปค. …; its code (ECT, DOPA …) in English.
    func agencyShort(_ code: String) -> String { english ? code : catalogue.lexicon.agency(code: code)?.short ?? code }

    func typeName(_ code: String) -> String {
        guard let t = catalogue.lexicon.trainerTypes.first(where: { $0.code == code }) else { return code }
        return english ? t.english ?? t.name : t.name
    }

    /// A province's canonical Thai name as the reply writes it: the same, or its English name.
    func provinceName(_ thai: String) -> String {
        english ? catalogue.lexicon.province(named: thai)?.english ?? thai : thai
    }

    /// A district's Thai name as the reply writes it: the same, or its English name.
    func districtName(_ thai: String) -> String {
        english ? catalogue.lexicon.districts.first { $0.name == thai }?.english ?? thai : thai
    }

    /// "สำนักงาน กกต. กับกรมการปกครอง กรม… และกรม…": the parties of an MOU in words.
    func partiesPhrase(_ parties: [String]) -> String {
        guard let first = parties.first else { return "" }
        let others = parties.dropFirst().map { english ? "the " + agencyName($0) : agencyName($0) }
        let partners: String
        if others.count > 1, let last = others.last {
            partners = template(.mouInfo, "partners_and", ["others": others.dropLast().joined(separator: english ? ", " : " "), "last": last])
        } else {
            partners = others.first ?? ""
        }
        return template(.mouInfo, "parties", ["first": agencyShort(first), "partners": partners])
    }

    /// The MOU named by its parties, e.g. "บันทึกข้อตกลงฉบับสำนักงาน กกต. กับกรมการพัฒนาชุมชน".
    func mouName(_ summary: MOUSummary) -> String {
        template(.mouInfo, "mou_name", ["parties": partiesPhrase(summary.parties)])
    }
}

/// Thai digits to Arabic, for display: replies use Arabic digits.
public enum ThaiDigits {
    /// `s` with every Thai digit replaced by its Arabic digit.
    public static func toArabic(_ s: String) -> String {
        guard containsThaiDigit(s) else { return s }
        // UTF-8 of U+0E50–U+0E59 is E0 B9 90–99: three bytes become one ASCII digit.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = Array(s.utf8)[...]
        while let b = it.first {
            if b == 0xE0, it.count >= 3, it[it.startIndex + 1] == 0xB9, (0x90...0x99).contains(it[it.startIndex + 2]) {
                bytes.append(0x30 + it[it.startIndex + 2] - 0x90)
                it = it.dropFirst(3)
            } else {
                bytes.append(b)
                it = it.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
