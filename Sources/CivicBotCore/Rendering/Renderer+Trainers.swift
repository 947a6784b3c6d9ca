
extension RenderPass {
    /// What the document says of the two trainer types (it defines neither): the two registers with
    /// their totals, from `intent`'s `types_defined` template (trainer_count's mode, glossary's terms).
    func typesDefined(_ intent: IntentID) -> String? {
        let totals = knowledge.registers
        guard let core = totals.first(where: { $0.trainerType == "core" }), let extended = totals.first(where: { $0.trainerType == "extended" }) else { return nil }
        return template(intent, "types_defined", ["year": String(core.yearBE), "core": "\(core.total)", "core_provinces": "\(core.provincesListed)",
                                                  "extended": "\(extended.total)", "extended_provinces": "\(extended.provincesListed)"])
    }

    func trainerCount(_ u: Understanding, normalized: NormalizedText) -> String {
        let answer = trainerCountBody(u, normalized: normalized)
        return u.excluded.isEmpty || !u.provinces.isEmpty ? answer : leftOutNote(u.excluded, .trainerCount) + "\n" + answer
    }

    /// "ไม่นับ…": the provinces a ranking or a sum leaves out, as asked, said first.
    func leftOutNote(_ excluded: [String], _ intent: IntentID) -> String {
        template(intent, "left_out", ["provinces": excluded.map(provinceName).joined(separator: english ? ", " : " ")])
    }

    /// The registers' national figures without the provinces the question leaves out.
    func registers(leavingOut excluded: [String]) -> [RegisterTotals] {
        guard !excluded.isEmpty else { return knowledge.registers }
        return knowledge.registers.map { register in
            let entries = excluded.compactMap { province in knowledge.trainerCounts(province: province).first { $0.trainerType == register.trainerType } }
            let counts = register.counts.map { column in
                AgencyCount(agency: column.agency, count: column.count - entries.reduce(0) { $0 + ($1.counts.first { $0.agency == column.agency }?.count ?? 0) })
            }
            return RegisterTotals(trainerType: register.trainerType, yearBE: register.yearBE, counts: counts,
                                  publishedTotal: counts.reduce(0) { $0 + $1.count },
                                  provincesListed: register.provincesListed - entries.filter { $0.listed && $0.total > 0 }.count)
        }
    }

    private func trainerCountBody(_ u: Understanding, normalized: NormalizedText) -> String {
        let totals = registers(leavingOut: u.excluded)
        let year = String(totals.first?.yearBE ?? 0)
        let agency = u.slots["agency"]
        let type = u.slots["trainer_type"]
        if let d = u.ambiguousDistrict {
            return template(.trainerCount, "district_ambiguous", ["district": districtName(d.name), "provinces": d.provinces.map(provinceName).joined(separator: template(.trainerCount, "or"))])
        }
        if let code = u.regionPart, let region = catalogue.lexicon.region(code: code) {
            return template(.trainerCount, "region_part", ["region": region.name])
        }
        if u.namesOtherBody, agency == nil { return otherBody(year: year) }
        if let text = notHeld(normalized) { return text }
        if u.mode == "defined", u.provinces.isEmpty, u.slots["region"] == nil, let text = typesDefined(.trainerCount) { return text }
        // "ภาคเหนือกับภาคใต้ ภาคไหนมีมากกว่า": each region's figures, then the verdict.
        if u.provinces.isEmpty, u.regions.count > 1 {
            let regions = u.regions.prefix(3).compactMap { catalogue.lexicon.region(code: $0) }
            var parts = regions.map { regionCount($0, agency: agency, type: type, year: year, leavingOut: u.excluded) }
            if regions.count > 1 { parts.append(regionVerdict(regions[0], regions[1], agency: agency, type: type, leavingOut: u.excluded)) }
            return parts.joined(separator: "\n\n")
        }
        if u.provinces.isEmpty, let code = u.slots["region"], let region = catalogue.lexicon.region(code: code) {
            return regionCount(region, agency: agency, type: type, year: year, leavingOut: u.excluded)
        }
        if u.provinces.isEmpty {
            if matcher.mentionsProvinceWord(normalized) { return unknownProvince(normalized) }
            if let agency {
                let core = totals.first { $0.trainerType == "core" }?.counts.first { $0.agency == agency }?.count ?? 0
                let extended = totals.first { $0.trainerType == "extended" }?.counts.first { $0.agency == agency }?.count ?? 0
                if !(catalogue.lexicon.agency(code: agency)?.registerColumn ?? false) {
                    return template(.trainerCount, "agency_not_in_register", ["agency": agencyName(agency), "year": year])
                }
                if let type {
                    return template(.trainerCount, "agency_national_type", [
                        "agency": agencyName(agency), "type": typeName(type), "count": "\(type == "core" ? core : extended)", "year": year,
                    ])
                }
                return template(.trainerCount, "agency_national", ["agency": agencyName(agency), "core": "\(core)", "extended": "\(extended)", "year": year])
                    + "\n" + template(.trainerCount, "both_types_total", ["total": "\(core + extended)"])
            }
            let blocks = totals.filter { type == nil || $0.trainerType == type }.map { t in
                template(.trainerCount, "type_block", [
                    "type": typeName(t.trainerType), "total": "\(t.total)", "provinces": "\(t.provincesListed)",
                    "lines": t.counts.map { template(.trainerCount, "line", ["agency": agencyName($0.agency), "count": "\($0.count)"]) }.joined(separator: "\n"),
                ])
            }
            var national = template(.trainerCount, "national", ["year": year, "blocks": blocks.joined(separator: "\n")])
            if u.mode == "by_agency" {
                for t in totals where type == nil || t.trainerType == type { national += "\n" + agencyExtremes(t.trainerType, t.counts) }
            }
            let shown = totals.filter { type == nil || $0.trainerType == type }
            if shown.count > 1 { national += "\n" + template(.trainerCount, "both_types_total", ["total": "\(shown.reduce(0) { $0 + $1.total })"]) }
            if comparing(u), let verdict = comparison(u, agency: nil, type: type) { national += "\n" + verdict }
            return national
        }
        var parts: [String] = []
        for province in u.provinces.prefix(Self.provincesShown) {
            let entries = knowledge.trainerCounts(province: province)
            let registered = knowledge.registeredTrainers(province: province, agency: agency).count
            if let agency {
                let core = entries.first { $0.trainerType == "core" }?.counts.first { $0.agency == agency }?.count ?? 0
                let extended = entries.first { $0.trainerType == "extended" }?.counts.first { $0.agency == agency }?.count ?? 0
                var key = (catalogue.lexicon.agency(code: agency)?.registerColumn ?? false) ? "province_agency" : "agency_not_in_register"
                if key == "province_agency", type != nil { key = "province_agency_type" }
                var text = template(.trainerCount, key, [
                    "province": provinceName(province), "agency": agencyName(agency), "core": "\(core)", "extended": "\(extended)", "year": year,
                    "type": type.map(typeName) ?? "", "count": "\(type == "core" ? core : extended)",
                ])
                if key == "province_agency" { text += "\n" + template(.trainerCount, "both_types_total", ["total": "\(core + extended)"]) }
                parts.append(text)
                continue
            }
            let blocks = entries.filter { type == nil || $0.trainerType == type }.map { e in
                e.listed
                    ? template(.trainerCount, "type_block", [
                        "type": typeName(e.trainerType), "total": "\(e.total)",
                        "lines": e.counts.filter { $0.count > 0 }.map { template(.trainerCount, "line", ["agency": agencyName($0.agency), "count": "\($0.count)"]) }.joined(separator: "\n"),
                    ]).trimmingNewlines()
                    : template(.trainerCount, "type_not_listed", ["type": typeName(e.trainerType)])
            }
            var text = template(.trainerCount, "province", ["province": provinceName(province), "year": year, "blocks": blocks.joined(separator: "\n")])
            if u.mode == "by_agency" {
                for e in entries where e.listed && (type == nil || e.trainerType == type) { text += "\n" + agencyExtremes(e.trainerType, e.counts) }
            }
            let shown = entries.filter { type == nil || $0.trainerType == type }
            if shown.count > 1 {
                text += "\n" + template(.trainerCount, "both_types_total", ["total": "\(shown.reduce(0) { $0 + ($1.listed ? $1.total : 0) })"])
            }
            text += "\n" + template(.trainerCount, "registered", ["count": "\(registered)"])
            if u.fuzzyProvince { text = template(.trainerCount, "fuzzy_note", ["province": provinceName(province)]) + "\n" + text }
            if let district = u.district {
                text = template(.trainerCount, "district_note", ["district": districtName(district), "province": provinceName(province)]) + "\n" + text
            }
            parts.append(text)
        }
        if comparing(u), let verdict = comparison(u, agency: agency, type: type) {
            parts.append(verdict)
        } else if u.provinces.count > 1, matcher.asksTogether(normalized) {
            // "ปัตตานี ยะลา นราฯ รวมกันกี่คน": the sum over every province named, each named.
            let total = u.provinces.reduce(0) { $0 + count(in: $1, agency: agency, type: type) }
            parts.append(template(.trainerCount, "provinces_total", [
                "n": "\(u.provinces.count)", "provinces": u.provinces.map(provinceName).joined(separator: english ? ", " : " "),
                "what": what(agency: agency, type: type), "total": "\(total)",
            ]))
        }
        return parts.joined(separator: "\n\n")
    }

    /// The most provinces answered one by one in a message that names several (the sum counts all).
    static let provincesShown = 5

    /// Trainers of `type` (both when nil) and `agency` (all when nil) in `province`.
    func count(in province: String, agency: String?, type: String?) -> Int {
        knowledge.trainerCounts(province: province).filter { type == nil || $0.trainerType == type }.flatMap(\.counts)
            .filter { agency == nil || $0.agency == agency }.reduce(0) { $0 + $1.count }
    }

    /// What is counted, as comparisons name it: the type (or both registers), of the department if one is asked.
    func what(agency: String?, type: String?) -> String {
        var what = type.map(typeName) ?? template(.trainerCount, "compare_all")
        if let agency { what += template(.trainerCount, "compare_of_agency", ["agency": agencyName(agency)]) }
        return what
    }

    /// The verdict between two regions (the first grouping of each), ties said as ties.
    func regionVerdict(_ a: Region, _ b: Region, agency: String?, type: String?, leavingOut excluded: [String]) -> String {
        func sum(_ r: Region) -> Int {
            (r.groupings.first?.provinces ?? []).filter { !excluded.contains($0) }.reduce(0) { $0 + count(in: $1, agency: agency, type: type) }
        }
        return verdict(a.name, sum(a), b.name, sum(b), what: what(agency: agency, type: type))
    }

    /// "สรุป: a มี…มากกว่า b n คน", or the tie, from the two counts.
    func verdict(_ a: String, _ x: Int, _ b: String, _ y: Int, what: String) -> String {
        if x == y { return template(.trainerCount, "compare_tie", ["a": a, "b": b, "what": what, "x": "\(x)"]) }
        let (more, less, hi, lo) = x > y ? (a, b, x, y) : (b, a, y, x)
        return template(.trainerCount, "compare_more", ["more": more, "less": less, "what": what, "diff": "\(hi - lo)", "x": "\(hi)", "y": "\(lo)"])
    }

    /// The verdict of a comparison: two provinces (by the type and agency asked), two departments
    /// (in the province, or nationwide), or, with both types named, extended against core.
    func comparison(_ u: Understanding, agency: String?, type: String?) -> String? {
        func count(_ province: String, _ t: String?) -> Int { self.count(in: province, agency: agency, type: t) }
        if u.provinces.count >= 2 {
            return verdict(provinceName(u.provinces[0]), count(u.provinces[0], type), provinceName(u.provinces[1]), count(u.provinces[1], type),
                           what: what(agency: agency, type: type))
        }
        // Two departments ("ที่ชัยภูมิ ผส. หรือ สถ. มีวิทยากรขยายผลมากกว่ากัน"): in the province, or nationwide.
        if agency == nil, u.agencies.count >= 2 {
            func tally(_ code: String) -> Int {
                if let province = u.provinces.first { return self.count(in: province, agency: code, type: type) }
                return registers(leavingOut: u.excluded).filter { type == nil || $0.trainerType == type }.flatMap(\.counts)
                    .filter { $0.agency == code }.reduce(0) { $0 + $1.count }
            }
            let (a, b) = (u.agencies[0], u.agencies[1])
            return verdict(agencyName(a), tally(a), agencyName(b), tally(b), what: type.map(typeName) ?? template(.trainerCount, "compare_all"))
        }
        guard type == nil, Set(u.types) == ["core", "extended"] else { return nil }
        let core: Int, extended: Int, place: String
        if let province = u.provinces.first {
            (core, extended, place) = (count(province, "core"), count(province, "extended"), province)
        } else {
            func national(_ t: String) -> Int {
                registers(leavingOut: u.excluded).filter { $0.trainerType == t }.flatMap(\.counts).filter { agency == nil || $0.agency == agency }
                    .reduce(0) { $0 + $1.count }
            }
            (core, extended, place) = (national("core"), national("extended"), template(.trainerCount, "nationwide"))
        }
        let key = extended > core ? "compare_types" : extended < core ? "compare_types_core" : "compare_types_tie"
        return template(.trainerCount, key, ["where": place, "diff": "\(abs(extended - core))", "extended": "\(extended)", "core": "\(core)"])
    }

    /// A region's figures: the sum over its provinces, for every grouping the region stands for
    /// (the north of the six-region scheme and of the four-region one), each naming its provinces.
    func regionCount(_ region: Region, agency: String?, type: String?, year: String, leavingOut excluded: [String] = []) -> String {
        let parts = region.groupings.map { grouping -> String in
            let members = grouping.provinces.filter { !excluded.contains($0) }
            let values = ["region": region.name, "scheme": grouping.scheme, "n": "\(members.count)", "year": year,
                          "provinces": members.joined(separator: " ")]
            // Per register (core first), per agency: the sum of the grouping's province lines.
            let sums = knowledge.registers.map { register -> (type: String, counts: [AgencyCount]) in
                let counts = register.counts.map { column in
                    AgencyCount(agency: column.agency, count: members.reduce(0) { total, province in
                        total + (knowledge.trainerCounts(province: province).first { $0.trainerType == register.trainerType }?
                            .counts.first { $0.agency == column.agency }?.count ?? 0)
                    })
                }
                return (register.trainerType, counts)
            }
            if let agency {
                let core = sums.first { $0.type == "core" }?.counts.first { $0.agency == agency }?.count ?? 0
                let extended = sums.first { $0.type == "extended" }?.counts.first { $0.agency == agency }?.count ?? 0
                if !(catalogue.lexicon.agency(code: agency)?.registerColumn ?? false) {
                    return template(.trainerCount, "agency_not_in_register", ["agency": agencyName(agency), "year": year])
                }
                let text = template(.trainerCount, type == nil ? "region_agency" : "region_agency_type", values.merging([
                    "agency": agencyName(agency), "core": "\(core)", "extended": "\(extended)",
                    "type": type.map(typeName) ?? "", "count": "\(type == "core" ? core : extended)",
                ]) { $1 })
                return type == nil ? text + "\n" + template(.trainerCount, "both_types_total", ["total": "\(core + extended)"]) : text
            }
            let shown = sums.filter { type == nil || $0.type == type }
            let blocks = shown.map { s in
                template(.trainerCount, "type_block", [
                    "type": typeName(s.type), "total": "\(s.counts.reduce(0) { $0 + $1.count })", "provinces": "\(members.count)",
                    "lines": s.counts.map { template(.trainerCount, "line", ["agency": agencyName($0.agency), "count": "\($0.count)"]) }.joined(separator: "\n"),
                ]).trimmingNewlines()
            }
            var text = template(.trainerCount, "region", values.merging(["blocks": blocks.joined(separator: "\n")]) { $1 })
            if shown.count > 1 {
                let all = shown.reduce(0) { $0 + $1.counts.reduce(0) { $0 + $1.count } }
                text += "\n" + template(.trainerCount, "both_types_total", ["total": "\(all)"])
            }
            return text
        }
        return parts.joined(separator: "\n\n")
    }

    /// The answer to a trainer question about an organisation that is none of the register's five
    /// columns: what the register does count, never another figure in its place.
    func otherBody(year: String) -> String {
        let columns = catalogue.lexicon.agencies.filter(\.registerColumn).map(\.name)
        return template(.trainerCount, "other_body", ["year": year, "agencies": columns.joined(separator: " ")])
    }

    /// The departments with the most and the fewest trainers of `type` among `counts` (ties named together).
    func agencyExtremes(_ type: String, _ counts: [AgencyCount]) -> String {
        let most = counts.map(\.count).max() ?? 0, least = counts.map(\.count).min() ?? 0
        func names(_ n: Int) -> String {
            counts.filter { $0.count == n }.map { agencyName($0.agency) }.joined(separator: template(.trainerCount, "and"))
        }
        return template(.trainerCount, "agency_extremes", ["type": typeName(type), "most": names(most), "most_count": "\(most)",
                                                            "least": names(least), "least_count": "\(least)"])
    }

    /// True when the question compares: its compare words, or "how do they differ" about the places it names.
    func comparing(_ u: Understanding) -> Bool {
        u.mode == "compare" || (u.mode == "defined" && (u.provinces.count > 1 || u.slots["region"] != nil || u.types.count > 1 && !u.provinces.isEmpty))
    }

    /// What the registers hold, when the question asks for what they do not (an attribute of
    /// trainers, another year): no figure in its place.
    func notHeld(_ n: NormalizedText) -> String? {
        let year = knowledge.registers.first?.yearBE ?? 0
        guard let asked = matcher.unheldQualifier(in: n, registerYear: year) else { return nil }
        return template(.trainerCount, "not_held", ["asked": asked, "year": "\(year)"])
    }

    func unknownProvince(_ n: NormalizedText) -> String {
        var names = matcher.provincesBeginning(withSubjectOf: n).map(provinceName)
        if names.isEmpty { names = matcher.provinceSuggestions(for: n).map(provinceName) }
        let suggestion = names.isEmpty ? "" : template(.trainerCount, "suggestions", ["names": names.joined(separator: template(.trainerCount, "or"))])
        return template(.trainerCount, "unknown_province", ["suggestions": suggestion])
    }

    func trainerCoverage(_ u: Understanding) -> String {
        var answer = trainerCoverageBody(u)
        // Within a region ("ภาคตะวันออก วิทยากรหลักมีกี่คน อยู่จังหวัดไหนบ้าง"): the region's total too.
        if u.slots["province"] == nil, !u.namesOtherBody, let code = u.slots["region"], let region = catalogue.lexicon.region(code: code),
           let grouping = region.groupings.first {
            let type = u.slots["trainer_type"], agency = u.slots["agency"]
            let total = grouping.provinces.filter { !u.excluded.contains($0) }.reduce(0) { $0 + count(in: $1, agency: agency, type: type) }
            answer += "\n" + template(.trainerCoverage, "region_total", ["region": region.name, "scheme": grouping.scheme,
                                                                        "what": what(agency: agency, type: type), "total": "\(total)"])
        }
        return u.excluded.isEmpty || u.slots["province"] != nil ? answer : leftOutNote(u.excluded, .trainerCoverage) + "\n" + answer
    }

    private func trainerCoverageBody(_ u: Understanding) -> String {
        let year = String(knowledge.registers.first?.yearBE ?? 0)
        let type = u.slots["trainer_type"]
        let agency = u.slots["agency"]
        if u.namesOtherBody, agency == nil { return otherBody(year: year) }
        var what = type.map(typeName) ?? template(.trainerCoverage, "all_types")
        if let agency { what += template(.trainerCoverage, "of_agency", ["agency": agencyName(agency)]) }
        var ranking = knowledge.ranking(trainerType: type, agency: agency, mostFirst: true)
        // Within a region: its first grouping's provinces, the grouping named.
        if u.slots["province"] == nil, let code = u.slots["region"], let region = catalogue.lexicon.region(code: code),
           let grouping = region.groupings.first {
            let members = Set(grouping.provinces)
            ranking = ranking.filter { members.contains($0.province) }
            what += template(.trainerCoverage, "in_region", ["region": region.name, "scheme": grouping.scheme])
        }
        ranking.removeAll { u.excluded.contains($0.province) }
        let values = ["what": what, "year": year]
        let covered = ranking.filter { $0.count > 0 }.count
        let coverage = template(.trainerCoverage, "covered", values.merging(["covered": "\(covered)", "total": "\(ranking.count)"]) { $1 })
        if let province = u.slots["province"], let index = ranking.firstIndex(where: { $0.province == province }) {
            let count = ranking[index].count
            let rank = ranking.filter { $0.count > count }.count + 1
            return template(.trainerCoverage, "province_rank", values.merging(["province": provinceName(province), "count": "\(count)", "rank": "\(rank)", "total": "\(ranking.count)"]) { $1 })
        }
        let limit = min(max(u.number ?? 5, 1), 20)
        switch u.mode {
        case "regions":
            // The ranked regions by their first grouping, most first; equal sums share a rank.
            let sums = catalogue.lexicon.regions.filter(\.ranked).compactMap { region -> (Region, Int, Int)? in
                guard let grouping = region.groupings.first else { return nil }
                let members = grouping.provinces.filter { !u.excluded.contains($0) }
                return (region, members.reduce(0) { $0 + count(in: $1, agency: agency, type: type) }, members.count)
            }.sorted { $0.1 > $1.1 }
            var lines: [String] = []
            for (i, entry) in sums.enumerated() {
                let rank = sums.firstIndex { $0.1 == entry.1 }.map { $0 + 1 } ?? i + 1
                lines.append(template(.trainerCoverage, "region_line", ["rank": "\(rank)", "region": entry.0.name, "count": "\(entry.1)", "n": "\(entry.2)"]))
            }
            return template(.trainerCoverage, "regions", values.merging(["lines": lines.joined(separator: "\n")]) { $1 })
        case "gaps":
            let none = ranking.filter { $0.count == 0 }.map { provinceName($0.province) }
            if none.isEmpty { return template(.trainerCoverage, "no_gaps", values.merging(["total": "\(ranking.count)"]) { $1 }) }
            return template(.trainerCoverage, "gaps", values.merging([
                "count": "\(none.count)", "names": none.joined(separator: english ? ", " : " "), "covered": "\(ranking.count - none.count)",
            ]) { $1 })
                + "\n" + coverage
        case "covered":
            // "มีกี่จังหวัดที่มีวิทยากรหลัก": how many provinces have them, first and alone.
            return coverage
        case "fewest":
            let some = ranking.filter { $0.count > 0 }.reversed()
            let zero = ranking.count - some.count
            let lines = rankLines(Array(some), limit: limit)
            var text = template(.trainerCoverage, "fewest", values.merging(["n": "\(min(limit, some.count))", "lines": lines]) { $1 })
            if zero > 0 { text += "\n" + template(.trainerCoverage, "zero_note", values.merging(["count": "\(zero)"]) { $1 }) }
            return text + "\n" + coverage
        default:
            return template(.trainerCoverage, "most", values.merging(["n": "\(min(limit, ranking.count))", "lines": rankLines(ranking, limit: limit)]) { $1 })
                + "\n" + coverage
        }
    }

    /// Ranked lines; equal counts share a rank.
    func rankLines(_ list: [ProvinceCount], limit: Int) -> String {
        var lines: [String] = []
        var rank = 0
        var previous: Int?
        for (i, item) in list.prefix(limit).enumerated() {
            if item.count != previous { rank = i + 1; previous = item.count }
            lines.append(template(.trainerCoverage, "rank_line", ["rank": "\(rank)", "province": provinceName(item.province), "count": "\(item.count)"]))
        }
        // Say when the cut-off hides provinces with the same count as the last one shown.
        if list.count > limit, limit > 0 {
            let last = list[limit - 1].count
            let tied = list[limit...].prefix { $0.count == last }.count
            if tied > 0 { lines.append(template(.trainerCoverage, "tie_note", ["count": "\(tied)", "n": "\(last)"])) }
        }
        return lines.joined(separator: "\n")
    }

    /// Trainers by province or department. A phone is shown only in a private chat with an admin or an
    /// officer, and only when the trainer agreed to share it (the snapshot holds no other phone);
    /// everyone else is told whom to ask.
    func trainerList(_ u: Understanding, chatType: ChatType, role: SenderRole) -> String {
        let province = u.slots["province"]
        let agency = u.slots["agency"]
        let type = u.slots["trainer_type"]
        var scope = ""
        if let province { scope += template(.trainerList, "scope_province", ["province": provinceName(province)]) }
        if let agency { scope += template(.trainerList, "scope_agency", ["agency": agencyName(agency)]) }
        if scope.isEmpty { scope = template(.trainerList, "scope_all") }
        if let type { scope += template(.trainerList, "scope_type", ["type": typeName(type)]) }
        let trainers = knowledge.registeredTrainers(province: province, agency: agency, trainerType: type)
        if trainers.isEmpty {
            // The registers hold counts only; no count here (one of another type would answer another question).
            let year = String(knowledge.registers.first?.yearBE ?? 0)
            return template(.trainerList, "none", ["scope": scope, "year": year, "office": knowledge.letter?.responsibleOffice ?? ""])
        }
        let limit = 30
        let showPhone = chatType == .private && (role == .admin || role == .officer)
        var lines = trainers.prefix(limit).map { t in
            let values = ["id": String(format: "T-%04lld", t.id), "name": t.name, "province": provinceName(t.province), "agency": agencyShort(t.agency), "type": typeName(t.trainerType), "phone": t.phone ?? ""]
            return template(.trainerList, showPhone && t.phone != nil ? "line_phone" : "line", values)
        }
        if trainers.count > limit { lines.append(template(.trainerList, "more", ["count": "\(trainers.count - limit)"])) }
        var text = template(.trainerList, "list", ["scope": scope, "count": "\(trainers.count)", "lines": lines.joined(separator: "\n")])
        if !showPhone && trainers.contains(where: { $0.phone != nil }) {
            text += "\n" + (chatType == .private
                ? template(.trainerList, "phone_officers_only", ["office": knowledge.letter?.responsibleOffice ?? "", "phone": knowledge.letter?.phone ?? ""])
                : template(.trainerList, "group_phone_hint"))
        }
        return text
    }
}
