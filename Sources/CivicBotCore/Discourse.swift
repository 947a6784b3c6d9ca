/// What tells a question to the bot from an announcement, a thank-you or a caption, in a group:
/// data in `Intents/lexicon/discourse.yaml`, with examples of each that `civicbot check` runs.
/// In a group the bot speaks unaddressed only to a message that asks (a question marker) and
/// announces nothing (no announcement marker).
public struct Discourse: Sendable, Decodable, Equatable {
    /// Words and marks that ask: กี่, ไหม, อะไร, ใคร, ?, ขอทราบ …
    public let questionMarkers: [String]
    /// Words that announce, thank, forward or caption: ฝากประชาสัมพันธ์, ขอบคุณ, ภาพกิจกรรม …
    public let announcementMarkers: [String]
    /// Units of a count ("5 คน"): a message that states a number of them states a figure, and so
    /// announces (it tells how many rather than asking).
    public let countUnits: [String]
    /// Group messages that are questions to answer.
    public let questions: [String]
    /// Group messages with domain words that are not questions to the bot.
    public let announcements: [String]
    /// The words of elliptical follow-ups ("แล้วลำปางล่ะ", "ทั้งประเทศล่ะ").
    public let followUp: FollowUp
    /// Announcement markers that are also a polite close ("ขอบคุณครับ" after a question): they
    /// announce only when nothing in the message asks.
    public let closings: [String]
    /// Words of the bot's field that no intent's topic or name covers ("@bot ขอตัวเลขหน่อย"): a
    /// message that tags the bot with one is on topic and gets an answer (`IntentMatcher.namesTopic`).
    public let topicWords: [String]
    /// Words that hold an intent's phrase without meaning it ("เจ้าหน้าที่" holds หน้าที่): a phrase
    /// found only inside one of these counts for no intent.
    public let wordsHolding: [String]
    /// Words that give a number rather than ask for one when digits follow ("โทร 086-…", "เบอร์ 08…"):
    /// right before digits, they count for no intent.
    public let givenNumberWords: [String]
    /// Ordinal words of a numbered clause ("ข้อแรก": 1; -1 for the last one).
    public let ordinals: [String: Int]
    /// Words for one of the MOUs by its order (`documents`: "ฉบับแรก": 1), or 0 for the other one
    /// than the last answer's ("อีกฉบับ").
    public let documents: [String: Int]
    /// What the registers do not hold (`not_in_register`): asked about, the bot says what they hold.
    public let notInRegister: NotInRegister
    /// How a Thai question names its subject (`subject`): the words before where it ends
    /// ("มีวิทยากร") that are no place. Anything else there, when no place was recognised, is a
    /// place the bot does not know ("เวียงจันทน์มีวิทยากรกี่คน"), and it asks back.
    public let subject: Subject
    /// Misspellings of the domain's own words and their repairs (`misspellings`), applied at the
    /// edge after normalisation: "วิทยากน" is วิทยากร. Only forms that are no other word.
    public let misspellings: [String: String]
    /// Words that make a person named next to them the one who asks, not the topic
    /// (`speaker`): "ผู้ใหญ่บ้านถามว่า…", "หนูเป็น อสม. …".
    public let speaker: Speaker
    /// How a group message begins (`vocatives`): calling the bot by name addresses it; calling a
    /// member by a kin word and a name, then a space, talks to them.
    public let vocatives: Vocatives
    /// Words that ask why, and the intents that answer them (`why`).
    public let why: Why

    /// The words of a call at the start of a message.
    public struct Vocatives: Sendable, Decodable, Equatable {
        /// The bot's names ("บอท"): a message that begins with one, after a kin word or not, is for the bot.
        public let botNames: [String]
        /// Kin words and titles people call each other by ("พี่", "ป้า", "ครู").
        public let kinWords: [String]
        /// Particles that may close the call ("พี่แดงคะ").
        public let particles: [String]
        /// The longest name after a kin word, in scalars.
        public let maxNameLength: Int
        /// Titles of one office-holder ("ปลัด", "นายก"): a kin word too, and with only a particle after
        /// it ("ปลัดคะ …") the call is to that person, where "พี่คะ …" calls whoever reads.
        public let titles: [String]
        /// What follows a kin word or title (and a short name) at the end when a member is asked
        /// whether they know or can answer ("…พี่เอกรู้ไหม"): theirs to answer.
        public let asksMember: [String]
        /// What follows a kin word or title (and a short name) at the start when a member's opinion
        /// is given or asked ("ลุงสมชายว่า…"): no question to the bot.
        public let says: [String]
        /// A hello glued before a kin word and the bot's name ("สวัสดีน้องบอท") calls the bot.
        public let greetings: [String]

        /// Nothing: no message is a call.
        public static let none = Vocatives(botNames: [], kinWords: [], particles: [], maxNameLength: 0, titles: [])

        /// Makes the lists.
        public init(botNames: [String], kinWords: [String], particles: [String], maxNameLength: Int, titles: [String] = [],
                    asksMember: [String] = [], says: [String] = [], greetings: [String] = []) {
            self.greetings = greetings
            self.asksMember = asksMember
            self.says = says
            self.titles = titles
            self.botNames = botNames
            self.kinWords = kinWords
            self.particles = particles
            self.maxNameLength = maxNameLength
        }

        /// Decodes the lists; `max_name_length` defaults to 8.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            botNames = try c.decodeIfPresent([String].self, forKey: .botNames) ?? []
            kinWords = try c.decodeIfPresent([String].self, forKey: .kinWords) ?? []
            particles = try c.decodeIfPresent([String].self, forKey: .particles) ?? []
            maxNameLength = try c.decodeIfPresent(Int.self, forKey: .maxNameLength) ?? 8
            titles = try c.decodeIfPresent([String].self, forKey: .titles) ?? []
            asksMember = try c.decodeIfPresent([String].self, forKey: .asksMember) ?? []
            says = try c.decodeIfPresent([String].self, forKey: .says) ?? []
            greetings = try c.decodeIfPresent([String].self, forKey: .greetings) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case botNames = "bot_names"
            case kinWords = "kin_words"
            case asksMember = "asks_member"
            case particles, titles, says, greetings
            case maxNameLength = "max_name_length"
        }
    }

    /// Words around a person's name that make the person the speaker.
    public struct Speaker: Sendable, Decodable, Equatable {
        /// Right before the name ("เป็น").
        public let before: [String]
        /// Right after the name ("ถามว่า", "อยากรู้").
        public let after: [String]
        /// A self-introduction: one of `selfWords` ("ผม", "ป้า"), one of `verbs` ("เป็น", "ทำงานที่"),
        /// any of `roles` ("ปลัด", "นัก"), then a department's name or a party's term: the asker's
        /// own department ("ผมเป็นปลัดอบต.", "หนูเป็นนักพัฒนาชุมชน"), no topic of the question.
        public let selfWords: [String]
        public let verbs: [String]
        public let roles: [String]
        /// Terms a duties question may name and still be about the asker's own department ("ตาม MOU").
        public let neutralTerms: [String]
        /// Right before a place in a self-introduction ("ผมเป็นอสม. อยู่โคราช", "ลุงเป็นอพม.ที่เชียงใหม่"):
        /// the asker's own place, no subject when the question names another place after it.
        public let places: [String]
        /// Self-words that introduce without a verb ("ดิฉันกำนัน", "ผมจนท.กกต.จังหวัด"): first-person
        /// pronouns only (a kin word such as น้า hides in หน้า).
        public let selfWithoutVerb: [String]

        /// Nothing.
        public static let none = Speaker(before: [], after: [])

        /// Makes the lists.
        public init(before: [String], after: [String], selfWords: [String] = [], verbs: [String] = [], roles: [String] = [],
                    neutralTerms: [String] = [], places: [String] = [], selfWithoutVerb: [String] = []) {
            self.neutralTerms = neutralTerms
            self.places = places
            self.selfWithoutVerb = selfWithoutVerb
            self.before = before
            self.after = after
            self.selfWords = selfWords
            self.verbs = verbs
            self.roles = roles
        }

        enum CodingKeys: String, CodingKey {
            case before, after, verbs, roles, places
            case selfWords = "self"
            case selfWithoutVerb = "self_without_verb"
            case neutralTerms = "neutral_terms"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(before: try c.decode([String].self, forKey: .before), after: try c.decode([String].self, forKey: .after),
                      selfWords: try c.decodeIfPresent([String].self, forKey: .selfWords) ?? [],
                      verbs: try c.decodeIfPresent([String].self, forKey: .verbs) ?? [],
                      roles: try c.decodeIfPresent([String].self, forKey: .roles) ?? [],
                      neutralTerms: try c.decodeIfPresent([String].self, forKey: .neutralTerms) ?? [],
                      places: try c.decodeIfPresent([String].self, forKey: .places) ?? [],
                      selfWithoutVerb: try c.decodeIfPresent([String].self, forKey: .selfWithoutVerb) ?? [])
        }
    }

    /// Attributes and years the registers do not hold.
    public struct NotInRegister: Sendable, Decodable, Equatable {
        /// Words for attributes of trainers the registers do not record (ผู้หญิง, อายุ, วุฒิ, ค่าตอบแทน …).
        public let attributes: [String]
        /// Words for years other than the registers' own (ปีหน้า, ปีที่แล้ว …).
        public let otherYears: [String]
        /// The words a year number follows (ปี, พ.ศ.): "ปี 2565" asks about 2565.
        public let yearWords: [String]
        /// Words that introduce the question after a preamble (อยากทราบว่า): these words and years
        /// count only after the last of them.
        public let askedAfter: [String]

        /// Nothing.
        public static let none = NotInRegister(attributes: [], otherYears: [], yearWords: [])

        /// Makes the lists.
        public init(attributes: [String], otherYears: [String], yearWords: [String], askedAfter: [String] = []) {
            self.attributes = attributes
            self.otherYears = otherYears
            self.yearWords = yearWords
            self.askedAfter = askedAfter
        }

        /// Decodes the lists; `asked_after` is optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            attributes = try c.decode([String].self, forKey: .attributes)
            otherYears = try c.decode([String].self, forKey: .otherYears)
            yearWords = try c.decode([String].self, forKey: .yearWords)
            askedAfter = try c.decodeIfPresent([String].self, forKey: .askedAfter) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case attributes
            case otherYears = "other_years"
            case yearWords = "year_words"
            case askedAfter = "asked_after"
        }
    }

    /// Where a Thai question's subject ends, and the words before it that name no place.
    public struct Subject: Sendable, Decodable, Equatable {
        /// Where the subject ends: มีวิทยากร, วิทยากร.
        public let ends: [String]
        /// Words that may stand before it without naming a place (fillers, polite words, "ตอนนี้").
        public let fillers: [String]
        /// Questions whose subject is a place the bot does not know (for `civicbot check`).
        public let unknownPlaces: [String]
        /// Words a district name follows in a subject ("อ.ปาย", "เขตบางรัก").
        public let districtWords: [String]
        /// Words a place follows anywhere in the question ("วิทยากรหลักในสิงคโปร์…"): what stands
        /// right after one, when it is no name and no filler, is a place the bot does not know.
        public let placeMarkers: [String]
        /// Places outside Thailand (countries, their cities, "ต่างประเทศ"): named anywhere in a
        /// trainer question that names no province, they are asked about, never counted.
        public let abroad: [String]
        /// Words after which a place is only looked for when it looks like a province's name
        /// ("ที่เพชร": the beginning of two names, or near one): relative words such as ที่ also
        /// begin ordinary clauses ("วิทยากรที่ลงทะเบียน").
        public let nameMarkers: [String]
        /// Words of a place smaller than a district ("ตำบลหนองบัว", "หมู่บ้านเชียงราย"): a province's
        /// name right after one names the subdistrict or village, not the province, so it is asked about.
        public let subdistrictWords: [String]
        /// Words for the asker's own place ("ที่นี่", "จังหวัดเรา"): a trainer question about it that
        /// names no place is asked back (which province?), never answered with the national figures.
        public let hereWords: [String]
        /// The here-words that point back to the place just spoken of ("ที่นั่น", "จังหวัดนั้น"): after
        /// an answer about a province, a question with one of these is about that province.
        public let thatWords: [String]
        /// Words that point back to the department just spoken of ("กรมนั้น", "หน่วยงานเดิม"): after an
        /// answer about a department, a question with one of these that names none is about it.
        public let thatAgencyWords: [String]
        /// Words that name part of a region right after its name ("อีสานใต้", "ภาคกลางตอนล่าง"): no
        /// grouping the lexicon holds, so the bot says what it can answer instead of the whole region.
        public let regionParts: [String]
        /// Words that leave the places after them out ("ไม่นับ กทม.", "ยกเว้นเชียงใหม่และลำพูน"): a
        /// province named right after one (or after such a province and a joining word) is left out
        /// of a ranking or a sum, never the place asked about.
        public let excludeWords: [String]
        /// Words that may stand between an exclude word and the province ("ไม่นับจังหวัดน่าน").
        public let excludeFillers: [String]
        /// Words that join two left-out places ("และ", "กับ").
        public let excludeJoiners: [String]
        /// Words that say where the asker is ("อยู่หาดใหญ่ค่ะ", "ผมมาจากลำปาง"): a message that asks
        /// nothing and names one place with one of these sets the place of the questions that follow.
        public let statementWords: [String]
        /// Words after which the party of every MOU is the other side, not the subject
        /// ("…ตามที่ตกลงกับ กกต."): dropped when the message names another party or a party's term.
        public let counterpartyWords: [String]
        /// Words that ask which province ("จังหวัดไหน"): a ranking that follows a province's answer
        /// ranks every province, not that one.
        public let whichPlace: [String]
        /// Words after which a province named with a region is part of it ("ภาคกลางรวม กทม."), not the place asked about.
        public let includeWords: [String]
        /// Words that begin exactly one district's name but stand for none ("บ้านใหม่", a village
        /// name all over the country, begins only บ้านใหม่ไชยพจน์; "เหนือ" only เหนือคลอง): never
        /// read as the beginning of that district's name.
        public let notDistrictBeginnings: [String]
        /// Words a district's whole name follows ("อำเภอ"): a district's name found at the end of
        /// longer unknown letters after one ("อำเภอโคกมะพร้าวทอง" holds พร้าว) is no district asked.
        public let districtNameWords: [String]
        /// Words that state where the asker is after which a district's name counts, short names,
        /// particles after it and unique beginnings too ("อยู่ปายเจ้า", "บ้านอยู่อรัญฯ"), with the
        /// district words and `district_name_words`.
        public let statedDistrictWords: [String]
        /// Words that begin province nicknames ("เมือง" of เมืองสามหมอก): such a nickname is matched
        /// exactly, never as a near spelling ("เมืองทอง" is none of them).
        public let nicknamePrefixes: [String]

        /// Nothing.
        public static let none = Subject(ends: [], fillers: [], unknownPlaces: [], districtWords: [])

        /// Makes the lists.
        public init(ends: [String], fillers: [String], unknownPlaces: [String], districtWords: [String] = [], placeMarkers: [String] = []) {
            self.ends = ends
            self.fillers = fillers
            self.unknownPlaces = unknownPlaces
            self.districtWords = districtWords
            self.placeMarkers = placeMarkers
            self.abroad = []
            self.nameMarkers = []
            self.subdistrictWords = []
            self.hereWords = []
            self.thatWords = []
            self.thatAgencyWords = []
            self.regionParts = []
            self.excludeWords = []
            self.excludeFillers = []
            self.excludeJoiners = []
            self.statementWords = []
            self.counterpartyWords = []
            self.whichPlace = []
            self.includeWords = []
            self.notDistrictBeginnings = []
            self.districtNameWords = []
            self.statedDistrictWords = []
            self.nicknamePrefixes = []
        }

        /// Decodes the section; `district_words` is optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            ends = try c.decode([String].self, forKey: .ends)
            fillers = try c.decode([String].self, forKey: .fillers)
            unknownPlaces = try c.decodeIfPresent([String].self, forKey: .unknownPlaces) ?? []
            districtWords = try c.decodeIfPresent([String].self, forKey: .districtWords) ?? []
            placeMarkers = try c.decodeIfPresent([String].self, forKey: .placeMarkers) ?? []
            abroad = try c.decodeIfPresent([String].self, forKey: .abroad) ?? []
            nameMarkers = try c.decodeIfPresent([String].self, forKey: .nameMarkers) ?? []
            subdistrictWords = try c.decodeIfPresent([String].self, forKey: .subdistrictWords) ?? []
            hereWords = try c.decodeIfPresent([String].self, forKey: .hereWords) ?? []
            thatWords = try c.decodeIfPresent([String].self, forKey: .thatWords) ?? []
            thatAgencyWords = try c.decodeIfPresent([String].self, forKey: .thatAgencyWords) ?? []
            regionParts = try c.decodeIfPresent([String].self, forKey: .regionParts) ?? []
            excludeWords = try c.decodeIfPresent([String].self, forKey: .excludeWords) ?? []
            excludeFillers = try c.decodeIfPresent([String].self, forKey: .excludeFillers) ?? []
            excludeJoiners = try c.decodeIfPresent([String].self, forKey: .excludeJoiners) ?? []
            statementWords = try c.decodeIfPresent([String].self, forKey: .statementWords) ?? []
            counterpartyWords = try c.decodeIfPresent([String].self, forKey: .counterpartyWords) ?? []
            whichPlace = try c.decodeIfPresent([String].self, forKey: .whichPlace) ?? []
            includeWords = try c.decodeIfPresent([String].self, forKey: .includeWords) ?? []
            notDistrictBeginnings = try c.decodeIfPresent([String].self, forKey: .notDistrictBeginnings) ?? []
            districtNameWords = try c.decodeIfPresent([String].self, forKey: .districtNameWords) ?? []
            statedDistrictWords = try c.decodeIfPresent([String].self, forKey: .statedDistrictWords) ?? []
            nicknamePrefixes = try c.decodeIfPresent([String].self, forKey: .nicknamePrefixes) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case ends, fillers, abroad
            case unknownPlaces = "unknown_places"
            case districtWords = "district_words"
            case placeMarkers = "place_markers"
            case nameMarkers = "name_markers"
            case subdistrictWords = "subdistrict_words"
            case hereWords = "here_words"
            case thatWords = "that_words"
            case thatAgencyWords = "that_agency_words"
            case regionParts = "region_parts"
            case excludeWords = "exclude_words"
            case excludeFillers = "exclude_fillers"
            case excludeJoiners = "exclude_joiners"
            case statementWords = "statement_words"
            case counterpartyWords = "counterparty_words"
            case whichPlace = "which_place"
            case includeWords = "include_words"
            case notDistrictBeginnings = "not_district_beginnings"
            case districtNameWords = "district_name_words"
            case statedDistrictWords = "stated_district_words"
            case nicknamePrefixes = "nickname_prefixes"
        }
    }

    /// The words that make a message continue the last answer instead of asking anew.
    public struct FollowUp: Sendable, Decodable, Equatable {
        /// แล้ว, ล่ะ, เฉพาะ, ส่วน …: the message builds on the last answer.
        public let markers: [String]
        /// ทั้งประเทศ, ทั่วประเทศ: the same question for the whole country (the province goes).
        public let nationwide: [String]
        /// ทุกกรม, ทุกหน่วยงาน: every department (the department goes).
        public let allAgencies: [String]
        /// ทั้งสองประเภท, ทุกประเภท: both trainer types (the type goes).
        public let allTypes: [String]
        /// Words that ask for the total of what was just given ("รวมเป็นเท่าไหร่"), asked alone.
        public let sum: [String]
        /// Words that correct the last question ("ต่างหาก", "ไม่ใช่"): of two names, the one the
        /// answer had is taken back.
        public let corrections: [String]
        /// Words for the whole region of the last answer's province ("ทั้งภาค").
        public let wholeRegion: [String]
        /// จังหวัดอื่น, other province: the same question for a province not yet named (the bot
        /// asks which; the quick-reply button under a province answer sends it).
        public let otherProvince: [String]
        /// Words that hold a marker but are none (`not_markers`: แค่ไหน is "how much", not แค่ "only").
        public let notMarkers: [String]
        /// Messages that continue the last answer, with what they mean (for `civicbot check`).
        public let examples: [Example]

        /// One follow-up example: after `after`, `text` yields `intent` with `slots`.
        public struct Example: Sendable, Decodable, Equatable {
            /// The question answered first.
            public let after: String
            /// The follow-up.
            public let text: String
            /// The intent it must yield.
            public let intent: String
            /// The slots it must yield.
            public let slots: [String: String]
        }

        /// No follow-up words.
        public static let none = FollowUp(markers: [], nationwide: [], allAgencies: [], allTypes: [], examples: [])

        /// Makes the words.
        public init(markers: [String], nationwide: [String], allAgencies: [String], allTypes: [String],
                    otherProvince: [String] = [], examples: [Example]) {
            self.markers = markers
            self.nationwide = nationwide
            self.allAgencies = allAgencies
            self.allTypes = allTypes
            self.otherProvince = otherProvince
            self.notMarkers = []
            self.sum = []
            self.corrections = []
            self.wholeRegion = []
            self.examples = examples
        }

        /// Decodes the `follow_up` block; `other_province` is optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            markers = try c.decode([String].self, forKey: .markers)
            nationwide = try c.decode([String].self, forKey: .nationwide)
            allAgencies = try c.decode([String].self, forKey: .allAgencies)
            allTypes = try c.decode([String].self, forKey: .allTypes)
            otherProvince = try c.decodeIfPresent([String].self, forKey: .otherProvince) ?? []
            notMarkers = try c.decodeIfPresent([String].self, forKey: .notMarkers) ?? []
            sum = try c.decodeIfPresent([String].self, forKey: .sum) ?? []
            corrections = try c.decodeIfPresent([String].self, forKey: .corrections) ?? []
            wholeRegion = try c.decodeIfPresent([String].self, forKey: .wholeRegion) ?? []
            examples = try c.decodeIfPresent([Example].self, forKey: .examples) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case markers, nationwide, examples
            case allAgencies = "all_agencies"
            case allTypes = "all_types"
            case otherProvince = "other_province"
            case notMarkers = "not_markers"
            case sum, corrections
            case wholeRegion = "whole_region"
        }
    }

    /// Asking why: a question only of what the documents explain (what the centres are for, why
    /// the MOUs were made), not of the registers' figures, which say how many and never why
    /// ("ทำไมปีนี้ไม่มีวิทยากรจากท้องถิ่นมาเลย"). Unaddressed in a group, a message that asks with
    /// nothing but one of these, of another intent, is no question to the bot.
    public struct Why: Sendable, Decodable, Equatable {
        /// Words that ask why (question markers too).
        public let markers: [String]
        /// The intents whose answers say why.
        public let answeredBy: [IntentID]
        /// Words that put the why to the group and ask nothing else ("ใครรู้", "บ้าง").
        public let framing: [String]
        /// Group messages asking why that are questions to the bot (`asked`) and that are not (`not_asked`).
        public let asked: [String]
        public let notAsked: [String]

        /// Nothing asks why.
        public static let none = Why(markers: [], answeredBy: [])

        /// Makes the lists.
        public init(markers: [String], answeredBy: [IntentID], framing: [String] = [], asked: [String] = [], notAsked: [String] = []) {
            self.framing = framing
            self.markers = markers
            self.answeredBy = answeredBy
            self.asked = asked
            self.notAsked = notAsked
        }

        /// Decodes the lists; the examples are optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            markers = try c.decode([String].self, forKey: .markers)
            answeredBy = try c.decode([IntentID].self, forKey: .answeredBy)
            framing = try c.decodeIfPresent([String].self, forKey: .framing) ?? []
            asked = try c.decodeIfPresent([String].self, forKey: .asked) ?? []
            notAsked = try c.decodeIfPresent([String].self, forKey: .notAsked) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case markers, asked, framing
            case answeredBy = "answered_by"
            case notAsked = "not_asked"
        }
    }

    /// No markers: every message counts as a question (a catalogue without the file).
    public static let none = Discourse(questionMarkers: [], announcementMarkers: [], questions: [], announcements: [], followUp: .none)

    /// Makes the markers.
    public init(questionMarkers: [String], announcementMarkers: [String], questions: [String], announcements: [String], followUp: FollowUp) {
        self.questionMarkers = questionMarkers
        self.announcementMarkers = announcementMarkers
        self.countUnits = []
        self.questions = questions
        self.announcements = announcements
        self.followUp = followUp
        self.closings = []
        self.topicWords = []
        self.wordsHolding = []
        self.givenNumberWords = []
        self.ordinals = [:]
        self.documents = [:]
        self.notInRegister = .none
        self.subject = .none
        self.misspellings = [:]
        self.speaker = .none
        self.vocatives = .none
        self.why = .none
    }

    /// Decodes the file; `follow_up` is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        questionMarkers = try c.decode([String].self, forKey: .questionMarkers)
        announcementMarkers = try c.decode([String].self, forKey: .announcementMarkers)
        countUnits = try c.decodeIfPresent([String].self, forKey: .countUnits) ?? []
        questions = try c.decodeIfPresent([String].self, forKey: .questions) ?? []
        announcements = try c.decodeIfPresent([String].self, forKey: .announcements) ?? []
        followUp = try c.decodeIfPresent(FollowUp.self, forKey: .followUp) ?? .none
        closings = try c.decodeIfPresent([String].self, forKey: .closings) ?? []
        topicWords = try c.decodeIfPresent([String].self, forKey: .topicWords) ?? []
        wordsHolding = try c.decodeIfPresent([String].self, forKey: .wordsHolding) ?? []
        givenNumberWords = try c.decodeIfPresent([String].self, forKey: .givenNumberWords) ?? []
        ordinals = try c.decodeIfPresent([String: Int].self, forKey: .ordinals) ?? [:]
        documents = try c.decodeIfPresent([String: Int].self, forKey: .documents) ?? [:]
        notInRegister = try c.decodeIfPresent(NotInRegister.self, forKey: .notInRegister) ?? .none
        subject = try c.decodeIfPresent(Subject.self, forKey: .subject) ?? .none
        misspellings = try c.decodeIfPresent([String: String].self, forKey: .misspellings) ?? [:]
        speaker = try c.decodeIfPresent(Speaker.self, forKey: .speaker) ?? .none
        vocatives = try c.decodeIfPresent(Vocatives.self, forKey: .vocatives) ?? .none
        why = try c.decodeIfPresent(Why.self, forKey: .why) ?? .none
    }

    enum CodingKeys: String, CodingKey {
        case questions, announcements
        case followUp = "follow_up"
        case questionMarkers = "question_markers"
        case announcementMarkers = "announcement_markers"
        case countUnits = "count_units"
        case closings
        case topicWords = "topic_words"
        case wordsHolding = "words_holding"
        case givenNumberWords = "given_number_words"
        case notInRegister = "not_in_register"
        case subject, misspellings, speaker, ordinals, vocatives, documents, why
    }
}

/// A follow-up word's role.
public enum FollowUpWord: Sendable, Hashable {
    /// The message builds on the last answer.
    case marker
    /// The whole country: the province goes.
    case nationwide
    /// Every department: the department goes.
    case allAgencies
    /// Both trainer types: the type goes.
    case allTypes
    /// Another province, not named yet: the province goes and the bot asks which.
    case otherProvince
    /// A word that holds a marker but is none (แค่ไหน): found so that the marker inside it is not.
    case notMarker
    /// The total of what was just given ("รวมเป็นเท่าไหร่"): after one type's count, both and their sum.
    case sum
    /// A correction of the last question ("ต่างหาก"): it continues the answer.
    case correction
    /// The whole region of the last answer's province ("ทั้งภาค").
    case wholeRegion
}
