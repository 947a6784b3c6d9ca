/// The reply templates the answerer fills, with the placeholders each may use. `civicbot check`
/// and the tests hold Intents/ to this, so a template typo never reaches a chat.
public enum TemplateRequirements {
    /// intent → template key → allowed placeholders.
    public static let required: [IntentID: [String: Set<String>]] = [
        .help: ["text": []],
        .greeting: ["text": [], "thanks": [], "line_join": [], "line_follow": []],
        .unknown: ["private": [], "addressed": [], "empty": [], "too_long": ["max"], "error": [], "line_cut": [], "which_province": [], "place_noted": ["province"], "place_noted_district": ["district", "province"]],
        .trainerCount: [
            "province": ["province", "year", "blocks"], "type_block": ["type", "total", "lines", "provinces"],
            "type_not_listed": ["type"], "line": ["agency", "count"], "registered": ["count"],
            "national": ["year", "blocks"], "agency_national": ["agency", "core", "extended", "year"],
            "agency_national_type": ["agency", "type", "count", "year"],
            "province_agency": ["province", "agency", "core", "extended", "year", "type", "count"],
            "province_agency_type": ["province", "agency", "core", "extended", "year", "type", "count"],
            "agency_not_in_register": ["agency", "year", "province", "core", "extended"], "fuzzy_note": ["province"],
            "district_note": ["district", "province"], "district_ambiguous": ["district", "provinces"], "region_part": ["region"],
            "unknown_province": ["suggestions"], "suggestions": ["names"], "or": [],
            "region": ["region", "scheme", "n", "year", "provinces", "blocks"],
            "region_agency": ["region", "scheme", "n", "year", "provinces", "agency", "core", "extended", "type", "count"],
            "region_agency_type": ["region", "scheme", "n", "year", "provinces", "agency", "core", "extended", "type", "count"],
            "both_types_total": ["total"], "other_body": ["year", "agencies"], "not_held": ["asked", "year"],
            "agency_extremes": ["type", "most", "most_count", "least", "least_count"], "and": [],
            "types_defined": ["year", "core", "core_provinces", "extended", "extended_provinces"],
            "compare_more": ["more", "less", "what", "diff", "x", "y"], "compare_tie": ["a", "b", "what", "x"],
            "compare_types": ["where", "diff", "extended", "core"],
            "compare_types_core": ["where", "diff", "extended", "core"], "compare_types_tie": ["where", "diff", "extended", "core"], "compare_all": [], "compare_of_agency": ["agency"], "nationwide": [],
            "left_out": ["provinces"], "provinces_total": ["n", "provinces", "what", "total"],
        ],
        .trainerCoverage: [
            "all_types": [], "of_agency": ["agency"], "most": ["what", "year", "n", "lines"], "fewest": ["what", "year", "n", "lines"],
            "zero_note": ["what", "year", "count"], "rank_line": ["rank", "province", "count"], "tie_note": ["count", "n"],
            "gaps": ["what", "year", "count", "names", "covered"], "no_gaps": ["what", "year", "total"],
            "province_rank": ["what", "year", "province", "count", "rank", "total"],
            "covered": ["what", "year", "covered", "total"], "in_region": ["region", "scheme"], "left_out": ["provinces"],
            "region_total": ["region", "scheme", "what", "total"], "regions": ["what", "year", "lines"],
            "region_line": ["rank", "region", "count", "n"],
        ],
        .trainerList: [
            "scope_province": ["province"], "scope_agency": ["agency"], "scope_type": ["type"], "scope_all": [],
            "none": ["scope", "year", "office"], "list": ["scope", "count", "lines"],
            "line": ["id", "name", "province", "agency", "type", "phone"], "line_phone": ["id", "name", "province", "agency", "type", "phone"],
            "more": ["count"], "group_phone_hint": [], "phone_officers_only": ["office", "phone"],
        ],
        .agencyDuties: [
            "duties": ["agency", "mou", "heading", "count", "clauses"], "clause": ["number", "text"], "no_clause": ["agency", "number"],
            "via_term": ["term", "agency"], "unknown_body": [], "not_party": ["name", "parties"], "which_agency": ["parties"], "party_line": ["mou"],
            "who_does": ["lines"], "who_line": ["agency", "mou", "number", "text"],
        ],
        .agencyList: ["list": ["count", "agencies", "partners", "lines"], "mou_line": ["n", "parties", "count", "partners"]],
        .mouInfo: [
            "mou_name": ["parties"], "parties": ["first", "partners"], "partners_and": ["others", "last"], "missing": [], "term_header": [], "term_stated": ["mou", "years", "text"],
            "term_not_stated": ["mou"], "notice_header": [], "notice_stated": ["mou", "days", "text"], "notice_not_stated": ["mou"],
            "amendment_header": [], "amendment_stated": ["mou", "text"], "amendment_not_stated": ["mou"],
            "signatories": ["mou", "lines"], "signatory_line": ["name", "title"], "witness_line": ["name", "title"],
            "letter": ["reference", "date", "sender", "subject", "addressees", "signer", "signer_title"],
            "purpose": ["title", "purpose"], "constitution": ["quote"], "overview_line": ["n", "parties"], "signed_when": ["reference", "date"],
            "overview": ["title", "count", "lines", "letter", "term", "notice"],
        ],
        .centerInfo: [
            "overview": ["founded", "purpose", "rollout_quote", "members", "rollout", "programmes"],
            "founded": ["founded", "purpose", "rollout_quote", "members", "rollout", "programmes"],
            "rollout": ["founded", "purpose", "rollout_quote", "members", "rollout", "programmes"],
            "rollout_line": ["year", "scope"],
            "programmes": ["founded", "purpose", "rollout_quote", "members", "rollout", "programmes"],
            "programme_line": ["name", "quote"],
            "members": ["founded", "purpose", "rollout_quote", "members", "rollout", "programmes"],
            "abroad": ["place"],
        ],
        .glossary: ["term": ["term", "expansion", "meaning"], "word": ["term", "meaning"], "types_defined": ["year", "core", "core_provinces", "extended", "extended_provinces"], "list": ["lines"], "list_line": ["term", "expansion"]],
        .contact: [
            "contact": ["office", "sender", "phone", "fax", "coordinator"], "local": [], "local_province": ["province"], "missing": [],
            "agency_not_held": ["agency"],
        ],
        // Admin intents (issue 4).
        .trainerRegister: AdminTemplates.register,
        .trainerUpdate: AdminTemplates.update,
        .trainerRemove: AdminTemplates.remove,
        .stats: AdminTemplates.stats,
    ]

    /// The intents that answer an English message in English (`replies_en:`, the same keys as
    /// `replies:`). The admin intents (register, update, remove, stats) answer in Thai only.
    public static let englishIntents: Set<IntentID> = [
        .help, .greeting, .unknown, .trainerCount, .trainerCoverage, .trainerList,
        .agencyDuties, .agencyList, .mouInfo, .centerInfo, .glossary, .contact,
    ]

    /// Every problem: a missing template, or a placeholder the answerer does not fill, in Thai and,
    /// for `englishIntents`, in English; an English template where none is read.
    public static func problems(in catalogue: IntentCatalogue) -> [CatalogueError] {
        var problems: [CatalogueError] = []
        if catalogue.intent(.trainerRegister).form == nil {  // issue 4: the registration form
            problems.append(CatalogueError(file: "trainer_register.yaml", key: "form", reason: "missing registration form"))
        }
        for (intent, keys) in required.sorted(by: { $0.key < $1.key }) {
            let languages: [(Language, String)] = englishIntents.contains(intent) ? [(.thai, "replies"), (.english, "replies_en")] : [(.thai, "replies")]
            for (language, section) in languages {
                let replies = catalogue.intent(intent).replies(in: language)
                for (key, allowed) in keys.sorted(by: { $0.key < $1.key }) {
                    guard let template = replies[key] else {
                        problems.append(CatalogueError(file: "\(intent.rawValue).yaml", key: "\(section).\(key)", reason: "missing reply template"))
                        continue
                    }
                    for name in Template.placeholders(in: template).subtracting(allowed).sorted() {
                        problems.append(CatalogueError(file: "\(intent.rawValue).yaml", key: "\(section).\(key)", reason: "unknown placeholder {\(name)}"))
                    }
                }
            }
            if !englishIntents.contains(intent), !catalogue.intent(intent).repliesEnglish.isEmpty {
                problems.append(CatalogueError(file: "\(intent.rawValue).yaml", key: "replies_en", reason: "admin replies are Thai only; replies_en is never read"))
            }
        }
        return problems
    }
}
