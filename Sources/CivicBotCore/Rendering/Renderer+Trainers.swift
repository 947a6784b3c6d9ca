
extension RenderPass {
    func trainerCount(_ u: Understanding, normalized: NormalizedText) -> String {
        let totals = knowledge.registers
        let year = String(totals.first?.yearBE ?? 0)
        let agency = u.slots["agency"]
        let type = u.slots["trainer_type"]
        if let d = u.ambiguousDistrict {
            return template(.trainerCount, "district_ambiguous", ["district": districtName(d.name), "provinces": d.provinces.map(provinceName).joined(separator: template(.trainerCount, "or"))])
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
            }
            let blocks = totals.filter { type == nil || $0.trainerType == type }.map { t in
                template(.trainerCount, "type_block", [
                    "type": typeName(t.trainerType), "total": "\(t.total)", "provinces": "\(t.provincesListed)",
                    "lines": t.counts.map { template(.trainerCount, "line", ["agency": agencyName($0.agency), "count": "\($0.count)"]) }.joined(separator: "\n"),
                ])
            }
            return template(.trainerCount, "national", ["year": year, "blocks": blocks.joined(separator: "\n")])
        }
        var parts: [String] = []
        for province in u.provinces.prefix(3) {
            let entries = knowledge.trainerCounts(province: province)
            let registered = knowledge.registeredTrainers(province: province, agency: agency).count
            if let agency {
                let core = entries.first { $0.trainerType == "core" }?.counts.first { $0.agency == agency }?.count ?? 0
                let extended = entries.first { $0.trainerType == "extended" }?.counts.first { $0.agency == agency }?.count ?? 0
                var key = (catalogue.lexicon.agency(code: agency)?.registerColumn ?? false) ? "province_agency" : "agency_not_in_register"
                if key == "province_agency", type != nil { key = "province_agency_type" }
                parts.append(template(.trainerCount, key, [
                    "province": provinceName(province), "agency": agencyName(agency), "core": "\(core)", "extended": "\(extended)", "year": year,
                    "type": type.map(typeName) ?? "", "count": "\(type == "core" ? core : extended)",
                ]))
                continue
            }
            let blocks = entries.filter { type == nil || $0.trainerType == type }.map { e in
                e.listed
                    ? template(.trainerCount, "type_block", [
                        "type": typeName(e.trainerType), "total": "\(e.total)",
                        "lines": e.counts.filter { $0.count > 0 }.map { template(.trainerCount, "line", ["agency": agencyName($0.agency), "count": "\($0.count)"]) }.joined(separator: "\n"),
                    ]).trimmingCharacters(in: .newlines)
                    : template(.trainerCount, "type_not_listed", ["type": typeName(e.trainerType)])
            }
            var text = template(.trainerCount, "province", ["province": provinceName(province), "year": year, "blocks": blocks.joined(separator: "\n")])
            text += "\n" + template(.trainerCount, "registered", ["count": "\(registered)"])
            if u.fuzzyProvince { text = template(.trainerCount, "fuzzy_note", ["province": provinceName(province)]) + "\n" + text }
            if let district = u.district {
                text = template(.trainerCount, "district_note", ["district": districtName(district), "province": provinceName(province)]) + "\n" + text
            }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n")
    }

    func unknownProvince(_ n: NormalizedText) -> String {
        let names = matcher.provinceSuggestions(for: n).map(provinceName)
        let suggestion = names.isEmpty ? "" : template(.trainerCount, "suggestions", ["names": names.joined(separator: template(.trainerCount, "or"))])
        return template(.trainerCount, "unknown_province", ["suggestions": suggestion])
    }

    func trainerCoverage(_ u: Understanding) -> String {
        let year = String(knowledge.registers.first?.yearBE ?? 0)
        let type = u.slots["trainer_type"]
        let agency = u.slots["agency"]
        var what = type.map(typeName) ?? template(.trainerCoverage, "all_types")
        if let agency { what += template(.trainerCoverage, "of_agency", ["agency": agencyName(agency)]) }
        let ranking = knowledge.ranking(trainerType: type, agency: agency, mostFirst: true)
        let values = ["what": what, "year": year]
        if let province = u.slots["province"], let index = ranking.firstIndex(where: { $0.province == province }) {
            let count = ranking[index].count
            let rank = ranking.filter { $0.count > count }.count + 1
            return template(.trainerCoverage, "province_rank", values.merging(["province": provinceName(province), "count": "\(count)", "rank": "\(rank)", "total": "\(ranking.count)"]) { $1 })
        }
        let limit = min(u.number ?? 5, 20)
        switch u.mode {
        case "gaps":
            let none = ranking.filter { $0.count == 0 }.map { provinceName($0.province) }
            if none.isEmpty { return template(.trainerCoverage, "no_gaps", values) }
            return template(.trainerCoverage, "gaps", values.merging([
                "count": "\(none.count)", "names": none.joined(separator: english ? ", " : " "), "covered": "\(ranking.count - none.count)",
            ]) { $1 })
        case "fewest":
            let some = ranking.filter { $0.count > 0 }.reversed()
            let zero = ranking.count - some.count
            let lines = rankLines(Array(some), limit: limit)
            var text = template(.trainerCoverage, "fewest", values.merging(["n": "\(min(limit, some.count))", "lines": lines]) { $1 })
            if zero > 0 { text += "\n" + template(.trainerCoverage, "zero_note", values.merging(["count": "\(zero)"]) { $1 }) }
            return text
        default:
            return template(.trainerCoverage, "most", values.merging(["n": "\(min(limit, ranking.count))", "lines": rankLines(ranking, limit: limit)]) { $1 })
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

    func trainerList(_ u: Understanding, chatType: ChatType) -> String {
        let province = u.slots["province"]
        let agency = u.slots["agency"]
        var scope = ""
        if let province { scope += template(.trainerList, "scope_province", ["province": provinceName(province)]) }
        if let agency { scope += template(.trainerList, "scope_agency", ["agency": agencyName(agency)]) }
        if scope.isEmpty { scope = template(.trainerList, "scope_all") }
        let trainers = knowledge.registeredTrainers(province: province, agency: agency)
        if trainers.isEmpty {
            let year = String(knowledge.registers.first?.yearBE ?? 0)
            var core = 0, extended = 0
            if let province {
                let entries = knowledge.trainerCounts(province: province)
                core = entries.first { $0.trainerType == "core" }?.counts.filter { agency == nil || $0.agency == agency }.reduce(0) { $0 + $1.count } ?? 0
                extended = entries.first { $0.trainerType == "extended" }?.counts.filter { agency == nil || $0.agency == agency }.reduce(0) { $0 + $1.count } ?? 0
            } else {
                let totals = knowledge.registers
                core = totals.first { $0.trainerType == "core" }?.counts.filter { agency == nil || $0.agency == agency }.reduce(0) { $0 + $1.count } ?? 0
                extended = totals.first { $0.trainerType == "extended" }?.counts.filter { agency == nil || $0.agency == agency }.reduce(0) { $0 + $1.count } ?? 0
            }
            return template(.trainerList, "none", ["scope": scope, "year": year, "core": "\(core)", "extended": "\(extended)"])
        }
        let limit = 30
        let showPhone = chatType == .private
        var lines = trainers.prefix(limit).map { t in
            let values = ["id": String(format: "T-%04lld", t.id), "name": t.name, "province": provinceName(t.province), "agency": agencyShort(t.agency), "type": typeName(t.trainerType), "phone": t.phone ?? ""]
            return template(.trainerList, showPhone && t.phone != nil ? "line_phone" : "line", values)
        }
        if trainers.count > limit { lines.append(template(.trainerList, "more", ["count": "\(trainers.count - limit)"])) }
        var text = template(.trainerList, "list", ["scope": scope, "count": "\(trainers.count)", "lines": lines.joined(separator: "\n")])
        if !showPhone && trainers.contains(where: { $0.phone != nil }) { text += "\n" + template(.trainerList, "group_phone_hint") }
        return text
    }
}
