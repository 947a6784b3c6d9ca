
extension RenderPass {
    func agencyDuties(_ u: Understanding, normalized: NormalizedText? = nil) -> String {
        // "กรมการปกครองกับกรมพัฒนาชุมชนมีหน้าที่อะไร": each department in turn.
        if u.agencies.count > 1, u.slots["agency"] != nil {
            return u.agencies.prefix(2).map { code in
                var single = u
                single.slots["agency"] = code
                single.agencies = [code]
                return agencyDuties(single)
            }.joined(separator: "\n\n")
        }
        // "ใครเป็นคนจัดประกวด ศส.ปชต. ดีเด่น": the clauses that say it, and whose they are.
        // (The department the decision filled in from the clauses found, not one the message names.)
        if u.mode == "who_does", u.agencies.isEmpty, u.slots["term"] == nil, let normalized, let found = whoDoes(normalized) { return found }
        let summaries = knowledge.mous
        let partyLines = summaries.map { template(.agencyDuties, "party_line", ["mou": mouName($0)]) }.joined(separator: "\n")
        var intro = ""
        var agency = u.slots["agency"]
        if let term = u.slots["term"], let entry = catalogue.lexicon.glossaryTerm(term), agency == nil || agency == entry.agency {
            // A term that belongs to a party (อสม. → กรมสนับสนุนบริการสุขภาพ) answers with that party's clauses.
            if let owner = entry.agency {
                agency = owner
                // Not for the department's own code (สถ., DLA): the term is the department.
                if entry.expansion != catalogue.lexicon.agency(code: owner)?.name {
                    intro = template(.agencyDuties, "via_term", ["term": entry.term, "agency": agencyName(owner)]) + "\n"
                }
            } else {
                return template(.agencyDuties, "not_party", ["name": "\(entry.term) (\(expansion(entry)))", "parties": partyLines])
            }
        }
        guard let agency else {
            if u.mode == "named_body" {  // "กรมอนามัยมีหน้าที่อะไร": a department the MOUs do not name
                return template(.agencyDuties, "not_party", ["name": template(.agencyDuties, "unknown_body"), "parties": partyLines])
            }
            return template(.agencyDuties, "which_agency", ["parties": partyLines])
        }
        let duties = knowledge.duties(agency: agency)
        if duties.isEmpty {
            return template(.agencyDuties, "not_party", ["name": agencyName(agency), "parties": partyLines])
        }
        // "ข้อ 9" of a department with fewer clauses: said so, then every clause.
        if u.mode == "clause", let n = u.number, n > 0, !duties.contains(where: { $0.clauses.contains { $0.number == n } }) {
            intro += template(.agencyDuties, "no_clause", ["agency": agencyName(agency), "number": "\(n)"]) + "\n"
        }
        // "ฉบับที่สอง" of a party of both MOUs (the ECT): that MOU's clauses.
        var shown = duties
        if let n = u.document, n >= 1, n <= knowledge.mous.count {
            let chosen = duties.filter { $0.mouID == knowledge.mous[n - 1].id }
            if !chosen.isEmpty { shown = chosen }
        }
        return intro + shown.map { d in
            let summary = summaries.first { $0.id == d.mouID }
            var clauses = d.clauses
            // "ข้อ 4 คืออะไร" (the clause mode): the clause of that number, where this MOU has one.
            if let n = u.number, clauses.contains(where: { $0.number == n }) { clauses = clauses.filter { $0.number == n } }
            if u.number == -1, let last = clauses.last { clauses = [last] }
            let lines = clauses.map { c in
                let text = english ? catalogue.lexicon.english.clause(mou: d.mouID, agency: agency, number: c.number) ?? c.text : c.text
                return template(.agencyDuties, "clause", ["number": "\(c.number)", "text": text])
            }
            return template(.agencyDuties, "duties", [
                "agency": agencyName(agency), "mou": summary.map(mouName) ?? d.mouID,
                "heading": d.heading, "count": "\(d.clauses.count)", "clauses": lines.joined(separator: "\n"),
            ])
        }.joined(separator: "\n\n")
    }

    /// The who-does answer: each clause found (`Renderer.whoDoesClauses`, at most four) with its
    /// department and MOU; nil when none says it.
    func whoDoes(_ normalized: NormalizedText) -> String? {
        let found = Renderer.whoDoesClauses(normalized, matcher: matcher, knowledge: knowledge)
        guard !found.isEmpty else { return nil }
        let lines = found.prefix(4).map { f in
            let mou = knowledge.mous.first { $0.id == f.mou }.map(mouName) ?? f.mou
            let text = english ? catalogue.lexicon.english.clause(mou: f.mou, agency: f.agency, number: f.number) ?? f.text : f.text
            return template(.agencyDuties, "who_line", ["agency": agencyName(f.agency), "mou": mou, "number": "\(f.number)", "text": text])
        }
        return template(.agencyDuties, "who_does", ["lines": lines.joined(separator: "\n")])
    }

    func agencyList(_ u: Understanding) -> String {
        let summaries = knowledge.mous
        // "ฉบับแรกมีใครบ้าง": that MOU's line only (the totals stay those of both).
        let asked = u.document.flatMap { d in summaries.indices.contains(d - 1) ? d - 1 : nil }
        let all = Set(summaries.flatMap(\.parties))
        // The partners: every party but the one in every MOU (the Election Commission office).
        let host = summaries.dropFirst().reduce(Set(summaries.first?.parties ?? [])) { $0.intersection($1.parties) }
        // Each MOU's line says how many partners it has ("MOU ฉบับแรก กกต. ทำร่วมกับกี่กรม").
        let lines = summaries.enumerated().filter { asked == nil || $0.offset == asked }.map { i, s in
            template(.agencyList, "mou_line", ["n": "\(i + 1)", "parties": partiesPhrase(s.parties), "count": "\(s.parties.count)",
                                               "partners": "\(Set(s.parties).subtracting(host).count)"])
        }
        return template(.agencyList, "list", ["count": "\(summaries.count)", "agencies": "\(all.count)",
                                              "partners": "\(all.subtracting(host).count)", "lines": lines.joined(separator: "\n")])
    }

    func mouInfo(_ u: Understanding) -> String {
        // What both MOUs' preambles say they follow: "…ให้เป็นไปตามเจตนารมณ์ของรัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ๒๕๖๐ …".
        if u.mode == "constitution", let quote = knowledge.center.facts["constitution"] {
            return template(.mouInfo, "constitution", ["quote": quote])
        }
        // A department named ("MOU กับ พช.", "ฝั่ง กกต."): its MOU only, and for who signed, its people only.
        var agency = u.slots["agency"].flatMap { code in knowledge.mous.contains { $0.parties.contains(code) } ? code : nil }
        var summaries = agency.map { code in knowledge.mous.filter { $0.parties.contains(code) } } ?? knowledge.mous
        // "ฉบับแรก": that MOU ("อีกฉบับ" is made its order by `Decider.decide` where it can be).
        if let d = u.document, d >= 1, d <= knowledge.mous.count {
            summaries = [knowledge.mous[d - 1]]
            if let code = agency, !summaries[0].parties.contains(code) { agency = nil }
        }
        guard let letter = knowledge.letter else { return template(.mouInfo, "missing") }
        func section(_ kind: String) -> String {
            summaries.map { s in
                let name = mouName(s)
                switch kind {
                case "term":
                    if let years = s.termYears, let text = s.termText {
                        return template(.mouInfo, "term_stated", ["mou": name, "years": "\(years)", "text": text])
                    }
                    return template(.mouInfo, "term_not_stated", ["mou": name])
                case "notice":
                    if let days = s.noticeDays, let text = s.terminationText {
                        return template(.mouInfo, "notice_stated", ["mou": name, "days": "\(days)", "text": text])
                    }
                    return template(.mouInfo, "notice_not_stated", ["mou": name])
                case "amendment":
                    if let text = s.amendmentText { return template(.mouInfo, "amendment_stated", ["mou": name, "text": text]) }
                    return template(.mouInfo, "amendment_not_stated", ["mou": name])
                default:
                    // The party of every MOU (the ECT) narrows nothing: its MOUs are all of them, with all who signed.
                    let narrow = agency.map { code in !knowledge.mous.allSatisfy { $0.parties.contains(code) } } ?? false
                    let people = s.signatories.filter { !narrow || $0.agency == agency }.map { p in
                        template(.mouInfo, p.role == "witness" ? "witness_line" : "signatory_line",
                                 ["name": [p.rank.map(translated), p.name].compactMap { $0 }.joined(separator: " "), "title": translated(p.title)])
                    }
                    return template(.mouInfo, "signatories", ["mou": name, "lines": people.joined(separator: "\n")])
                }
            }.joined(separator: "\n")
        }
        let letterLine = template(.mouInfo, "letter", [
            "reference": letter.reference, "date": translated(letter.date), "sender": senderName(letter.sender), "subject": letter.subject,
            "addressees": letter.addressees, "signer": letter.signerName, "signer_title": translated(letter.signerTitle),
        ])
        switch u.mode {
        case "term": return template(.mouInfo, "term_header") + "\n" + section("term")
        case "notice": return template(.mouInfo, "notice_header") + "\n" + section("notice")
        case "amendment": return template(.mouInfo, "amendment_header") + "\n" + section("amendment")
        case "signatories": return section("signatories")
        case "letter": return letterLine
        case "signed_when": return template(.mouInfo, "signed_when", ["reference": letter.reference, "date": translated(letter.date)])
        case "purpose":
            return template(.mouInfo, "purpose", ["title": summaries.first?.title ?? "", "purpose": letter.body.first ?? ""])
        default:
            let lines = summaries.enumerated().map { i, s in
                template(.mouInfo, "overview_line", ["n": "\(i + 1)", "parties": partiesPhrase(s.parties)])
            }
            return template(.mouInfo, "overview", [
                "title": summaries.first?.title ?? "", "count": "\(summaries.count)", "lines": lines.joined(separator: "\n"),
                "letter": letterLine, "term": section("term"), "notice": section("notice"),
            ])
        }
    }

    func centerInfo(_ u: Understanding, normalized: NormalizedText) -> String {
        // "มาเลเซียมี ศส.ปชต. ไหม": the MOUs set the centres up in Thailand's subdistricts; no year or
        // fact of theirs answers for a place abroad.
        if let place = matcher.placeAbroad(normalized) { return template(.centerInfo, "abroad", ["place": NormalizedText.string(place)]) }
        let info = knowledge.center
        let rollout = info.rollout.map { template(.centerInfo, "rollout_line", ["year": "\($0.year)", "scope": translated($0.scope)]) }.joined(separator: "\n")
        let programmes = info.programmes.map { template(.centerInfo, "programme_line", ["name": translated($0.name), "quote": translated($0.quote)]) }.joined(separator: "\n")
        let values = [
            "founded": info.facts["founded"] ?? "", "purpose": info.facts["purpose"] ?? "",
            "rollout_quote": info.facts["rollout"] ?? "", "members": info.facts["members"] ?? "",
            "rollout": rollout, "programmes": programmes,
        ]
        switch u.mode {
        case "rollout": return template(.centerInfo, "rollout", values)
        case "programmes": return template(.centerInfo, "programmes", values)
        case "members": return template(.centerInfo, "members", values)
        case "founded": return template(.centerInfo, "founded", values)
        default: return template(.centerInfo, "overview", values)
        }
    }

    func glossary(_ u: Understanding) -> String {
        if let term = u.slots["term"], let entry = catalogue.lexicon.glossaryTerm(term) {
            // วิทยากรหลัก / วิทยากรขยายผล: the document defines neither; what it has is the two registers.
            if catalogue.lexicon.trainerTypes.contains(where: { $0.name == entry.term }), let text = typesDefined(.glossary) { return text }
            if entry.expansion == entry.term { return template(.glossary, "word", ["term": english ? entry.english ?? entry.term : entry.term, "meaning": english ? entry.meaningEnglish ?? "" : entry.meaning]) }
            return template(.glossary, "term", ["term": entry.term, "expansion": expansion(entry), "meaning": english ? entry.meaningEnglish ?? "" : entry.meaning])
        }
        let lines = catalogue.lexicon.glossary.map { template(.glossary, "list_line", ["term": $0.term, "expansion": expansion($0)]) }
        return template(.glossary, "list", ["lines": lines.joined(separator: "\n")])
    }

    /// A Thai text of the knowledge base as the reply writes it: the same, or its English from
    /// `lexicon/english.yaml` when there is one.
    func translated(_ thai: String) -> String {
        english ? catalogue.lexicon.english.text(thai) ?? thai : thai
    }

    /// A department named in the knowledge base (the letter's sender): its English name in English.
    func senderName(_ thai: String) -> String {
        english ? catalogue.lexicon.agency(named: thai)?.english ?? translated(thai) : thai
    }

    /// What a term stands for: its Thai expansion, or its English name in an English reply.
    func expansion(_ entry: GlossaryTerm) -> String { english ? entry.english ?? entry.expansion : entry.expansion }

    func contact(_ u: Understanding) -> String {
        guard let letter = knowledge.letter else { return template(.contact, "missing") }
        // Another department's own number is not in the document: say so before the contact it does give.
        var text = ""
        if let agency = u.slots["agency"], catalogue.lexicon.agency(code: agency)?.name != letter.sender {
            text = template(.contact, "agency_not_held", ["agency": agencyName(agency)]) + "\n"
        }
        text += template(.contact, "contact", [
            "office": translated(letter.responsibleOffice), "sender": senderName(letter.sender), "phone": translated(letter.phone),
            "fax": letter.fax, "coordinator": letter.coordinator,
        ])
        if let province = u.slots["province"] {
            text += "\n" + template(.contact, "local_province", ["province": provinceName(province)])
        } else {
            text += "\n" + template(.contact, "local")
        }
        return text
    }
}

extension Renderer {
    /// The fewest letters of the asker's own words a clause must share for "who does this" (fewer
    /// find common words: "ใครเป็นคนทำอาหารกลางวัน" shares five with a clause of the DOPA's, and
    /// จังหวัด has seven).
    static let whoDoesShared = 8

    /// Who does what the message asks about ("ใครเป็นคนจัดประกวด ศส.ปชต. ดีเด่น"): the clauses
    /// sharing the longest run of its own words (`IntentMatcher.ownWords`, at least `whoDoesShared`
    /// letters), each with its department and MOU; none when no clause says it.
    public static func whoDoesClauses(_ normalized: NormalizedText, matcher: IntentMatcher, knowledge: KnowledgeSnapshot)
        -> [(agency: String, mou: String, number: Int, text: String)] {
        let runs = matcher.ownWords(in: normalized).filter { $0.count >= whoDoesShared }
        guard !runs.isEmpty else { return [] }
        var best = 0
        var found: [(agency: String, mou: String, number: Int, text: String)] = []
        for agency in matcher.catalogue.lexicon.agencies.map(\.code) {
            for d in knowledge.duties(agency: agency) {
                for c in d.clauses {
                    let clause = ThaiNormalizer.normalize(c.text).compactScalars
                    let shared = runs.map { longestShared($0, clause) }.max() ?? 0
                    guard shared >= whoDoesShared, shared >= best else { continue }
                    if shared > best { best = shared; found = [] }
                    found.append((agency, d.mouID, c.number, c.text))
                }
            }
        }
        return found
    }

    /// The length of the longest run of scalars `a` and `b` share.
    static func longestShared(_ a: [UInt32], _ b: [UInt32]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), current = previous, best = 0
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : 0
                best = max(best, current[j + 1])
            }
            swap(&previous, &current)
        }
        return best
    }
}
