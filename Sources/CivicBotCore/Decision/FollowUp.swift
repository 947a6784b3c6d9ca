/// Elliptical follow-ups as a pure merge: "แล้วแพร่ล่ะ" after a province's count asks the same
/// for แพร่; "เฉพาะขยายผล", "ของ สบส. ด้วย", "ทั้งประเทศล่ะ" change one slot of the last answer.
/// A message continues the last answer when it has a follow-up word (แล้ว, ล่ะ, เฉพาะ, ทั้งประเทศ …)
/// and names a slot or widens one, and either matches no intent or matches the last one without a
/// slot it had, or is a bare name that matches no intent (`Decider.bareLength` letters at most).
/// Otherwise it is a question of its own ("ภูเก็ตมีสักสาขามั้ย" after a count is not about trainers).
/// A correction word (`corrections`: "เอ้ย แพร่ต่างหาก") continues it too: of two names the one the
/// answer had is taken back, and the answer's own name alone asks which. Several names are all kept.
/// A bare type after a trainer answer that asks nothing of its own continues it too ("แล้ววิทยากรหลักล่ะ"
/// after a ranking ranks core trainers), and the answer's variant (its mode) carries over.
public enum FollowUp {
    /// The intents whose answers a follow-up can build on.
    public static let continuable: Set<IntentID> = [.trainerCount, .trainerCoverage, .trainerList, .agencyDuties, .glossary, .mouInfo, .agencyList]

    /// The understanding of `message` merged with `context`, or nil when it is no follow-up.
    public static func merge(_ u: Understanding, words: Set<FollowUpWord>, context: ConversationContext,
                             catalogue: IntentCatalogue, bare: Bool = false, shortQuestion: Bool = false, asks: Bool = true) -> Understanding? {
        guard continuable.contains(context.intent) else { return nil }
        // "แล้วโคราชมีกี่คน" after what วิทยากรขยายผล means: a short question that names a place or a
        // department and matches nothing asks that type's count there.
        if context.intent == .glossary, let type = context.slots["trainer_type"], u.intent == .unknown, shortQuestion,
           !u.provinces.isEmpty || !u.regions.isEmpty || !u.agencies.isEmpty {
            var merged = u
            merged.intent = .trainerCount
            merged.slots = ["trainer_type": type]
            if let p = u.provinces.first { merged.slots["province"] = p } else if let r = u.regions.first { merged.slots["region"] = r }
            if let a = u.agencies.first { merged.slots["agency"] = a }
            merged.types = [type]
            merged.terms = []
            merged.mode = nil
            merged.score = max(u.score, catalogue.intent(.trainerCount).groupMinScore)
            return merged
        }
        let takes = Set(catalogue.intent(context.intent).slots)
        // A term counts where the answer was about one ("ศพอส.ล่ะ" after what อสม. stands for); after
        // a department's duties "แล้ว พช. ล่ะ" names the department.
        // Only terms of the kinds the answer takes (agency_duties takes bodies: not "แล้ว MOU ล่ะ").
        let kinds = catalogue.intent(context.intent).termKinds
        let terms = u.terms.filter { t in kinds.isEmpty || catalogue.lexicon.glossaryTerm(t).map { kinds.contains($0.kind) } == true }
        let namesTerm = takes.contains("term") && context.slots["term"] != nil && !terms.isEmpty
        // Only what the answer takes: "แล้วเชียงใหม่ล่ะ" after a glossary answer is no glossary question.
        let namesSomething = (!u.provinces.isEmpty && takes.contains("province")) || (!u.agencies.isEmpty && takes.contains("agency"))
            || (!u.types.isEmpty && takes.contains("trainer_type")) || (!u.regions.isEmpty && takes.contains("region")) || namesTerm
            || (u.document != nil && (context.intent == .mouInfo || context.intent == .agencyDuties || context.intent == .agencyList))
        let otherProvince = words.contains(.otherProvince) && u.provinces.isEmpty && context.slots["province"] != nil
        // "ภาคตะวันตกทั้งภาค": a region named with a whole-region word (without one, `Decider` takes the province's region).
        let namedRegion = words.contains(.wholeRegion) && !u.regions.isEmpty
        let changesScope = words.contains(.nationwide) || words.contains(.allAgencies) || words.contains(.allTypes) || otherProvince || namedRegion
        // A correction ("เพชรบูรณ์ครับ ไม่ใช่เพชรบุรี"): of two names, the one the answer had is taken back.
        var u = u
        if words.contains(.correction) {
            if u.provinces.count > 1, let p = context.slots["province"] { u.provinces.removeAll { $0 == p } }
            if u.agencies.count > 1, let a = context.slots["agency"] { u.agencies.removeAll { $0 == a } }
        }
        // A bare name ("ชลบุรี?", "พิษณุโลก บ้าง") that matches no intent continues the answer too, and
        // so does a short question about a name that alone is no question the bot knows
        // ("กรมการปกครองกี่คน", "ของกรมกิจการผู้สูงอายุมีไหม" after a count).
        let bareName = (bare || shortQuestion) && namesSomething && u.intent == .unknown
        guard namesSomething || changesScope, words.contains(.marker) || words.contains(.correction) || changesScope || bareName else { return nil }
        // A thank-you or greeting around it ("ขอบคุณค่ะ แล้วมหาสารคามล่ะคะ") is still the follow-up.
        // So is a bare type after a trainer answer that asks nothing of its own ("แล้ววิทยากรหลักล่ะ"
        // after a ranking is the ranking of core trainers, not their count): the plain count a type
        // word alone makes, not a list or a ranking asked for ("แล้วรายชื่อวิทยากรหลักล่ะ").
        let trainers: Set<IntentID> = [.trainerCount, .trainerCoverage, .trainerList]
        let elliptical = u.intent == .unknown || u.intent == .greeting
            || (!asks && words.contains(.marker) && u.intent == .trainerCount && u.mode == nil && trainers.contains(context.intent))
        let sameWithout = u.intent == context.intent && context.slots.keys.contains { u.slots[$0] == nil }
        guard elliptical || sameWithout else { return nil }
        var slots = context.slots
        if let p = u.provinces.first, takes.contains("province") { slots["province"] = p; slots["region"] = nil }
        if u.provinces.isEmpty, let r = u.regions.first, takes.contains("region") { slots["region"] = r; slots["province"] = nil }
        if let a = u.agencies.first, takes.contains("agency") { slots["agency"] = a; slots["term"] = nil }
        if u.types.count == 1, takes.contains("trainer_type") { slots["trainer_type"] = u.types[0] }
        if namesTerm, let t = terms.first {
            // The new term, with its own party and type or none (not the last term's).
            slots["term"] = t
            slots["agency"] = takes.contains("agency") ? catalogue.lexicon.glossaryTerm(t)?.agency : nil
            if takes.contains("trainer_type") { slots["trainer_type"] = u.types.count == 1 ? u.types[0] : nil }
        }
        // "แล้วฉบับแรกล่ะ" after the MOU of พช.: that MOU, whoever is in it (the other one keeps the
        // department, which the answer leaves out).
        if let d = u.document, d > 0, context.intent == .mouInfo, u.agencies.isEmpty { slots["agency"] = nil }
        if words.contains(.nationwide) { slots["province"] = nil; slots["region"] = nil }
        if words.contains(.allAgencies) { slots["agency"] = nil }
        if words.contains(.allTypes) { slots["trainer_type"] = nil }
        if otherProvince { slots["province"] = nil }
        var merged = u
        merged.intent = context.intent
        merged.slots = slots
        // Several names in the follow-up ("ปัตตานีกับนราธิวาสด้วย", "ท้องถิ่นกี่คน ผู้สูงอายุกี่คน") are all asked for.
        merged.provinces = u.provinces.count > 1 && takes.contains("province") ? u.provinces : slots["province"].map { [$0] } ?? []
        merged.agencies = u.agencies.count > 1 && takes.contains("agency") ? u.agencies : slots["agency"].map { [$0] } ?? []
        merged.regions = slots["region"].map { [$0] } ?? []
        // An elliptical follow-up asks the same variant of the answer for what it names.
        merged.mode = u.intent == context.intent ? u.mode : context.mode
        // A continued conversation is as sure as the answer it continues.
        merged.score = max(u.score, catalogue.intent(context.intent).groupMinScore)
        merged.fuzzyProvince = u.fuzzyProvince && u.provinces.first == slots["province"]
        // "ไม่ใช่เชียงใหม่ครับ" after เชียงใหม่'s answer: which province, then.
        let takenBack = words.contains(.correction) && u.provinces.count == 1 && u.provinces.first == context.slots["province"]
        if takenBack { merged.slots["province"] = nil; merged.provinces = [] }
        merged.asksProvince = otherProvince || takenBack
        return merged
    }
}
