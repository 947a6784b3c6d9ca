import Foundation

/// The bot's whole decision as pure functions: a message, the sender's role, the conversation
/// context and a knowledge snapshot in; a `Decision` and the next context out. Group etiquette,
/// the roles-in-chat rules and the empty and too-long rules all live here.
public struct Decider: Sendable {
    /// Longest message the bot reads, in characters; longer ones get a polite refusal.
    public static let maxMessageLength = 2_000
    /// Longest message, in letters of its compact form, that a bare name can be ("พิษณุโลก บ้าง",
    /// "ขอของตากด้วยค่ะ"): a follow-up without a follow-up word; longer ones ask their own question.
    public static let bareLength = 16

    /// The matcher over Intents/.
    public let matcher: IntentMatcher
    /// Renders answers from the snapshot.
    public let renderer: Renderer
    /// The bot's own username, without `@`.
    public let username: String

    /// A decider for the bot called `username`.
    public init(matcher: IntentMatcher, username: String = "civicbot") {
        self.matcher = matcher
        self.renderer = Renderer(matcher: matcher)
        self.username = username
    }

    /// Step one: addressing, normalisation and understanding; no knowledge needed.
    public func interpret(_ message: Message) -> Interpretation {
        let addressing = Addressing.parse(message.text, botUsername: username)
        let addressed = addressing.command != nil || addressing.mentioned || message.repliesToBot || message.mentionsBot
        let speaks = message.chatType == .private || addressed
        func early(_ decision: Decision) -> Interpretation {
            Interpretation(message: message, addressing: addressing, addressed: addressed, normalized: ThaiNormalizer.normalize(""),
                           understanding: .unknown, early: decision)
        }
        if addressing.forOtherBot { return early(.silent(Self.silence, .otherBot)) }
        // UTF-8 length bounds the character count from above: count characters only when it might matter.
        if message.text.utf8.count > Self.maxMessageLength, message.text.count > Self.maxMessageLength {
            // The refusal is in the language of the message's beginning (enough to tell, cheap to read).
            let language = Language.of(ThaiNormalizer.normalize(String(message.text.prefix(500))))
            return early(speaks ? short(.unknown, "too_long", ["max": "\(Self.maxMessageLength)"], language: language) : .silent(Self.silence, .unreadable))
        }
        let normalized = matcher.normalize(addressing.text)
        var understanding: Understanding
        if let command = addressing.command, !message.isForwarded, let intent = matcher.intent(forCommand: command) {
            understanding = Understanding.unknown
            understanding.intent = intent
        } else if addressing.command == nil, normalized.isEmpty {
            return early(speaks ? short(.unknown, "empty") : .silent(Self.silence, .unreadable))
        } else {
            understanding = matcher.understand(normalized)
        }
        if message.isForwarded, understanding.intent.isAdmin {
            // A forwarded message is never a command: read as ordinary text, its admin request is not carried out.
            understanding = .unknown
        }
        // "บอทครับ …", "น้องบอท …": a group message that calls the bot by name is addressed, as a tag is.
        let called = !addressed && message.chatType == .group && matcher.call(in: normalized) == .bot
        return Interpretation(message: message, addressing: addressing, addressed: addressed || called, normalized: normalized,
                              understanding: understanding, early: nil)
    }

    /// Step two: the decision and the next context for this chat and user. `role` is needed only
    /// when `interpretation.needsRole`; nil counts as a volunteer.
    public func decide(_ i: Interpretation, role: SenderRole?, context: ConversationContext?,
                       knowledge: KnowledgeSnapshot, now: Date) -> (Decision, ConversationContext?) {
        if let early = i.early { return (early, context) }
        var u = resolve(i.understanding, normalized: i.normalized, context: context)
        // "อีกฉบับ" after the MOU of a department in one of them: the other one, by its order (the
        // department of the answer, not one the message names: "แล้วอีกฉบับของ พช. ล่ะ" is พช.'s).
        if u.document == 0, u.intent == .mouInfo, i.understanding.agencies.isEmpty, let code = context?.slots["agency"] {
            let others = knowledge.mous.indices.filter { !knowledge.mous[$0].parties.contains(code) }
            if others.count == 1 {
                u.document = others[0] + 1
                u.slots["agency"] = nil
                u.agencies = []
            }
        }
        // "ลงนามโดยใครบ้าง" right after the term of พช.'s MOU: one MOU's own fact (who signed, its term,
        // notice, amendment, date), asked without a department or a document, is of the MOU just answered.
        if let context, context.intent == .mouInfo, u.intent == .mouInfo, let agency = context.slots["agency"],
           u.slots["agency"] == nil, u.agencies.isEmpty, u.document == nil, let mode = u.mode, Self.oneMOUModes.contains(mode),
           i.normalized.compactScalars.count <= Self.topicFollowUpLength {
            u.slots["agency"] = agency
            u.agencies = [agency]
        }
        // "ใครเป็นคนสั่งทำป้าย": who does something no clause of the MOUs says is no duties question
        // (unknown: in a group, silence; in a private chat, what the bot can answer).
        // Found, and all one department's: that department is the slot the answer fills.
        if u.intent == .agencyDuties, u.mode == "who_does", u.slots["agency"] == nil {
            let found = Renderer.whoDoesClauses(i.normalized, matcher: matcher, knowledge: knowledge)
            if found.isEmpty {
                u.intent = .unknown
                u.slots = [:]
                u.mode = nil
            } else if u.slots["term"] == nil, Set(found.map(\.agency)).count == 1, let agency = found.first?.agency {
                u.slots["agency"] = agency
            }
        }
        let message = i.message
        if message.chatType == .group, !i.addressed { (u.asks, u.announces) = matcher.discourse(of: i.normalized, answeredAs: u.intent) }
        let silent = Reply(intent: u.intent, slots: u.slots, text: nil, language: u.language)
        let definition = matcher.catalogue.intent(u.intent)
        // A command (/help) is always on topic; a tag or a reply to the bot only when the message names something it knows.
        let onTopic = { i.addressing.command != nil || matcher.namesTopic(i.normalized) }
        guard ReplyPolicy.shouldAnswer(u, definition: definition, chatType: message.chatType, addressed: i.addressed, onTopic: onTopic) else {
            return (.silent(silent, .chatter), context)
        }
        if u.intent.isAdmin {
            return (admin(i, role: role ?? .volunteer), context)
        }
        if u.asksProvince {
            // "จังหวัดอื่น": which province? The context stays, so the bare name that comes next continues it.
            let text = (try? renderer.text(.unknown, "which_province", language: u.language)) ?? ""
            return (.clarify(Reply(intent: u.intent, slots: u.slots, text: text, language: u.language)), context)
        }
        if Self.statementIntents.contains(u.intent), let place = statedPlace(u, i.normalized) {
            // "อยู่หาดใหญ่ค่ะ": noted; the trainer questions that follow without a place are about it.
            let lexicon = matcher.catalogue.lexicon, english = u.language == .english
            let province = (english ? lexicon.province(named: place.province)?.english : nil) ?? place.province
            var values = ["province": province], key = "place_noted"
            if let d = place.district {
                values["district"] = (english ? lexicon.districts.first { $0.name == d }?.english : nil) ?? d
                key = "place_noted_district"
            }
            let text = (try? renderer.text(.unknown, key, values, language: u.language)) ?? ""
            var slots = ["province": place.province]
            if let district = place.district { slots["district"] = district }
            return (.answer(Reply(intent: .unknown, slots: slots, text: text, language: u.language)), nextContext(u, normalized: i.normalized, at: now))
        }
        do {
            let text = try renderer.answer(u, normalized: i.normalized, chatType: message.chatType, role: role ?? .volunteer, knowledge: knowledge)
            let reply = Reply(intent: u.intent, slots: u.slots, text: text, language: u.language)
            let next = u.intent == .unknown ? context : nextContext(u, normalized: i.normalized, at: now)
            // A district name several provinces share is a question back, and nothing to build on.
            if u.ambiguousDistrict != nil || u.regionPart != nil { return (.clarify(reply), context) }
            return (.answer(reply), next)
        } catch {
            return (fallback(u), context)
        }
    }

    /// The understanding in its conversation: a follow-up merged with the context it continues,
    /// and "ทั้งหลักและขยายผล" read as both types (not as the one type word found in it).
    /// The longest message (scalars, spaces left out) that continues an answer by naming one of
    /// its variants only.
    public static let topicFollowUpLength = 30
    /// The mou_info variants that are one MOU's own facts (a follow-up keeps the MOU just answered).
    static let oneMOUModes: Set<String> = ["signatories", "term", "notice", "amendment", "signed_when"]

    /// Thai letters at most of a question that asks only for a variant of the last answer
    /// ("ยกเลิกก่อนได้ไหม ต้องแจ้งก่อนกี่วันคะ" after an MOU answer).
    public static let modeQuestionLength = 40

    /// The Thai letters of a message (no digits, marks of punctuation or Latin words).
    static func thaiLetters(_ n: NormalizedText) -> Int { n.compactScalars.reduce(0) { $0 + ((0x0E01...0x0E4E).contains($1) ? 1 : 0) } }
    /// The answers about trainers that a place carries over to (misspelt provinces, districts, refinements).
    static let trainerAnswers: Set<IntentID> = [.trainerCount, .trainerCoverage, .trainerList]
    /// The answers one of the MOUs can narrow ("ฉบับแรก").
    static let documentAnswers: Set<IntentID> = [.mouInfo, .agencyDuties, .agencyList]
    /// Scalars outside the names at most (`lettersOutsideNames`), for a follow-up to count as a bare
    /// name ("ของกรมกิจการผู้สูงอายุอะ").
    public static let bareOutsideNames = 6
    /// Scalars outside the names at most, for a follow-up to count as a short question.
    public static let shortOutsideNames = 14
    /// The most letters a short question continuing an answer may leave unknown ("กรมการปกครองกี่คน"
    /// leaves คน); more are a question of its own ("ภูเก็ตมีสักสาขามั้ยคะ").
    public static let followUpUnknownLetters = 3

    public func resolve(_ understanding: Understanding, normalized: NormalizedText, context: ConversationContext?) -> Understanding {
        var u = understanding
        let words = context != nil || u.slots["trainer_type"] != nil ? matcher.followUpWords(in: normalized) : []
        // After a trainer answer, "หลักล่ะ" names a type with a word that alone names none.
        var asked = u
        // "ฉบับแรก", "อีกฉบับ": which MOU, for the answers about the MOUs and their parties' duties.
        if Self.documentAnswers.contains(u.intent) || context.map({ Self.documentAnswers.contains($0.intent) }) == true {
            asked.document = matcher.document(in: normalized)
            u.document = asked.document
        }
        if let context, FollowUp.continuable.contains(context.intent), asked.types.isEmpty {
            asked.types = matcher.followUpTypeCodes(in: normalized)
        }
        // "แล้วบ้านผมบุรีรำล่ะ": a misspelt province in a short follow-up of a trainer answer (the
        // reply says which province it understood, as for any misspelt name).
        if let context, Self.trainerAnswers.contains(context.intent), asked.intent == .unknown, asked.provinces.isEmpty,
           asked.regions.isEmpty, words.contains(.marker), normalized.compactScalars.count <= Self.topicFollowUpLength,
           let province = matcher.misspeltProvince(in: normalized) {
            asked.provinces = [province]
            asked.fuzzyProvince = true
        }
        // "แล้วอำเภอเกาะสมุยล่ะ": a district in a follow-up of a trainer answer stands for its province.
        if let context, Self.trainerAnswers.contains(context.intent), asked.intent == .unknown,
           asked.provinces.isEmpty, asked.regions.isEmpty, let named = matcher.namedDistrict(in: normalized) {
            asked.provinces = [named.province]
            asked.district = named.district
        }
        // Short is measured without the names: "ของกรมสนับสนุนบริการสุขภาพกี่คนจ๊ะ" is a short question.
        // (Counted only when the message is longer than a bare name: shorter ones pass either way.)
        let outsideNames = context == nil || normalized.compactScalars.count <= Self.bareLength ? 0 : matcher.lettersOutsideNames(in: normalized)
        if let context, !u.intent.isAdmin,
           let merged = FollowUp.merge(asked, words: words, context: context, catalogue: matcher.catalogue,
                                       bare: normalized.compactScalars.count <= Self.bareLength || outsideNames <= Self.bareOutsideNames,
                                       shortQuestion: asked.intent == .unknown
                                           && (normalized.compactScalars.count <= Self.topicFollowUpLength || outsideNames <= Self.shortOutsideNames)
                                           && matcher.discourse(of: normalized).asks
                                           && matcher.unknownLetters(in: normalized) <= Self.followUpUnknownLetters,
                                       asks: matcher.asksOwnQuestion(normalized)) {
            u = merged
            // A variant the follow-up asks for itself ("แล้วฉบับแรกมีอายุกี่ปีล่ะ" after who signed) wins over the answer's.
            if let mode = matcher.mode(of: context.intent, in: normalized) { u.mode = mode }
        }
        // "ขยายผลมีเท่าไหร่" right after a province's count: the same question refined (a type or a
        // department named, no place), for the same place; the reply names the place it counts.
        if let context, u.intent == context.intent, Self.trainerAnswers.contains(u.intent),
           u.provinces.isEmpty, u.regions.isEmpty, !u.types.isEmpty || !u.agencies.isEmpty, !words.contains(.nationwide),
           normalized.compactScalars.count <= Self.topicFollowUpLength, !matcher.mentionsProvinceWord(normalized),
           let key = ["province", "region"].first(where: { context.slots[$0] != nil }), u.slots[key] == nil,
           let place = context.slots[key] {
            u.slots[key] = place
            if key == "province" { u.provinces = [place] } else { u.regions = [place] }
        }
        // A short message that is another intent's request but for the topic the answer set
        // ("ขอรายชื่อหน่อย" after a count) is that intent over the answer's slots.
        if let context, u.intent == .unknown, !context.intent.isAdmin, normalized.compactScalars.count <= Self.topicFollowUpLength,
           let next = matcher.catalogue.intents.first(where: {
               $0.follows.contains(context.intent) && matcher.meetsAllButTopic($0.id, in: normalized)
                   // A ranking only when one is asked for ("จังหวัดไหนมากสุด"), not for "ที่ไหนบ้าง" or "กี่จังหวัด"
                   // after a province's count; after a national one, "กี่จังหวัด" asks how many provinces have them.
                   && ($0.id != .trainerCoverage || matcher.mode(of: .trainerCoverage, in: normalized).map { $0 != "covered" } == true
                       || (context.slots["province"] == nil && context.slots["region"] == nil && !matcher.asksWhichPlace(normalized)))
           }) {
            let takes = Set(next.slots)
            var slots = context.slots.filter { takes.contains($0.key) }
            // "จังหวัดไหนมากสุด" after a province's count ranks every province, not that one.
            if next.id == .trainerCoverage, matcher.asksWhichPlace(normalized) { slots["province"] = nil }
            for (key, value) in u.slots where takes.contains(key) { slots[key] = value }
            u.intent = next.id
            u.slots = slots
            u.provinces = slots["province"].map { [$0] } ?? []
            u.agencies = slots["agency"].map { [$0] } ?? []
            u.regions = slots["region"].map { [$0] } ?? []
            // The variant the message asks of it ("กี่จังหวัด": how many provinces; "น้อยสุด": the fewest).
            u.mode = matcher.mode(of: next.id, in: normalized)
            u.score = max(u.score, next.groupMinScore)
        }
        // A short question that names no topic but asks for one answer variant of the last
        // answer's intent continues it: "มีอายุกี่ปี" after an MOU answer, "ตั้งตั้งแต่ปีไหน" after a
        // centre answer, "แยกตามกรมได้ไหม" after a count.
        // Measured in Thai letters: a phone number or an English filler ("ขอ confirm หน่อย") around it
        // does not make it long; a question may be longer than a bare request. A thank-you around it
        // ("for the report ค่ะ ยกเลิกก่อนได้ไหม แจ้งกี่วัน thx") is still the question.
        if let context, u.intent == .unknown || (u.intent == .greeting && matcher.discourse(of: normalized).asks),
           !context.intent.isAdmin, u.provinces.isEmpty, u.agencies.isEmpty, u.regions.isEmpty,
           normalized.compactScalars.count <= Self.topicFollowUpLength
               || Self.thaiLetters(normalized) <= (matcher.discourse(of: normalized).asks ? Self.modeQuestionLength : Self.topicFollowUpLength),
           let mode = matcher.mode(of: context.intent, in: normalized) {
            let definition = matcher.catalogue.intent(context.intent)
            u.intent = context.intent
            u.slots = context.slots
            u.provinces = context.slots["province"].map { [$0] } ?? []
            u.agencies = context.slots["agency"].map { [$0] } ?? []
            u.regions = context.slots["region"].map { [$0] } ?? []
            u.mode = mode
            u.score = max(u.score, definition.groupMinScore)
        }
        // Two departments ("กรมการปกครองกับกรมพัฒนาชุมชน"): the answer is the breakdown by department,
        // never the first one's figure alone; compared ("ใครมีมากกว่า"), with the verdict between them.
        if u.intent == .trainerCount, Set(u.agencies).count > 1, u.slots["agency"] != nil {
            u.slots["agency"] = nil
            if u.provinces.isEmpty, u.slots["region"] == nil, u.mode == nil { u.mode = "by_agency" }
        }
        // "แล้ว mou นี้มีผลนานแค่ไหน" after the CDD's duties, "แล้วติดต่อใครได้บ้าง" after ลำพูน's count:
        // a document question that goes on from the last answer (a follow-up word) and names no
        // department or place of its own asks it of the last answer's (trainer questions have the
        // rules above).
        // Not when the message names a body or term of its own ("แล้ว กศน. มีหน้าที่อะไร"), or a district.
        if let context, words.contains(.marker), u.intent != context.intent, u.intent != .unknown, !u.intent.isAdmin,
           !Self.trainerAnswers.contains(u.intent), !words.contains(.nationwide), !words.contains(.allAgencies),
           !u.namesOtherBody, u.slots["term"] == nil, u.district == nil, u.ambiguousDistrict == nil,
           !u.terms.contains(where: { matcher.catalogue.lexicon.glossaryTerm($0)?.kind != "other" }) {
            let takes = Set(matcher.catalogue.intent(u.intent).slots)
            if takes.contains("agency"), u.slots["agency"] == nil, u.agencies.isEmpty, let agency = context.slots["agency"] {
                u.slots["agency"] = agency
                u.agencies = [agency]
            }
            if takes.contains("province"), u.slots["province"] == nil, u.provinces.isEmpty, u.regions.isEmpty,
               !matcher.mentionsProvinceWord(normalized), let province = context.slots["province"] {
                u.slots["province"] = province
                u.provinces = [province]
            }
        }
        if words.contains(.allTypes), u.slots["trainer_type"] != nil {
            u.slots["trainer_type"] = nil
            u.types = []
        }
        // "ทั้งภาคล่ะ" after ภูเก็ต's count: the same question for the province's region.
        if let context, words.contains(.wholeRegion), let province = context.slots["province"], Self.trainerAnswers.contains(context.intent),
           matcher.catalogue.intent(context.intent).slots.contains("region"),
           u.intent == .unknown || u.intent == context.intent, u.provinces.isEmpty, u.regions.isEmpty,
           let region = matcher.catalogue.lexicon.regions.first(where: { $0.groupings.first?.provinces.contains(province) == true }) {
            let takes = Set(matcher.catalogue.intent(context.intent).slots)
            var slots = context.slots
            slots["province"] = nil
            if takes.contains("region") { slots["region"] = region.code }
            if let type = u.types.first, u.types.count == 1 { slots["trainer_type"] = type }
            if let agency = u.agencies.first { slots["agency"] = agency }
            if words.contains(.allTypes) { slots["trainer_type"] = nil }
            u.intent = context.intent
            u.slots = slots
            u.provinces = []
            u.regions = [region.code]
            u.agencies = slots["agency"].map { [$0] } ?? []
            u.score = max(u.score, matcher.catalogue.intent(context.intent).groupMinScore)
        }
        // "รวมเป็นเท่าไหร่" after one type's count: both types for the same place and department, with their sum.
        if let context, words.contains(.sum), !words.contains(.nationwide), !words.contains(.allAgencies), !words.contains(.otherProvince),
           context.intent == .trainerCount, context.slots["trainer_type"] != nil,
           u.intent == .unknown || u.intent == .trainerCount, u.types.isEmpty, u.provinces.isEmpty, u.agencies.isEmpty, u.regions.isEmpty,
           normalized.compactScalars.count <= Self.topicFollowUpLength {
            u.intent = .trainerCount
            u.slots = context.slots
            u.slots["trainer_type"] = nil
            u.provinces = context.slots["province"].map { [$0] } ?? []
            u.agencies = context.slots["agency"].map { [$0] } ?? []
            u.regions = context.slots["region"].map { [$0] } ?? []
            u.mode = nil
            u.score = max(u.score, matcher.catalogue.intent(.trainerCount).groupMinScore)
        }
        // "บ้านอยู่อ.ปัว จังหวัดเรามีวิทยากรกี่คน": the district the message itself states is the asker's place.
        if u.namesHere, u.asksProvince, u.provinces.isEmpty, u.regions.isEmpty, !words.contains(.otherProvince), !words.contains(.correction),
           let named = matcher.namedDistrict(in: normalized) ?? matcher.districtAfterWord(in: normalized) {
            u.asksProvince = false
            u.slots["province"] = named.province
            u.provinces = [named.province]
            u.district = named.district
        }
        // "ที่นี่มีวิทยากรหลักกี่คน" after "ผมอยู่อำเภอพิมาย": the place the asker stated, not a question
        // back (after an answer about another province, the asker's own place is still unknown).
        if u.namesHere, u.asksProvince, !words.contains(.otherProvince), let context, context.intent == .unknown,
           let province = context.slots["province"],
           matcher.catalogue.intent(u.intent).slots.contains("province") {
            u.asksProvince = false
            u.slots["province"] = province
            u.provinces = [province]
        }
        // "ที่นั่นมีวิทยากรขยายผลกี่คน" after "ลำปางมีวิทยากรกี่คน": the province the last answer was about.
        if u.namesHere, u.asksProvince, !words.contains(.otherProvince), !words.contains(.correction), let context,
           context.intent != .unknown, let province = context.slots["province"], matcher.pointsBackToPlace(normalized),
           matcher.catalogue.intent(u.intent).slots.contains("province") {
            u.asksProvince = false
            u.slots["province"] = province
            u.provinces = [province]
        }
        // "กรมนั้นในพะเยามีวิทยากรขยายกี่คน", "กรมนั้นมีกี่ข้อ" after an answer about a department: that department.
        if u.agencies.isEmpty, u.slots["agency"] == nil, let context, context.intent != .unknown, let agency = context.slots["agency"],
           matcher.pointsBackToAgency(normalized), matcher.catalogue.intent(u.intent).slots.contains("agency") {
            u.slots["agency"] = agency
            u.agencies = [agency]
        }
        // "มีวิทยากรขยายผลกี่คนคะ" after "อยู่หาดใหญ่ค่ะ": a trainer question that names no place is
        // about the place the asker stated (the reply names it).
        if let context, context.intent == .unknown, let province = context.slots["province"],
           u.intent == .trainerCount || u.intent == .trainerList, u.slots["province"] == nil, u.slots["region"] == nil,
           u.regions.isEmpty, u.excluded.isEmpty, !u.asksProvince, !words.contains(.nationwide), !matcher.mentionsProvinceWord(normalized) {
            u.slots["province"] = province
            u.provinces = [province]
        }
        return u
    }

    /// What a message that asks nothing may have matched and still be a statement of where the asker
    /// is ("ผมเป็นอาสาสมัคร ศส.ปชต. อยู่อำเภอเสลภูมิครับ" names the centres; "สวัสดีครับ ผมอยู่ อ.แม่สะเรียง" greets).
    static let statementIntents: Set<IntentID> = [.unknown, .greeting, .centerInfo, .glossary]

    /// The context an answer to `u` leaves for the next message: the intent, slots and variant (mode) answered, or
    /// (for a message no intent matched) the place it states the asker is at, or nil.
    public func nextContext(_ u: Understanding, normalized: NormalizedText, at: Date) -> ConversationContext? {
        if Self.statementIntents.contains(u.intent), let place = statedPlace(u, normalized) {
            return ConversationContext(intent: .unknown, slots: ["province": place.province], at: at)
        }
        return u.intent == .unknown ? nil : ConversationContext(intent: u.intent, slots: u.slots, mode: u.mode, at: at)
    }

    /// The one place a message that asks nothing says the asker is at ("ผมอยู่อำเภอพิมายครับ"), or nil.
    func statedPlace(_ u: Understanding, _ normalized: NormalizedText) -> (province: String, district: String?)? {
        // The asker's role may come with it ("เราเป็น อสม. อ.ธาตุพนม"): names of departments and terms are allowed.
        guard u.regions.isEmpty, matcher.statesPlace(normalized), !matcher.discourse(of: normalized).asks,
              !matcher.followUpWords(in: normalized).contains(.correction), u.excluded.isEmpty else { return nil }
        if u.provinces.count == 1 { return (u.provinces[0], nil) }
        if u.provinces.isEmpty, let named = matcher.namedDistrict(in: normalized) { return (named.province, named.district) }
        return nil
    }

    /// The admin rules: an unaddressed group message naming no trainer id is chatter; a non-admin
    /// is refused wherever they ask; an admin in a group is pointed to a private chat.
    func admin(_ i: Interpretation, role: SenderRole) -> Decision {
        let u = i.understanding
        let message = i.message
        if message.chatType == .group, !i.addressed, u.intent == .trainerUpdate || u.intent == .trainerRemove,
           TrainerID.all(in: i.addressing.text).isEmpty {
            return .silent(Reply(intent: u.intent, slots: u.slots, text: nil), .chatter)
        }
        guard role == .admin else {
            return .refuse(Reply(intent: u.intent, slots: u.slots, text: (try? renderer.text(u.intent, "refused")) ?? ""))
        }
        guard message.chatType == .private else {
            return .answer(Reply(intent: u.intent, slots: u.slots, text: (try? renderer.text(u.intent, "private_only")) ?? ""))
        }
        return .admin(AdminCommand(intent: u.intent, slots: u.slots, mode: u.mode, text: i.addressing.text, userID: message.userID))
    }

    /// The buttons under the reply of `decision` (the rules of its intent's `quick_replies:`):
    /// only under an answer in Thai in a one-to-one chat; in groups they would be noise.
    public func quickReplies(after decision: Decision, chatType: ChatType) -> [QuickReplyButton] {
        guard chatType == .private, case .answer(let reply) = decision, reply.text != nil, reply.language == .thai else { return [] }
        let rules = matcher.catalogue.intent(reply.intent).quickReplies
        guard !rules.isEmpty else { return [] }
        return QuickReplies.buttons(rules, slots: reply.slots, lexicon: matcher.catalogue.lexicon)
    }

    /// The polite refusal of a message too long to read (the `unknown` intent's `too_long` template).
    public func tooLong() -> Reply {
        short(.unknown, "too_long", ["max": "\(Self.maxMessageLength)"]).reply
    }

    /// The reply when rendering failed.
    public func fallback(_ u: Understanding) -> Decision {
        short(.unknown, "error", intent: u.intent, slots: u.slots, language: u.language)
    }

    /// A one-template reply.
    func short(_ templateIntent: IntentID, _ key: String, _ values: [String: String] = [:],
               intent: IntentID = .unknown, slots: [String: String] = [:], language: Language = .thai) -> Decision {
        .answer(Reply(intent: intent, slots: slots, text: (try? renderer.text(templateIntent, key, values, language: language)) ?? "", language: language))
    }

    static let silence = Reply(intent: .unknown, slots: [:], text: nil)
}
