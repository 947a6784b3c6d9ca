/// Turns normalised text into an intent with slots, driven entirely by the catalogue.
/// Pure and immutable after `init`: it knows nothing of files, clocks or the store.
public final class IntentMatcher: Sendable {
    /// A named thing found in the text.
    public enum Entity: Sendable, Equatable {
        /// Index into `lexicon.provinces`.
        case province(Int)
        /// Index into `lexicon.agencies`.
        case agency(Int)
        /// Index into `lexicon.trainerTypes`.
        case trainerType(Int)
        /// Index into `lexicon.glossary`.
        case term(Int)
        /// A phrase that hides a name inside it; ignored once found.
        case blocker
        /// A province name that is also an ordinary word: counts only in context (`AmbiguityContext`).
        case ambiguousProvince(Int)
        /// A province's two-letter code with its dot ("ขก.", "อบ."): counts when what follows confirms a
        /// place (`AmbiguityContext.after`), wherever it stands, except after a number ("3 ชม." is hours).
        case dottedCode(Int)
        /// A province's two-letter code without its dot, set apart ("จ.ขก", "จังหวัด ขก"): counts only right after จังหวัด / จ.
        case provinceCode(Int)
        /// Index into `lexicon.regions`.
        case region(Int)
        /// A word naming an organisation that is none of the parties.
        case otherBody
        /// An agency's short Thai code found against other letters: counts only in context.
        case agencyCode(Int)
        /// An everyday word for a department: counts unless it sits inside a longer name (after the named ones).
        case everydayAgency(Int)
    }

    enum Role: Sendable {
        case require(group: Int)
        case signal(weight: Double)
        case exclude
        case mode(Int)
    }

    struct Signal: Sendable {
        let intent: Int
        let role: Role
    }

    struct SlotRequirement: Sendable {
        let group: Int
        let slot: String
    }

    /// What scoring reads of each intent, copied out of the catalogue once: reading it there
    /// copied the whole definition (replies, examples) for every intent of every message.
    struct IntentFacts: Sendable {
        let requireCount: Int
        /// Bits 0..<requireCount.
        let allGroups: UInt64
        let minScore: Double
        let priority: Int
        let takesProvince: Bool
        let slotKinds: [SlotKind]
        let termKinds: [String]
        /// Require groups a slot meets, as bits, by slot kind; and the groups only the province meets.
        let slotGroups: [(kind: SlotKind, groups: UInt64)]
        let provinceGroups: UInt64
        /// The mode for a body the registers and MOUs do not name (`named_body`), if the intent has one.
        let namedBodyMode: Int?
    }

    enum SlotKind: Sendable {
        case province, agency, trainerType, term, region, other

        init(_ name: String) {
            switch name {
            case "province": self = .province
            case "agency": self = .agency
            case "trainer_type": self = .trainerType
            case "term": self = .term
            case "region": self = .region
            default: self = .other
            }
        }
    }

    /// The catalogue the matcher was built from.
    public let catalogue: IntentCatalogue
    private let entities: PhraseIndex<Entity>
    /// The beginnings (3 scalars or more) of province names and aliases, for a name cut short
    /// ("สุราษฯ"): the province, or -1 when two provinces begin so.
    private let cutNames: [[UInt32]: Int]
    /// The first four scalars of every key of `cutNames`, packed, for a check without allocation.
    private let cutStarts: Set<UInt64>
    /// The first two scalars of every key of `cutStarts`, one bit per Thai pair: most positions
    /// are passed over without hashing.
    private let cutPairBits: [UInt64]
    private let ambiguity: AmbiguityChecker
    private let codes: AmbiguityChecker
    private let signals: PhraseIndex<Signal>
    private let facts: [IntentFacts]
    private let fuzzyProvinces: FuzzyMatcher
    /// Every province's name and its normalised compact form, in the lexicon's order.
    private let provinceNames: [(name: String, compact: [UInt32])]
    /// For a province's name or short form (its letters), the other provinces whose full name
    /// holds it (นครศรี: พระนครศรีอยุธยา), computed once for `longerMisspelt`.
    private let namesHolding: [[UInt32]: [Int]]
    /// The misspellings repaired at the edge (`normalize`).
    private let spelling: SpellingRepair
    private let commandIntent: [String: IntentID]
    /// Question markers (true) and announcement markers (false).
    private let discourse: PhraseIndex<Bool>
    /// Polite closes that announce only when nothing asks (`closings`).
    private let closings: PhraseIndex<Bool>
    /// The same closes as text scalars, for the start of a word (`calledAtEnd`).
    private let closingWords: [[UInt32]]
    /// Words of the bot's field beyond names and topics (`topic_words`).
    private let topicWords: PhraseIndex<Bool>
    /// What the registers do not hold: attribute words (true) and other-year words (false).
    private let unheld: PhraseIndex<Bool>
    /// `not_in_register.asked_after`: words that introduce the question after a preamble.
    private let questionIntros: PhraseIndex<Bool>
    /// The words a year number follows (ปี, พ.ศ.), normalised.
    private let yearWords: [[UInt32]]
    /// Trainer type words of follow-ups only (`follow_up` of trainer_types.yaml), by type index.
    private let followUpTypes: PhraseIndex<Int>
    /// Where a Thai question's subject ends, and the fillers before it (`subject`).
    private let subjectEnds: PhraseIndex<Bool>
    private let subjectFillers: PhraseIndex<Bool>
    /// Words a place follows anywhere in a Thai question (`subject.place_markers`).
    private let placeMarkers: PhraseIndex<Bool>
    /// Places outside Thailand (`subject.abroad`): asked about, never counted.
    private let abroad: PhraseIndex<Bool>
    /// Words after which only a province-like word is a place asked about (`subject.name_markers`: ที่).
    private let nameMarkers: PhraseIndex<Bool>
    /// Words of a place smaller than a district (`subject.subdistrict_words`).
    private let subdistrictWords: PhraseIndex<Bool>
    /// Words that leave the provinces after them out (`subject.exclude_words`), and what may stand
    /// between (`exclude_fillers`) or join two left-out provinces (`exclude_joiners`), normalised.
    private let excludeWords: PhraseIndex<Bool>
    /// `subject.statement_words`, `counterparty_words` and `which_place`.
    private let statementWords: PhraseIndex<Bool>
    private let counterpartyWords: PhraseIndex<Bool>
    private let whichPlace: PhraseIndex<Bool>
    /// `subject.include_words`.
    private let includeWords: PhraseIndex<Bool>
    private let excludeFillers: [[UInt32]]
    private let excludeJoiners: [[UInt32]]
    /// Words for the asker's own place (`subject.here_words`).
    private let hereWords: PhraseIndex<Bool>
    private let thatWords: PhraseIndex<Bool>
    private let thatAgencyWords: PhraseIndex<Bool>
    private let regionParts: PhraseIndex<Bool>
    /// `words_holding`: a phrase found inside one of these counts for no intent.
    private let holdingWords: PhraseIndex<Bool>
    /// `given_number_words`: before digits, a phrase that gives a number, asks for none.
    private let givenNumberWords: PhraseIndex<Bool>
    /// Words that make a party's person the one who asks (`speaker.before` / `speaker.after`).
    private let speakerBefore: PhraseIndex<Bool>
    private let speakerAfter: PhraseIndex<Bool>
    /// A self-introduction's words (`speaker.self`, `speaker.verbs`, `speaker.roles`).
    private let introSelf: PhraseIndex<Bool>
    private let introVerbs: PhraseIndex<Bool>
    private let introRoles: PhraseIndex<Bool>
    /// Words before the asker's own place in a self-introduction (`speaker.places`).
    private let introPlaces: PhraseIndex<Bool>
    /// First-person words that introduce without a verb (`speaker.self_without_verb`).
    private let introSelfAlone: PhraseIndex<Bool>
    /// `vocatives`, normalised: the bot's names, kin words (longest first) and closing particles.
    private let callBotNames: [[UInt32]]
    private let callKinWords: [[UInt32]]
    /// Titles of one office-holder (`vocatives.titles`), also among `callKinWords`.
    private let callTitles: [[UInt32]]
    private let callParticles: [[UInt32]]
    /// `why.markers`: words that ask why.
    private let whyMarkers: PhraseIndex<Bool>
    /// `why.framing`: words that put a why to the group ("ใครรู้…บ้าง"), asking nothing else.
    private let whyFraming: PhraseIndex<Bool>
    /// `vocatives.asks_member` and `vocatives.says`, compact.
    private let memberAsks: [[UInt32]]
    private let memberSays: [[UInt32]]
    /// `vocatives.greetings`: a hello glued before a kin word and the bot's name calls it.
    private let callGreetings: [[UInt32]]
    /// District names to the provinces that have one of that name (several for a shared name).
    private let districts: PhraseIndex<Int>
    private let districtProvinces: [(name: String, provinces: [String])]
    /// Index into `districtProvinces` of every district by its compact name (short ones too).
    private let districtBySubject: [[UInt32]: Int]
    /// Each beginning (4 scalars or more) of a district's name: the district, or -1 when several share it.
    private let districtPrefixes: [[UInt32]: Int]
    /// Words a district name follows in a subject (`subject.district_words`), normalised.
    private let districtWords: [[UInt32]]
    /// Words a district's whole name follows (`subject.district_name_words`: อำเภอ).
    private let districtNameWords: PhraseIndex<Bool>
    /// The words a district's name follows in `districtAfterWord`, as written (dot and all: "อ."
    /// must not be any อ): `district_words`, `district_name_words`, `stated_district_words`.
    private let districtStatingWords: [[UInt32]]
    /// Letters that three provinces' names or more hold (บุรี, ธานี, ราช, นคร, สมุทร …), each
    /// beginning with a consonant or a leading vowel: what a name the lexicon does not know is made of.
    private let nameParts: [[UInt32]]
    /// A province's short form → other provinces whose full name begins one letter off from it
    /// (อุดร → อุตรดิตถ์): glued to more letters, the short form may be the other name misspelt.
    private let confusableForms: [[UInt32]: [Int]]
    private let followUps: PhraseIndex<FollowUpWord>
    /// Ordinal words of a numbered clause (`ordinals`), by number (-1: the last).
    private let ordinals: PhraseIndex<Int>
    /// `documents`: one of the MOUs by its order, 0 for the other one.
    private let documents: PhraseIndex<Int>
    /// `count_units` of the discourse file, normalised: a digit run followed by one states a figure.
    private let countUnits: [[UInt32]]
    /// The same units as phrases (คน, ท่าน): known words when counting a follow-up's unknown letters.
    private let countUnitWords: PhraseIndex<Bool>
    /// The words that announce a province (`strong_before`), normalised once: dotted ones (จ.) as text.
    private let provinceWords: [(form: String, dotted: Bool)]
    /// The same words, compact (dots and spaces dropped), longest first.
    private let provinceWordsCompact: [[UInt32]]
    /// English words a place follows ("in") and words after them that are no place (`lexicon/english.yaml`).
    private let placeBefore: Set<String>
    private let notPlaces: Set<String>

    /// อำเภอ, normalised: before a district's name in a question after a self-introduction.
    static let districtWord = ThaiNormalizer.normalize("อำเภอ").compactScalars

    /// The mode of an intent's answer for a body that is no party (IntentID's modes list it).
    static let namedBodyMode = "named_body"

    /// Builds the indexes once.
    public init(catalogue: IntentCatalogue) {
        self.catalogue = catalogue
        let lexicon = catalogue.lexicon
        var entities = PhraseIndex<Entity>()
        var fuzzyNames: [(String, Int)] = []
        // Long names typed without their tone marks ("กรมสงเสริมการปกครองทองถิน", "เชียงใหม") are the
        // names: without them "การปกครอง" inside would be found alone, another department.
        func addToneless(_ name: String, rule: BoundaryRule, payload: Entity) {
            guard let bare = Self.toneless(name) else { return }
            entities.add(bare, rule: rule, payload: payload)
        }
        for (i, p) in lexicon.provinces.enumerated() {
            entities.add(p.name, rule: .syllable, payload: p.ambiguous ? .ambiguousProvince(i) : .province(i))
            addToneless(p.name, rule: .syllable, payload: p.ambiguous ? .ambiguousProvince(i) : .province(i))
            for a in p.aliases { entities.add(a, rule: .syllable, payload: .province(i)) }
            for a in p.ambiguousAliases { entities.add(a, rule: .syllable, payload: .ambiguousProvince(i)) }
            // "ขก.มี…", "วิทยากรหลัก อบ. มีกี่คน": with its dot, a code counts before a word that
            // confirms a place; without it, only after จังหวัด / จ. ("ชมวิทยากร" is praise, "รอ วิทยากร" waiting).
            for code in p.codes {
                entities.add(code + ".", rule: .dotted, payload: .dottedCode(i))
                entities.add(code, rule: .separated, payload: .provinceCode(i))
            }
            if !p.ambiguous { fuzzyNames.append((p.name, i)) }
            // Not a nickname that begins with a common word ("เมืองสามหมอก"): "เมืองทอง" is none of them.
            for a in p.aliases where !lexicon.discourse.subject.nicknamePrefixes.contains(where: { a.hasPrefix($0) }) { fuzzyNames.append((a, i)) }
        }
        for (i, a) in lexicon.agencies.enumerated() {
            entities.add(a.name, rule: .syllable, payload: .agency(i))
            addToneless(a.name, rule: .syllable, payload: .agency(i))
            for word in a.everydayNames {
                entities.add(word, rule: .syllable, payload: .everydayAgency(i))
                addToneless(word, rule: .syllable, payload: .everydayAgency(i))
            }
            for alias in a.aliases {
                entities.add(alias, rule: .abbreviation, payload: .agency(i))
                addToneless(alias, rule: .abbreviation, payload: .agency(i))
            }
            for alias in a.strictAliases {
                entities.add(alias, rule: .separated, payload: .agency(i))
                // Thai codes typed without spaces (พชมีวิทยากร): checked against `code_context`.
                if alias.unicodeScalars.contains(where: { $0.value >= 0x0E00 && $0.value <= 0x0E7F }) {
                    entities.add(alias, rule: .syllable, payload: .agencyCode(i))
                }
            }
        }
        for (i, t) in lexicon.trainerTypes.enumerated() {
            for alias in t.aliases { entities.add(alias, rule: .syllable, payload: .trainerType(i)) }
        }
        for phrase in lexicon.blockers { entities.add(phrase, rule: .syllable, payload: .blocker) }
        for word in lexicon.otherBodies { entities.add(word, rule: .abbreviation, payload: .otherBody) }
        for (i, r) in lexicon.regions.enumerated() {
            for alias in r.aliases { entities.add(alias, rule: .syllable, payload: .region(i)) }
        }
        for (i, g) in lexicon.glossary.enumerated() {
            for alias in [g.term] + g.aliases { entities.add(alias, rule: .abbreviation, payload: .term(i)) }
            for alias in g.strictAliases { entities.add(alias, rule: .separated, payload: .term(i)) }
        }
        self.entities = entities
        var cutNames: [[UInt32]: Int] = [:]
        for (i, p) in lexicon.provinces.enumerated() where !p.ambiguous {
            for name in [p.name] + p.aliases {
                let c = ThaiNormalizer.normalize(name).compactScalars
                guard c.count > 3, c.allSatisfy({ (0x0E00...0x0E7F).contains($0) }) else { continue }
                for length in 3..<c.count {
                    let prefix = Array(c.prefix(length))
                    if let held = cutNames[prefix], held != i { cutNames[prefix] = -1 } else { cutNames[prefix] = i }
                }
            }
        }
        // A beginning that is also the ending of another province's name ("บุรี" begins บุรีรัมย์,
        // and ชลบุรี and nine more end so) names none of them: asked about, never guessed.
        for (i, p) in lexicon.provinces.enumerated() {
            for name in [p.name] + p.aliases {
                let c = ThaiNormalizer.normalize(name).compactScalars
                guard c.count > 3 else { continue }
                for length in 3..<c.count {
                    let suffix = Array(c.suffix(length))
                    if let held = cutNames[suffix], held != i { cutNames[suffix] = -1 }
                }
            }
        }
        self.cutNames = cutNames
        self.cutStarts = Set(cutNames.keys.filter { $0.count == 4 }.map { Self.packed($0[0], $0[1], $0[2], $0[3]) })
        var cutPairBits = [UInt64](repeating: 0, count: 16384 / 64)
        for key in cutNames.keys where key.count == 4 {
            if let slot = PatternTable.thaiSlot(key[0], key[1]) { cutPairBits[slot >> 6] |= 1 << UInt64(slot & 63) }
        }
        self.cutPairBits = cutPairBits
        self.ambiguity = AmbiguityChecker(lexicon.ambiguityContext)
        self.codes = AmbiguityChecker(lexicon.codeContext)
        self.fuzzyProvinces = FuzzyMatcher(names: fuzzyNames)
        self.provinceNames = lexicon.provinces.map { ($0.name, ThaiNormalizer.normalize($0.name).compactScalars) }
        var namesHolding: [[UInt32]: [Int]] = [:]
        for (i, p) in lexicon.provinces.enumerated() {
            for form in [p.name] + p.aliases {
                let letters = ThaiNormalizer.normalize(form).compactScalars
                guard !letters.isEmpty, letters.contains(where: { $0 >= 0x0E00 }) else { continue }
                for (j, other) in provinceNames.enumerated() where j != i && other.compact.count > letters.count + 2
                    && other.compact.count >= FuzzyMatcher.minimumLength {
                    let name = other.compact
                    if (0...(name.count - letters.count)).contains(where: { k in name[k..<(k + letters.count)].elementsEqual(letters) }),
                       !(namesHolding[letters] ?? []).contains(j) {
                        namesHolding[letters, default: []].append(j)
                    }
                }
            }
        }
        self.namesHolding = namesHolding
        self.spelling = SpellingRepair(lexicon.discourse.misspellings)

        var signals = PhraseIndex<Signal>()
        var slotRequirements: [[SlotRequirement]] = []
        var commandIntent: [String: IntentID] = [:]
        for (n, intent) in catalogue.intents.enumerated() {
            var slotReqs: [SlotRequirement] = []
            for (g, group) in intent.require.enumerated() {
                for phrase in group {
                    if phrase.hasPrefix("$") {
                        slotReqs.append(SlotRequirement(group: g, slot: String(phrase.dropFirst())))
                    } else {
                        signals.add(phrase, rule: .syllable, payload: Signal(intent: n, role: .require(group: g)))
                    }
                }
            }
            for (phrase, weight) in intent.signals {
                signals.add(phrase, rule: .syllable, payload: Signal(intent: n, role: .signal(weight: weight)))
            }
            for phrase in intent.exclude {
                signals.add(phrase, rule: .syllable, payload: Signal(intent: n, role: .exclude))
            }
            for (m, mode) in intent.modes.enumerated() {
                for phrase in mode.phrases {
                    signals.add(phrase, rule: .syllable, payload: Signal(intent: n, role: .mode(m)))
                }
            }
            for command in intent.commands { commandIntent[command.lowercased()] = intent.id }
            slotRequirements.append(slotReqs)
        }
        self.signals = signals
        self.facts = zip(catalogue.intents, slotRequirements).map { intent, reqs in
            func bits(_ groups: [Int]) -> UInt64 { groups.reduce(0) { $0 | (1 << UInt64($1)) } }
            let kinds = Set(reqs.map { SlotKind($0.slot) })
            return IntentFacts(
                requireCount: intent.require.count, allGroups: intent.require.isEmpty ? 0 : (UInt64.max >> UInt64(64 - intent.require.count)),
                minScore: intent.minScore, priority: intent.priority, takesProvince: intent.slots.contains("province"),
                slotKinds: intent.scoredSlots.map(SlotKind.init), termKinds: intent.termKinds,
                slotGroups: kinds.map { k in (k, bits(reqs.filter { SlotKind($0.slot) == k }.map(\.group))) },
                provinceGroups: bits(reqs.filter { $0.slot == "province" }.map(\.group)),
                namedBodyMode: intent.modes.firstIndex { $0.name == Self.namedBodyMode })
        }
        self.commandIntent = commandIntent
        var discourse = PhraseIndex<Bool>()
        for marker in lexicon.discourse.questionMarkers { discourse.add(marker, rule: .syllable, payload: true) }
        for marker in lexicon.discourse.announcementMarkers { discourse.add(marker, rule: .syllable, payload: false) }
        self.countUnits = lexicon.discourse.countUnits.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }
        self.countUnitWords = Self.wordIndex(lexicon.discourse.countUnits)
        self.discourse = discourse
        self.closings = Self.wordIndex(lexicon.discourse.closings, payload: false)
        self.closingWords = lexicon.discourse.closings.map { ThaiNormalizer.normalize($0).textScalars }.filter { !$0.isEmpty }
        self.topicWords = Self.wordIndex(lexicon.discourse.topicWords)
        let notHeld = lexicon.discourse.notInRegister
        var unheld = PhraseIndex<Bool>()
        for word in notHeld.attributes { unheld.add(word, rule: .syllable, payload: true) }
        for word in notHeld.otherYears { unheld.add(word, rule: .syllable, payload: false) }
        self.unheld = unheld
        self.questionIntros = Self.wordIndex(notHeld.askedAfter)
        self.yearWords = notHeld.yearWords.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }
        let subject = lexicon.discourse.subject
        self.subjectEnds = Self.wordIndex(subject.ends)
        self.subjectFillers = Self.wordIndex(subject.fillers)
        self.placeMarkers = Self.wordIndex(subject.placeMarkers)
        self.abroad = Self.wordIndex(subject.abroad)
        self.nameMarkers = Self.wordIndex(subject.nameMarkers)
        self.subdistrictWords = Self.wordIndex(subject.subdistrictWords)
        self.excludeWords = Self.wordIndex(subject.excludeWords)
        self.statementWords = Self.wordIndex(subject.statementWords)
        var ordinals = PhraseIndex<Int>()
        for (word, n) in lexicon.discourse.ordinals { ordinals.add(word, rule: .syllable, payload: n) }
        self.ordinals = ordinals
        var documents = PhraseIndex<Int>()
        for (word, n) in lexicon.discourse.documents { documents.add(word, rule: .syllable, payload: n) }
        self.documents = documents
        self.counterpartyWords = Self.wordIndex(subject.counterpartyWords)
        self.whichPlace = Self.wordIndex(subject.whichPlace)
        self.includeWords = Self.wordIndex(subject.includeWords)
        self.excludeFillers = subject.excludeFillers.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }
        self.excludeJoiners = subject.excludeJoiners.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }
        self.hereWords = Self.wordIndex(subject.hereWords)
        self.thatWords = Self.wordIndex(subject.thatWords)
        self.thatAgencyWords = Self.wordIndex(subject.thatAgencyWords)
        self.regionParts = Self.wordIndex(subject.regionParts)
        self.holdingWords = Self.wordIndex(lexicon.discourse.wordsHolding)
        self.givenNumberWords = Self.wordIndex(lexicon.discourse.givenNumberWords)
        self.speakerBefore = Self.wordIndex(lexicon.discourse.speaker.before)
        self.speakerAfter = Self.wordIndex(lexicon.discourse.speaker.after)
        self.introSelf = Self.wordIndex(lexicon.discourse.speaker.selfWords)
        self.introVerbs = Self.wordIndex(lexicon.discourse.speaker.verbs)
        self.introRoles = Self.wordIndex(lexicon.discourse.speaker.roles)
        self.introPlaces = Self.wordIndex(lexicon.discourse.speaker.places)
        self.introSelfAlone = Self.wordIndex(lexicon.discourse.speaker.selfWithoutVerb)
        let vocatives = lexicon.discourse.vocatives
        func words(_ list: [String]) -> [[UInt32]] {
            list.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        self.callBotNames = words(vocatives.botNames)
        self.callKinWords = words(vocatives.kinWords + vocatives.titles)
        self.callTitles = words(vocatives.titles)
        self.callParticles = words(vocatives.particles)
        self.memberAsks = words(vocatives.asksMember)
        self.whyMarkers = Self.wordIndex(lexicon.discourse.why.markers)
        self.whyFraming = Self.wordIndex(lexicon.discourse.why.framing)
        self.memberSays = words(vocatives.says)
        self.callGreetings = words(vocatives.greetings)
        var followUpTypes = PhraseIndex<Int>()
        for (i, t) in lexicon.trainerTypes.enumerated() {
            for word in t.followUp ?? [] { followUpTypes.add(word, rule: .syllable, payload: i) }
        }
        self.followUpTypes = followUpTypes
        var districts = PhraseIndex<Int>()
        var districtProvinces: [(name: String, provinces: [String])] = []
        var districtIndex: [String: Int] = [:]
        var shortDistricts: [(name: String, province: String)] = []
        for d in lexicon.districts {
            // Names of 1-3 letters (พล, คง, สอง, ปาย) are ordinary words far more often than districts:
            // they count only as the whole subject of a question ("ปายมีวิทยากรกี่คน").
            guard lexicon.province(named: d.name) == nil else { continue }
            guard d.name.unicodeScalars.count > 3 else {
                shortDistricts.append((d.name, d.province))
                continue
            }
            if let i = districtIndex[d.name] {
                districtProvinces[i].provinces.append(d.province)
            } else {
                districtIndex[d.name] = districtProvinces.count
                districts.add(d.name, rule: .syllable, payload: districtProvinces.count)
                // The English name too (Pak Chong, Mae Sai), found set apart like every Latin word;
                // not one of fewer than 6 letters (Song, Khong, Pai) nor one that names a province.
                let english = ThaiNormalizer.normalize(d.english).compactScalars
                if english.count >= 6, lexicon.province(named: d.english) == nil {
                    districts.add(d.english, rule: .syllable, payload: districtProvinces.count)
                }
                districtProvinces.append((d.name, [d.province]))
            }
        }
        // Every district by its compact form, short names too, for a question's subject.
        var bySubject: [[UInt32]: Int] = [:]
        for (i, d) in districtProvinces.enumerated() { bySubject[ThaiNormalizer.normalize(d.name).compactScalars] = i }
        for d in shortDistricts {
            let key = ThaiNormalizer.normalize(d.name).compactScalars
            if let i = bySubject[key] {
                if !districtProvinces[i].provinces.contains(d.province) { districtProvinces[i].provinces.append(d.province) }
            } else {
                bySubject[key] = districtProvinces.count
                districtProvinces.append((d.name, [d.province]))
            }
        }
        self.districtBySubject = bySubject
        var prefixes: [[UInt32]: Int] = [:]
        for (key, i) in bySubject where key.count > 4 {
            for length in 4..<key.count {
                let prefix = Array(key.prefix(length))
                if let other = prefixes[prefix], other != i { prefixes[prefix] = -1 } else { prefixes[prefix] = i }
            }
        }
        // "บ้านใหม่" (a village name everywhere) is not บ้านใหม่ไชยพจน์ (`not_district_beginnings`).
        for word in lexicon.discourse.subject.notDistrictBeginnings {
            let key = ThaiNormalizer.normalize(word).compactScalars
            if prefixes[key] != nil { prefixes[key] = -1 }
        }
        self.districtPrefixes = prefixes
        self.districtWords = lexicon.discourse.subject.districtWords.map { ThaiNormalizer.normalize($0).compactScalars }.filter { !$0.isEmpty }
        self.districtNameWords = Self.wordIndex(lexicon.discourse.subject.districtNameWords)
        self.districtStatingWords = (subject.districtWords + subject.districtNameWords + subject.statedDistrictWords)
            .map { ThaiNormalizer.normalize($0).textScalars }.filter { !$0.isEmpty }
        var holders: [[UInt32]: Set<Int>] = [:]
        for (i, p) in lexicon.provinces.enumerated() {
            let c = ThaiNormalizer.normalize(p.name).compactScalars
            for length in 3...5 where c.count >= length {
                for k in 0...(c.count - length) { holders[Array(c[k..<(k + length)]), default: []].insert(i) }
            }
        }
        self.nameParts = holders.filter { $0.value.count >= 3 && (ThaiScript.isConsonant($0.key[0]) || ThaiScript.isLeadingVowel($0.key[0])) }
            .keys.sorted { $0.lexicographicallyPrecedes($1) }
        var confusable: [[UInt32]: [Int]] = [:]
        for (i, p) in lexicon.provinces.enumerated() where !p.ambiguous {
            let full = ThaiNormalizer.normalize(p.name).compactScalars
            for form in p.aliases {
                let letters = ThaiNormalizer.normalize(form).compactScalars
                guard letters.count >= 3, letters.count < full.count, full.starts(with: letters) else { continue }
                for (j, other) in lexicon.provinces.enumerated() where j != i {
                    let name = ThaiNormalizer.normalize(other.name).compactScalars
                    guard name.count > letters.count + 1, !name.starts(with: letters),
                          FuzzyMatcher.distance(letters, Array(name.prefix(letters.count)), limit: 1) <= 1 else { continue }
                    confusable[letters, default: []].append(j)
                }
            }
        }
        self.confusableForms = confusable
        self.districts = districts
        self.districtProvinces = districtProvinces
        var followUps = PhraseIndex<FollowUpWord>()
        let f = lexicon.discourse.followUp
        for w in f.markers { followUps.add(w, rule: .syllable, payload: .marker) }
        for w in f.nationwide { followUps.add(w, rule: .syllable, payload: .nationwide) }
        for w in f.allAgencies { followUps.add(w, rule: .syllable, payload: .allAgencies) }
        for w in f.allTypes { followUps.add(w, rule: .syllable, payload: .allTypes) }
        for w in f.sum { followUps.add(w, rule: .syllable, payload: .sum) }
        for w in f.corrections { followUps.add(w, rule: .syllable, payload: .correction) }
        for w in f.wholeRegion { followUps.add(w, rule: .syllable, payload: .wholeRegion) }
        for w in f.otherProvince { followUps.add(w, rule: .syllable, payload: .otherProvince) }
        for w in f.notMarkers { followUps.add(w, rule: .syllable, payload: .notMarker) }
        self.followUps = followUps
        self.placeBefore = Set(lexicon.english.unknownPlace.before.map { ThaiNormalizer.normalize($0).text })
        self.notPlaces = Set(lexicon.english.unknownPlace.notPlaces.map { ThaiNormalizer.normalize($0).text })
        self.provinceWords = lexicon.ambiguityContext.strongBefore.compactMap { word in
            let w = ThaiNormalizer.normalize(word)
            if w.isEmpty { return nil }
            return w.text.contains(".") ? (w.text, true) : (w.compact, false)
        }
        self.provinceWordsCompact = lexicon.ambiguityContext.strongBefore.map { ThaiNormalizer.normalize($0).compactScalars }
            .filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// True when the message uses a word that announces a province (จังหวัด, จ.: the lexicon's
    /// `strong_before` words), whether or not a province was recognised.
    public func mentionsProvinceWord(_ n: NormalizedText) -> Bool {
        // "รวมทุกจังหวัด", "ทั้ง 77 จังหวัด" ask about the whole country, not a province.
        let nationwide = followUps.hits(in: n).contains { followUps.payloads[$0.entry] == .nationwide }
        if !nationwide, provinceWords.contains(where: { $0.dotted ? n.text.contains($0.form) : n.compact.contains($0.form) }) { return true }
        // "ตำบลท่าช้าง", "หมู่บ้านหนองบัว": a subdistrict or village named by a province's or a
        // district's name (many share it) is a place the registers do not count: ask its province.
        let subdistricts = subdistrictWords.hits(in: n)
        if !subdistricts.isEmpty {
            let names = entities.hits(in: n).filter { hit in
                switch entities.payloads[hit.entry] {
                case .province, .ambiguousProvince: return true
                default: return false
                }
            } + districts.hits(in: n)
            if names.contains(where: { name in subdistricts.contains { $0.end == name.start } }) { return true }
        }
        return namesUnknownPlace(n) || namesUnknownThaiSubject(n) || namesUnknownDistrict(n) || beginsWithDoubtfulPlace(n)
    }

    /// The letters glued right after a district's whole-name word (อำเภอ) when they are no name the
    /// lexicon knows and no filler: "วิทยากรหลักอำเภอเมืองมีกี่คน" (every province has its
    /// อำเภอเมือง) names a district the bot cannot place, so it asks for the province. "ทางอำเภอ
    /// ให้มาถาม" is the office (a filler follows).
    func namesUnknownDistrict(_ n: NormalizedText) -> Bool {
        let words = districtNameWords.hits(in: n)
        guard !words.isEmpty else { return false }
        let c = n.compactScalars
        let known = Self.coverage(n, by: [entities.hits(in: n), districtHits(in: n), discourse.hits(in: n), followUps.hits(in: n),
                                          subjectEnds.hits(in: n), unheld.hits(in: n), subjectFillers.hits(in: n)])
        for word in words {
            var k = word.end, letters = 0
            while k < c.count, !known[k], (0x0E01...0x0E4E).contains(c[k]) {
                if (0x0E01...0x0E2E).contains(c[k]) { letters += 1 }
                k += 1
            }
            if letters >= 2 { return true }
        }
        return false
    }

    /// A name of two meanings (น่าน, เลย, แพร่) that begins the question, before where its subject
    /// ends, with only fillers before it ("น่านบ้านเฮา มีวิทยากรหลักกี่คน"): not taken for the
    /// province without its context words, but no national figure either; the bot asks.
    func beginsWithDoubtfulPlace(_ n: NormalizedText) -> Bool {
        guard let end = subjectEnds.hits(in: n).min(by: { $0.start < $1.start })?.start, end > 0 else { return false }
        let doubtful = entities.hits(in: n).filter { hit in
            guard hit.end <= end, case .ambiguousProvince = entities.payloads[hit.entry] else { return false }
            return true
        }
        guard let first = doubtful.first else { return false }
        let fillers = Self.coverage(n, by: [discourse.hits(in: n), subjectFillers.hits(in: n)])
        return (0..<first.start).allSatisfy { fillers[$0] || !(0x0E01...0x0E2E).contains(n.compactScalars[$0]) && !(0x61...0x7A).contains(n.compactScalars[$0]) }
    }

    /// The names of two meanings that begin the question (`beginsWithDoubtfulPlace`): suggested back.
    func doubtfulPlacesBeginning(_ n: NormalizedText) -> [Int] {
        guard beginsWithDoubtfulPlace(n) else { return [] }
        return entities.hits(in: n).compactMap { hit in
            if case .ambiguousProvince(let i) = entities.payloads[hit.entry] { return i } else { return nil }
        }
    }

    /// True when the words before where a Thai question's subject ends ("…มีวิทยากร") name
    /// something that is neither a name the lexicon knows nor a filler: "เวียงจันทน์มีวิทยากรกี่คน",
    /// "สมุทรมีวิทยากรกี่คน", "ตำบลเรามีวิทยากรกี่คน". The caller asks only when it found no place.
    func namesUnknownThaiSubject(_ n: NormalizedText) -> Bool { unknownThaiSubject(n) != nil }

    /// The letters of an unknown subject place (`namesUnknownThaiSubject`), fillers left out: before
    /// where the subject ends, or else right after a place marker ("ในสิงคโปร์").
    func unknownThaiSubject(_ n: NormalizedText) -> [UInt32]? {
        subjectBeforeEnd(n) ?? placeAfterMarker(n) ?? placeAbroad(n) ?? provinceLikeAfterMarker(n)
    }

    /// The letters right after a name marker ("ที่") up to the next known word, when they are no
    /// name the lexicon knows but look like one: the beginning of a province's name ("ที่เพชร":
    /// เพชรบุรี or เพชรบูรณ์) or near one ("did you mean" distance).
    func provinceLikeAfterMarker(_ n: NormalizedText) -> [UInt32]? {
        let markers = nameMarkers.hits(in: n)
        guard !markers.isEmpty else { return nil }
        let c = n.compactScalars
        let known = Self.coverage(n, by: [entities.hits(in: n), districtHits(in: n), discourse.hits(in: n), followUps.hits(in: n),
                                          subjectEnds.hits(in: n), unheld.hits(in: n), subjectFillers.hits(in: n)])
        for m in markers {
            var k = m.end
            var run: [UInt32] = []
            while k < c.count, !known[k], (0x0E01...0x0E4E).contains(c[k]) {
                run.append(c[k])
                k += 1
            }
            guard run.count >= 3 else { continue }
            if !provinces(beginningWith: run).isEmpty || !fuzzyProvinces.suggestions(in: run, limit: 1).isEmpty { return run }
        }
        return nil
    }

    /// The letters of a place outside Thailand named anywhere in the message ("ขอยอดวิทยากรหลักลาว"),
    /// unless a name the lexicon knows holds them (the district แม่ลาว).
    func placeAbroad(_ n: NormalizedText) -> [UInt32]? {
        let hits = abroad.hits(in: n)
        guard !hits.isEmpty else { return nil }
        let known = Self.coverage(n, by: [entities.hits(in: n), districtHits(in: n)])
        guard let hit = hits.first(where: { h in !(h.start..<h.end).contains { known[$0] } }) else { return nil }
        return Array(n.compactScalars[hit.start..<hit.end])
    }

    /// The districts named in `n`, leaving out a district's name at the end of longer letters that
    /// no word the lexicon knows covers, right after a district word ("อำเภอโคกมะพร้าวทอง" holds the
    /// district พร้าว, but the district asked about is one the lexicon does not know).
    func districtHits(in n: NormalizedText) -> [PhraseHit] {
        var hits = districts.hits(in: n)
        guard !hits.isEmpty else { return hits }
        hits.removeAll { runsIntoUnknownName($0, in: n) }
        // A phrase that hides a name (`blockers`: "สองทะเบียน" holds อำเภอสอง of แพร่) hides a district's too.
        let blocked = entities.hits(in: n).filter { entities.payloads[$0.entry] == .blocker }
        if !blocked.isEmpty { hits.removeAll { hit in blocked.contains { $0.start <= hit.start && hit.end <= $0.end } } }
        let words = districtNameWords.hits(in: n)
        guard !words.isEmpty else { return hits }
        let c = n.compactScalars
        let known = Self.coverage(n, by: [entities.hits(in: n), discourse.hits(in: n), followUps.hits(in: n), subjectEnds.hits(in: n),
                                          subjectFillers.hits(in: n)])
        return hits.filter { hit in
            !words.contains { word in
                guard word.end < hit.start else { return false }
                var letters = 0
                for k in word.end..<hit.start {
                    guard !known[k], (0x0E01...0x0E4E).contains(c[k]) else { return false }
                    if (0x0E01...0x0E2E).contains(c[k]) { letters += 1 }
                }
                return letters >= 2
            }
        }
    }

    /// True when a place name runs on, in the same word, into letters no word the lexicon knows
    /// covers that begin like a part of provinces' names: "จ.ศรีนครบุรี" holds the district ศรีนคร
    /// and "จังหวัดสุพรรณราชธานี" the short form สุพรรณ, but the place asked about is neither.
    func runsIntoUnknownName(_ hit: PhraseHit, in n: NormalizedText) -> Bool {
        let c = n.compactScalars
        guard hit.end < c.count, (0x0E01...0x0E2E).contains(c[hit.end]) else { return false }
        // What follows begins like a part of provinces' names (บุรี, ธานี, ราช, นคร …), not like a
        // word of the question ("เพชรบุรีส่ง…", "เชียงใหม่ต่างกัน…"); or the short form with what
        // follows spells another province's name a letter or two off ("อุดรดิตถ์": อุตรดิตถ์).
        let confusable = confusableForms[Array(c[hit.start..<hit.end])] ?? []
        guard !confusable.isEmpty || nameParts.contains(where: { p in hit.end + p.count <= c.count && c[hit.end..<(hit.end + p.count)].elementsEqual(p) })
        else { return false }
        // Glued in the text as typed: no space or mark between the name and what follows.
        var seen = 0, textIndex = 0
        let t = n.textScalars
        while textIndex < t.count, seen < hit.end {
            if !ThaiNormalizer.isSeparator(t[textIndex]) { seen += 1 }
            textIndex += 1
        }
        guard textIndex < t.count, !ThaiNormalizer.isSeparator(t[textIndex]) else { return false }
        let known = Self.coverage(n, by: [entities.hits(in: n).filter { $0.start >= hit.end }, discourse.hits(in: n), followUps.hits(in: n),
                                          subjectEnds.hits(in: n), subjectFillers.hits(in: n), unheld.hits(in: n)])
        var letters = 0, k = hit.end
        while k < c.count, !known[k], (0x0E01...0x0E4E).contains(c[k]) {
            if (0x0E01...0x0E2E).contains(c[k]) { letters += 1 }
            k += 1
        }
        guard letters >= 2 else { return false }
        if confusable.isEmpty { return true }
        let word = Array(c[hit.start..<k])
        return confusable.contains { j in
            let name = provinceNames[j].compact
            return FuzzyMatcher.distance(word, name, limit: FuzzyMatcher.allowedDistance(forLength: name.count)) <= FuzzyMatcher.allowedDistance(forLength: name.count)
        } || nameParts.contains(where: { p in hit.end + p.count <= c.count && c[hit.end..<(hit.end + p.count)].elementsEqual(p) })
    }

    /// Which scalars of `n` the hits cover (the coverage the unknown-word checks below start from).
    static func coverage(_ n: NormalizedText, by hitLists: [[PhraseHit]]) -> [Bool] {
        var covered = [Bool](repeating: false, count: n.compactScalars.count)
        for hits in hitLists { for h in hits { for k in h.start..<min(h.end, covered.count) { covered[k] = true } } }
        return covered
    }

    /// How many letters (Thai consonants, Latin letters) of the message no word the lexicon knows
    /// covers: names, fillers, question and follow-up words. "กรมการปกครองกี่คน" leaves 2 (คน),
    /// "ภูเก็ตมีสักสาขามั้ยคะ" leaves 4 (สักสาขา: a question of its own).
    public func unknownLetters(in n: NormalizedText) -> Int {
        let c = n.compactScalars
        let covered = Self.coverage(n, by: [entities.hits(in: n), districtHits(in: n), subjectFillers.hits(in: n), discourse.hits(in: n),
                                            followUps.hits(in: n), subjectEnds.hits(in: n), countUnitWords.hits(in: n)])
        var letters = 0
        for (k, v) in c.enumerated() where !covered[k] && ((0x0E01...0x0E2E).contains(v) || (0x61...0x7A).contains(v)) { letters += 1 }
        return letters
    }

    /// The letters right after a place marker ("ใน", "แถว"), up to the next name, question or
    /// follow-up word, when two letters or more of them are no filler ("ในมาเลเซีย": fillers such as
    /// มา inside an unknown word do not hide it; "ในประเทศมี…" is all fillers).
    func placeAfterMarker(_ n: NormalizedText) -> [UInt32]? {
        let markers = placeMarkers.hits(in: n)
        guard !markers.isEmpty else { return nil }
        let c = n.compactScalars
        let names = entities.hits(in: n).filter { !runsIntoUnknownName($0, in: n) }
        let known = Self.coverage(n, by: [names, districtHits(in: n), discourse.hits(in: n), followUps.hits(in: n),
                                          subjectEnds.hits(in: n), unheld.hits(in: n)])
        let filler = Self.coverage(n, by: [subjectFillers.hits(in: n)])
        for m in markers {
            var k = m.end, letters = 0
            var run: [UInt32] = []
            while k < c.count, !known[k] {
                let v = c[k]
                if !filler[k], (0x0E01...0x0E2E).contains(v) { letters += 1 }
                if (0x0E01...0x0E4E).contains(v) { run.append(v) } else if !run.isEmpty { break }
                k += 1
            }
            if letters >= 2 { return run }
        }
        return nil
    }

    func subjectBeforeEnd(_ n: NormalizedText) -> [UInt32]? { subjectBeforeEndWithEnd(n)?.letters }

    /// `subjectBeforeEnd`, with the index just past the subject's last letter.
    func subjectBeforeEndWithEnd(_ n: NormalizedText) -> (letters: [UInt32], end: Int)? {
        guard let end = subjectEnds.hits(in: n).min(by: { $0.start < $1.start })?.start, end > 0 else { return nil }
        let c = n.compactScalars
        var covered = [Bool](repeating: false, count: end)
        func cover(_ hits: [PhraseHit]) {
            for h in hits where h.start < end { for k in h.start..<min(h.end, end) { covered[k] = true } }
        }
        let named = entities.hits(in: n).filter { $0.start < end && !runsIntoUnknownName($0, in: n) }
        // A department, term or type before it is the subject ("กรมการปกครองมีวิทยากร…"): no place asked.
        if !named.isEmpty || districtHits(in: n).contains(where: { $0.start < end }) { return nil }
        cover(subjectFillers.hits(in: n))
        cover(discourse.hits(in: n))
        cover(followUps.hits(in: n))
        // Digits and Latin words of the bot's own name (@civicbot) are not a place either.
        var letters = 0
        var subject: [UInt32] = []
        var last = 0
        for k in 0..<end where !covered[k] {
            let v = c[k]
            if (0x0E01...0x0E2E).contains(v) || (0x61...0x7A).contains(v) { letters += 1 }
            if (0x0E01...0x0E4E).contains(v) || (0x61...0x7A).contains(v) { subject.append(v); last = k + 1 }
        }
        // One letter left is a stray syllable, unless it begins a province's name ("ลำ").
        return letters >= 2 || (letters == 1 && subject.count >= 2 && !provinces(beginningWith: subject).isEmpty) ? (subject, last) : nil
    }

    /// The message's letters up to the last letter of its unknown subject (`subjectBeforeEnd`;
    /// fillers after it left out): a misspelt province must end there to be the subject. Nil when the message has no such subject.
    func lettersToSubjectEnd(_ n: NormalizedText) -> [UInt32]? {
        guard let end = subjectBeforeEndWithEnd(n)?.end else { return nil }
        return Array(n.compactScalars[0..<end])
    }

    func provinces(beginningWith subject: [UInt32]) -> [String] {
        provinceNames.filter { p in p.compact.count > subject.count && p.compact.starts(with: subject) }.map(\.name)
    }

    /// The district (index into `districtProvinces`) that is the whole unknown subject of the
    /// question: its name, or the beginning (4 scalars or more) of exactly one district's name.
    func district(asSubjectOf n: NormalizedText) -> Int? {
        // The subject before "…มีวิทยากร" only: a district after ใน is found by its name already.
        guard let whole = subjectBeforeEnd(n) else { return nil }
        // A place abroad is no district that begins with its letters (เขมร is not เขมราฐ).
        if abroad.hits(in: n).contains(where: { Array(n.compactScalars[$0.start..<$0.end]) == whole }) { return nil }
        if let i = district(named: whole) { return i }
        // "อ.ปาย": the name after a district word (tried second: the compact form has no dot, so
        // "อ." also begins อรัญประเทศ).
        for word in districtWords where whole.count > word.count && Array(whole.prefix(word.count)) == word {
            if let i = district(named: Array(whole.dropFirst(word.count))) { return i }
        }
        return nil
    }

    /// The district whose compact name is `subject`, or begins with it (4 scalars or more) when
    /// exactly one does.
    func district(named subject: [UInt32]) -> Int? {
        if let i = districtBySubject[subject] { return i }
        guard let i = districtPrefixes[subject], i >= 0 else { return nil }
        return i
    }

    /// Provinces whose name begins with the unknown subject of the question: "สมุทร" → the three
    /// สมุทร provinces, "ชัย" → ชัยนาท and ชัยภูมิ (at most `limit`; none when more begin so).
    public func provincesBeginning(withSubjectOf n: NormalizedText, limit: Int = 6) -> [String] {
        guard let subject = unknownThaiSubject(n), subject.count >= 2 else { return [] }
        let names = provinces(beginningWith: subject)
        return names.count <= limit ? names : []
    }

    /// What the registers do not hold that the message asks about: an attribute word or an
    /// other-year word as the lexicon writes it, or a year number other than `registerYear`
    /// (Buddhist era; "63" is 2563), as written.
    public func unheldQualifier(in n: NormalizedText, registerYear: Int) -> String? {
        // A word inside a name is not asked about ("อายุกี่" in "ผู้สูงอายุกี่คน").
        let names = entities.hits(in: n)
        // The question begins at the last word that introduces it: what comes before is the
        // asker's preamble ("พอดีจะทำแผนอบรมปีหน้า อยากทราบว่า…มีวิทยากรกี่ท่าน" asks this year's figure).
        let from = questionIntros.hits(in: n).map(\.end).max() ?? 0
        if let hit = unheld.hits(in: n).first(where: { h in h.start >= from && !names.contains { $0.start < h.end && h.start < $0.end } }) {
            return NormalizedText.string(Array(n.compactScalars[hit.start..<hit.end]))
        }
        guard registerYear > 0 else { return nil }
        let c = n.compactScalars
        for word in yearWords {
            var i = from
            while i + word.count <= c.count {
                if Array(c[i..<(i + word.count)]) == word {
                    var j = i + word.count, value = 0, digits = 0
                    while j < c.count, let d = Self.digitValue(c[j]) { value = value * 10 + d; digits += 1; j += 1 }
                    if digits == 2 || digits == 4 {
                        let year = digits == 2 ? 2500 + value : value
                        // A Gregorian year is the register's when it is 543 less.
                        if year != registerYear, year + 543 != registerYear { return "\(value)" }
                    }
                    i = j
                } else {
                    i += 1
                }
            }
        }
        // A number of four digits standing alone that reads as a year (2400–2700 Buddhist, 1950–2100
        // Gregorian: "core trainers in 2023?") asks about that year even without a year word.
        var i = from
        while i < c.count {
            guard Self.digitValue(c[i]) != nil else { i += 1; continue }
            var j = i, value = 0
            while j < c.count, let d = Self.digitValue(c[j]) { value = value * 10 + d; j += 1 }
            let alone = (i == 0 || Self.digitValue(c[i - 1]) == nil && c[i - 1] != 0x2C) && (j == c.count || c[j] != 0x2C)
            if j - i == 4, alone, (2400...2700).contains(value) || (1950...2100).contains(value),
               value != registerYear, value + 543 != registerYear {
                return "\(value)"
            }
            i = j
        }
        return nil
    }

    static func digitValue(_ v: UInt32) -> Int? {
        if (0x30...0x39).contains(v) { return Int(v - 0x30) }
        if (0x0E50...0x0E59).contains(v) { return Int(v - 0x0E50) }
        return nil
    }

    /// True for an English message with a place word ("in", "from") followed by a Latin word that
    /// is no place word ("total", "the") and begins no name the lexicon knows: "How many trainers in
    /// Vientiane?" asks about a place the bot does not know. Latin words are split at spaces and
    /// punctuation (never Thai).
    func namesUnknownPlace(_ n: NormalizedText) -> Bool {
        guard !placeBefore.isEmpty, Language.of(n) == .english else { return false }
        let words = n.text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        for i in words.indices.dropLast() where placeBefore.contains(words[i]) {
            let word = words[i + 1]
            guard word.allSatisfy({ $0.isASCII && $0.isLetter }), !notPlaces.contains(word) else { continue }
            let rest = ThaiNormalizer.normalize(words[(i + 1)...].prefix(4).joined(separator: " "))
            if entities.hits(in: rest).contains(where: { $0.start == 0 }) || districtHits(in: rest).contains(where: { $0.start == 0 }) { continue }
            return true
        }
        return false
    }

    /// True when `message` names something the bot knows about: a province, department, type,
    /// term, region or district, the topic (first require group) of an intent that answers
    /// about the domain (`group: domain`), or a word of its field (`discourse.yaml` `topic_words`). Decides whether a tagged message in a group is on topic.
    public func namesTopic(_ message: NormalizedText) -> Bool {
        if entities.hits(in: message).contains(where: { hit in
            switch entities.payloads[hit.entry] {
            case .blocker, .ambiguousProvince, .agencyCode, .provinceCode, .dottedCode: return false  // ("เลย", "ปค" inside other words)
            default: return true
            }
        }) { return true }
        if !districtHits(in: message).isEmpty || !topicWords.hits(in: message).isEmpty { return true }
        return signals.hits(in: message).contains { hit in
            let s = signals.payloads[hit.entry]
            guard case .require(group: 0) = s.role else { return false }
            return catalogue.intents[s.intent].group == .domain
        }
    }

    /// True when `message` meets every require group of `intent` but the first (its topic) by
    /// phrases: "ขอรายชื่อหน่อย" meets trainer_list's list words without วิทยากร.
    public func meetsAllButTopic(_ intent: IntentID, in message: NormalizedText) -> Bool {
        guard let n = catalogue.intents.firstIndex(where: { $0.id == intent }), facts[n].requireCount > 1 else { return false }
        var met: UInt64 = 1
        for hit in signals.allHits(in: message) {
            let s = signals.payloads[hit.entry]
            guard s.intent == n else { continue }
            if case .require(let g) = s.role { met |= 1 << UInt64(g) }
            if case .exclude = s.role { return false }
        }
        return met & facts[n].allGroups == facts[n].allGroups
    }

    /// The runs of the message's compact letters that no name, term, question word or follow-up word
    /// covers: what it asks about in its own words ("ใครเป็นคนจัดทำหลักสูตรพลเมืองคุณภาพ" → จัดทำหลักสูตร, …).
    public func ownWords(in message: NormalizedText) -> [[UInt32]] {
        let c = message.compactScalars
        let covered = Self.coverage(message, by: [entities.hits(in: message), discourse.hits(in: message), followUps.hits(in: message)])
        var runs: [[UInt32]] = [], run: [UInt32] = []
        for (i, v) in c.enumerated() {
            if covered[i] || ThaiNormalizer.isSeparator(v) {
                if !run.isEmpty { runs.append(run); run = [] }
            } else {
                run.append(v)
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// The first answer variant (`modes`) of `intent` whose phrase occurs in `message`, if any:
    /// "มีอายุกี่ปี" after an MOU answer names the MOU's `term`.
    public func mode(of intent: IntentID, in message: NormalizedText) -> String? {
        guard let n = catalogue.intents.firstIndex(where: { $0.id == intent }) else { return nil }
        var best = Int.max
        // Every hit, as `understand` reads modes: a mode phrase may also be a require phrase of the intent.
        for hit in signals.allHits(in: message) {
            let s = signals.payloads[hit.entry]
            if s.intent == n, case .mode(let m) = s.role { best = min(best, m) }
        }
        return best == Int.max ? nil : catalogue.intents[n].modes[best].name
    }

    /// The trainer types a follow-up names with its short words ("หลักล่ะ" → core), by code.
    public func followUpTypeCodes(in message: NormalizedText) -> [String] {
        var codes: [String] = []
        // Not inside a word the lexicon blocks (หลักสูตร, หลักเกณฑ์: no type).
        let blocked = entities.hits(in: message).filter { entities.payloads[$0.entry] == .blocker }
        for hit in followUpTypes.hits(in: message) where !blocked.contains(where: { $0.start < hit.end && hit.start < $0.end }) {
            let code = catalogue.lexicon.trainerTypes[followUpTypes.payloads[hit.entry]].code
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The follow-up words of the message (`lexicon/discourse.yaml`, `follow_up`).
    public func followUpWords(in message: NormalizedText) -> Set<FollowUpWord> {
        let hits = followUps.hits(in: message)
        guard !hits.isEmpty else { return [] }
        // A follow-up word inside a place's name is none ("ละ" in บางละมุง, ละงู).
        let names = entities.hits(in: message).map { $0.start..<$0.end } + districtHits(in: message).map { $0.start..<$0.end }
        return Set(hits.filter { h in
            !names.contains { $0.count > h.end - h.start && $0.lowerBound <= h.start && h.end <= $0.upperBound }
        }.map { followUps.payloads[$0.entry] }).subtracting([.notMarker])
    }

    /// True when `part` occurs, scalar for scalar, in `text`.
    static func occurs(_ part: ArraySlice<UInt32>, in text: [UInt32]) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        return (0...(text.count - part.count)).contains { i in text[i..<(i + part.count)].elementsEqual(part) }
    }

    /// The number the message asks for: a whole number from 1 to 77, else an ordinal word of a
    /// clause ("ข้อแรก": 1, "ข้อสุดท้าย": -1 for the last).
    func number(in message: NormalizedText) -> Int? {
        // "ฉบับที่ 2" names an MOU (`documents`), not clause 2: its digits are no number here.
        var scalars = message.compactScalars
        for hit in documents.hits(in: message) {
            for k in hit.start..<hit.end { scalars[k] = 0x20 }
        }
        if let n = Self.firstNumber(in: scalars) { return n }
        return ordinals.hits(in: message).first.map { ordinals.payloads[$0.entry] }
    }

    /// The MOU the message names by its order (`documents`: "ฉบับแรก" 1), 0 for "the other one", or nil.
    public func document(in message: NormalizedText) -> Int? {
        documents.hits(in: message).first.map { documents.payloads[$0.entry] }
    }

    /// True when the message says where the asker is (`subject.statement_words`: "อยู่หาดใหญ่ค่ะ").
    public func statesPlace(_ message: NormalizedText) -> Bool { !statementWords.hits(in: message).isEmpty }

    /// True when the message asks for places together ("รวมกัน": `subject.include_words`, `follow_up.sum`).
    public func asksTogether(_ message: NormalizedText) -> Bool {
        !includeWords.hits(in: message).isEmpty || followUps.hits(in: message).contains { followUps.payloads[$0.entry] == .sum }
    }

    /// True when the message asks which province (`subject.which_place`).
    public func asksWhichPlace(_ message: NormalizedText) -> Bool { !whichPlace.hits(in: message).isEmpty }

    /// True when `gap` is made of nothing but `words` (greedily, the longest first at each point)
    /// and, when `needing` is given, holds at least one of those.
    static func covers(_ gap: ArraySlice<UInt32>, with words: [[UInt32]], needing: [[UInt32]]? = nil) -> Bool {
        var rest = gap
        var found = needing == nil
        while !rest.isEmpty {
            guard let word = words.filter({ rest.starts(with: $0) }).max(by: { $0.count < $1.count }) else { return false }
            if !found, needing?.contains(word) == true { found = true }
            rest = rest.dropFirst(word.count)
        }
        return found
    }

    /// An index of one word list, every word found within syllables and standing for `payload`.
    static func wordIndex(_ words: [String], payload: Bool = true) -> PhraseIndex<Bool> {
        var index = PhraseIndex<Bool>()
        for word in words { index.add(word, rule: .syllable, payload: payload) }
        return index
    }

    /// A Thai name without its tone marks, when it had some and is long enough (six letters or
    /// more) to be no other word; nil otherwise.
    static func toneless(_ name: String) -> String? {
        let scalars = name.unicodeScalars.filter { !(0x0E48...0x0E4B).contains($0.value) }
        guard scalars.count < name.unicodeScalars.count,
              scalars.filter({ (0x0E01...0x0E2E).contains($0.value) }).count >= 6 else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// An ASCII or Thai digit.
    static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || ThaiScript.isDigit(v) }

    /// Four scalars in one number (each kept to 16 bits: Thai and Latin fit).
    static func packed(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> UInt64 {
        UInt64(a & 0xFFFF) << 48 | UInt64(b & 0xFFFF) << 32 | UInt64(c & 0xFFFF) << 16 | UInt64(d & 0xFFFF)
    }

    /// Provinces whose names a word of the message begins, cut short ("สุราษฯมี…", "สุราษฯ vs
    /// นครศรีฯ"; the normaliser drops ฯ): a run of four Thai letters or more that no word the lexicon
    /// knows covers (names, fillers, question and follow-up words) and that begins exactly one
    /// province's name or alias.
    func cutProvinces(in n: NormalizedText, besides names: [PhraseHit]) -> [Int] {
        let c = n.compactScalars
        func thai(_ v: UInt32) -> Bool { (0x0E01...0x0E4E).contains(v) && v != 0x0E2F }
        // Most messages have no four letters outside a name that begin a province's name: only
        // those get the full check (which finds every word the lexicon knows).
        var candidate = false
        var k = 0
        while k + 4 <= c.count, !candidate {
            if let slot = PatternTable.thaiSlot(c[k], c[k + 1]), cutPairBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0,
               cutStarts.contains(Self.packed(c[k], c[k + 1], c[k + 2], c[k + 3])), !names.contains(where: { $0.start <= k && k < $0.end }) {
                candidate = true
            }
            k += 1
        }
        guard candidate else { return [] }
        let covered = Self.coverage(n, by: [names, districtHits(in: n), subjectFillers.hits(in: n), discourse.hits(in: n),
                                            followUps.hits(in: n), subjectEnds.hits(in: n), unheld.hits(in: n)])
        var found: [Int] = []
        k = 0
        while k < c.count {
            guard !covered[k], thai(c[k]) else { k += 1; continue }
            var j = k
            while j < c.count, !covered[j], thai(c[j]) { j += 1 }
            if j - k >= 4, let i = cutNames[Array(c[k..<j])], i >= 0, !found.contains(i) { found.append(i) }
            k = j
        }
        return found
    }

    /// Whether the message asks (a question marker) and whether it announces (an announcement
    /// marker); with no markers at all in the lexicon, every message asks.
    public func discourse(of message: NormalizedText) -> (asks: Bool, announces: Bool) {
        let markers = catalogue.lexicon.discourse
        if markers.questionMarkers.isEmpty && markers.announcementMarkers.isEmpty { return (true, false) }
        var asks = false, announces = false
        for hit in discourse.hits(in: message) {
            if discourse.payloads[hit.entry] { asks = true } else { announces = true }
        }
        // A question mark the normaliser keeps counts as asking even where the index cannot see it.
        if !asks, message.text.contains("?") { asks = markers.questionMarkers.contains("?") }
        // "…กี่คนครับ ขอบคุณครับ": a thank-you that closes a question leaves it a question.
        if !asks, !closings.hits(in: message).isEmpty { announces = true }
        if !announces, statesCount(message.compactScalars) { announces = true }
        // A phone number to call is given, not asked for ("ใครจะติดต่อ … โทร 08x-xxx-xxxx ได้เลย");
        // a question to a member by name is theirs to answer ("พี่สมศรี พรุ่งนี้ประชุมกี่โมง").
        if !announces, PhoneMask.containsPhone(message.text) || call(in: message) == .member { announces = true }
        return (asks, announces)
    }

    /// `discourse(of:)` for a message `intent` would answer: asking only why counts as asking
    /// only for the intents whose answers say why (`why.answered_by`).
    public func discourse(of message: NormalizedText, answeredAs intent: IntentID) -> (asks: Bool, announces: Bool) {
        var (asks, announces) = discourse(of: message)
        if asks, !catalogue.lexicon.discourse.why.answeredBy.contains(intent), asksOnlyWhy(message) { asks = false }
        return (asks, announces)
    }

    /// True when the message asks nothing but why (`why.markers`: every question marker in it is
    /// inside one or in a word that puts the why to the group, `why.framing`; no question mark): "ทำไมปีนี้ไม่มีวิทยากรจากท้องถิ่นมาเลย". "…มีกี่คน ทำไมเยอะจัง"
    /// asks how many too.
    public func asksOnlyWhy(_ message: NormalizedText) -> Bool {
        var why = whyMarkers.hits(in: message)
        guard !why.isEmpty, !message.text.contains("?") else { return false }
        why += whyFraming.hits(in: message)
        return discourse.hits(in: message).allSatisfy { hit in
            !discourse.payloads[hit.entry] || why.contains { $0.start <= hit.start && hit.end <= $0.end }
        }
    }

    /// True when the message asks with a word of its own, not only with a follow-up's ("ล่ะ" in
    /// "แล้ววิทยากรหลักล่ะ" asks nothing new; "กี่คน" does).
    public func asksOwnQuestion(_ message: NormalizedText) -> Bool {
        let markers = followUps.hits(in: message).filter { followUps.payloads[$0.entry] == .marker }
        return discourse.hits(in: message).contains { hit in
            discourse.payloads[hit.entry] && !markers.contains { $0.start <= hit.start && hit.end <= $0.end }
        }
    }

    /// Whom a message calls by name (`vocatives`): at its start the bot ("บอทครับ …", "น้องบอท …",
    /// "บอทช่วยบอกหน่อย") or a member (a kin word and a short name that names nothing the bot knows,
    /// then a space: "พี่สมศรี …", "ลุงมี โทรหา…"); else a member called at its end
    /// (`calledMemberAtEnd`: "…ได้ไหมคะพี่จุ๋ม"); or nobody (nil).
    public func call(in message: NormalizedText) -> Call? {
        if let call = callAtStart(message) { return call }
        if calledMemberAtEnd(message.textScalars) || asksMemberAtEnd(message.textScalars) || memberSaysAtStart(message.textScalars) { return .member }
        return nil
    }

    /// True when `name` (what stands between a kin word and what follows it) may be a member's
    /// name: empty, or short letters that name nothing the bot knows and are no word of asking,
    /// speaking or stating ("อยากรู้" in "ป้าอยากรู้ว่า…" is the asker speaking of themself).
    func mayBeMemberName(_ name: ArraySlice<UInt32>, before next: [UInt32] = []) -> Bool {
        // A word of asking or speaking that runs into what follows ("ถาม" + "ว่า") is no name.
        let withNext = NormalizedText(text: NormalizedText.string(Array(name) + next))
        if speakerAfter.hits(in: withNext).contains(where: { $0.start == 0 }) || discourse.hits(in: withNext).contains(where: { $0.start == 0 }) { return false }
        guard !name.isEmpty else { return true }
        guard name.count <= catalogue.lexicon.discourse.vocatives.maxNameLength, !name.contains(0x0E46),
              !callBotNames.contains(where: { name.starts(with: $0) }), !callKinWords.contains(where: { name.starts(with: $0) }),
              name.allSatisfy({ ThaiScript.isConsonant($0) || ThaiScript.isLeadingVowel($0) || ThaiScript.isFollowingVowel($0) || ThaiScript.isCombining($0) })
        else { return false }
        let n = NormalizedText(text: NormalizedText.string(Array(name)))
        func begins(_ hits: [PhraseHit]) -> Bool { hits.contains { $0.start == 0 } }
        return entities.hits(in: n).isEmpty && districtHits(in: n).isEmpty && !begins(discourse.hits(in: n)) && !begins(speakerBefore.hits(in: n))
            && !begins(speakerAfter.hits(in: n)) && !begins(statementWords.hits(in: n)) && !begins(followUps.hits(in: n)) && !begins(topicWords.hits(in: n))
    }

    /// The compact letters of the message's last word, particles and what is no letter dropped;
    /// with the word before it when the last one is a word of asking a member ("พี่เอก รู้ไหม").
    func lastWordForCall(_ t: [UInt32]) -> [UInt32] {
        func letter(_ v: UInt32) -> Bool { (0x0E01...0x0E4E).contains(v) }
        var end = t.count
        while end > 0, !letter(t[end - 1]) { end -= 1 }
        var start = end
        while start > 0, letter(t[start - 1]) || t[start - 1] == 0x2E { start -= 1 }
        var word = t[start..<end].filter { $0 != 0x2E }
        if memberAsks.contains(where: { word.starts(with: $0) }), start > 0 {
            var before = start
            while before > 0, !letter(t[before - 1]) { before -= 1 }
            var first = before
            while first > 0, letter(t[first - 1]) || t[first - 1] == 0x2E { first -= 1 }
            word = t[first..<before].filter { $0 != 0x2E } + word
        }
        while let particle = callParticles.first(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }) {
            word = Array(word.dropLast(particle.count))
        }
        return word
    }

    /// True when the message ends by asking a member, by kin word or title and a short name or
    /// none, whether they know or can answer (`vocatives.asks_member`: "…พี่เอกรู้ไหม",
    /// "…ผอ.พอทราบไหมคะ", "…ท่านปลัดพอจะสรุปให้ได้ไหม"). "…ใครรู้บ้าง" asks anyone: no kin word.
    func asksMemberAtEnd(_ t: [UInt32]) -> Bool {
        guard !memberAsks.isEmpty else { return false }
        let word = lastWordForCall(t)[...]
        for kin in callKinWords where word.count > kin.count && word.starts(with: kin) {
            let rest = word.dropFirst(kin.count)
            // A kin word alone asks whoever reads ("พี่ๆ รู้ไหม", its ๆ dropped, is "พี่ รู้ไหม"); a title
            // alone is its one holder ("ผอ.พอทราบไหมคะ").
            let alone = callTitles.contains { $0.elementsEqual(kin) }
            for verb in memberAsks {
                var i = rest.startIndex + (alone ? 0 : 1)
                while i + verb.count <= rest.endIndex, i - rest.startIndex <= catalogue.lexicon.discourse.vocatives.maxNameLength {
                    if rest[i..<(i + verb.count)].elementsEqual(verb), mayBeMemberName(rest[rest.startIndex..<i]) { return true }
                    i += 1
                }
            }
        }
        return false
    }

    /// True when the message begins with a member's opinion, given or asked: a kin word or title, a
    /// short name or none, then `vocatives.says` ("ลุงสมชายว่าโคราช…", "ลุงว่า กกต. น่าจะ…"). Not
    /// ว่าง (free), nor a place that begins with a kin word.
    func memberSaysAtStart(_ t: [UInt32]) -> Bool {
        guard !memberSays.isEmpty else { return false }
        var end = 0
        while end < t.count, !ThaiNormalizer.isSeparator(t[end]) { end += 1 }
        let word = t[0..<end]
        guard let kin = callKinWords.first(where: { word.count > $0.count && word.starts(with: $0) }) else { return false }
        let first = NormalizedText(text: NormalizedText.string(Array(word)))
        if (entities.hits(in: first) + districtHits(in: first)).contains(where: { $0.start < kin.count && $0.end > kin.count }) { return false }
        let rest = word.dropFirst(kin.count)
        for says in memberSays {
            var i = rest.startIndex
            while i + says.count <= rest.endIndex, i - rest.startIndex <= catalogue.lexicon.discourse.vocatives.maxNameLength {
                let after = i + says.count
                if rest[i..<after].elementsEqual(says), after == rest.endIndex || rest[after] != 0x0E07,  // ว่าง
                   mayBeMemberName(rest[rest.startIndex..<i], before: says) { return true }
                i += 1
            }
        }
        return false
    }

    /// True when the message ends by calling a member by name, glued after a polite particle or set
    /// apart ("…ได้ไหมคะพี่จุ๋ม", "…ใช่ไหม พี่แดง"): a kin word and a short name that names nothing
    /// the bot knows. "…คะพี่ๆ" asks everyone; "ขอบคุณค่ะพี่" names nobody.
    func calledMemberAtEnd(_ t: [UInt32]) -> Bool {
        func letter(_ v: UInt32) -> Bool { (0x0E01...0x0E4E).contains(v) }
        var end = t.count
        while end > 0, !letter(t[end - 1]) && t[end - 1] != 0x0E46 { end -= 1 }
        var start = end
        while start > 0, letter(t[start - 1]) || t[start - 1] == 0x0E46 { start -= 1 }
        guard start < end else { return false }
        var word = Array(t[start..<end])
        while let particle = callParticles.first(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }) {
            word = Array(word.dropLast(particle.count))
        }
        let maxName = catalogue.lexicon.discourse.vocatives.maxNameLength
        for kin in callKinWords {
            // The kin word where the word begins (set apart) or right after a particle (glued).
            var positions: [Int] = []
            if start > 0, word.starts(with: kin) { positions.append(0) }
            var i = 1
            while i + kin.count < word.count {
                if word[i..<(i + kin.count)].elementsEqual(kin),
                   callParticles.contains(where: { $0.count <= i && word[(i - $0.count)..<i].elementsEqual($0) }) { positions.append(i) }
                i += 1
            }
            for p in positions {
                let name = Array(word[(p + kin.count)...])
                guard !name.isEmpty, name.count <= maxName, !name.contains(0x0E46),
                      !callBotNames.contains(where: { name.starts(with: $0) }), !callKinWords.contains(where: { name.starts(with: $0) }),
                      name.allSatisfy({ ThaiScript.isConsonant($0) || ThaiScript.isLeadingVowel($0) || ThaiScript.isFollowingVowel($0) || ThaiScript.isCombining($0) })
                else { continue }
                let n = NormalizedText(text: NormalizedText.string(name))
                let length = n.compactScalars.count
                func whole(_ hits: [PhraseHit]) -> Bool { hits.contains { $0.start == 0 && $0.end == length } }
                if !entities.hits(in: n).isEmpty || !districtHits(in: n).isEmpty || whole(discourse.hits(in: n)) || whole(subjectFillers.hits(in: n))
                    || whole(followUps.hits(in: n)) || whole(topicWords.hits(in: n)) || discourse.hits(in: n).contains(where: { $0.start == 0 }) { continue }
                return true
            }
        }
        return false
    }

    /// The call at the message's start (see `call(in:)`).
    func callAtStart(_ message: NormalizedText) -> Call? {
        let t = message.textScalars
        var end = 0
        while end < t.count, !ThaiNormalizer.isSeparator(t[end]) { end += 1 }
        // A title's office may be an abbreviation ("ครูกศน.คะ …", "ผอ.รพ.สต.ครับ …"): the call runs through its dots.
        if callTitles.contains(where: { t.starts(with: $0) }) {
            while end + 1 < t.count, t[end] == 0x2E, ThaiScript.isConsonant(t[end + 1]) {
                end += 1
                while end < t.count, !ThaiNormalizer.isSeparator(t[end]) { end += 1 }
            }
        }
        var word = t[0..<end]
        let kin = callKinWords.first { word.starts(with: $0) }
        if let kin { word = word.dropFirst(kin.count) }
        let kinLength = kin?.count ?? 0
        if callBotNames.contains(where: { word.starts(with: $0) }) { return .bot }
        if calledAtEnd(t) { return .bot }
        // A member's call is a kin word and a name, set apart from what follows.
        guard kin != nil, end < t.count else { return nil }
        // "พี่คะ …" calls nobody by name (whoever reads it: the bot too); "ปลัดคะ …" calls the office-holder.
        if callParticles.contains(where: { word.elementsEqual($0) }) {
            return callTitles.contains(where: { t[0..<kinLength].elementsEqual($0) }) ? .member : nil
        }
        let particle = callParticles.first(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) })
        if let particle { word = word.dropLast(particle.count) }
        // A title's office may be an abbreviation ("คุณครูกศน.คะ …"): its dots are no letters of the name.
        if particle != nil, kinLength > 0 { word = ArraySlice(word.filter { $0 != 0x2E }) }
        let maxName = catalogue.lexicon.discourse.vocatives.maxNameLength
        // "พี่ๆคะ …" (พี่พี่ once normalised) asks the whole group, and so the bot too.
        guard !word.isEmpty, word.count <= maxName, !word.contains(0x0E46), !callKinWords.contains(where: { word.starts(with: $0) }),
              word.allSatisfy({ ThaiScript.isConsonant($0) || ThaiScript.isLeadingVowel($0) || ThaiScript.isFollowingVowel($0) || ThaiScript.isCombining($0) })
        else { return nil }
        // "ตาก …", "แม่ฮ่องสอน …", "ตาคลี …" begin with a kin word but are places (ตาก even where
        // it might be the verb).
        let first = NormalizedText(text: NormalizedText.string(Array(t[0..<end])))
        // (A kin word that is itself a term, กำนัน or ผู้ใหญ่, does not count: only what covers the name.)
        // (A title, its office's abbreviation and a particle call its holder, whatever the office:
        // "ครูกศน.คะ …". Not a title that is a term itself: "ผู้ใหญ่บ้านครับ …" calls nobody.)
        let titled = particle != nil && t[kinLength..<end].contains(0x2E) && callTitles.contains(where: { t[0..<kinLength].elementsEqual($0) })
        if !titled, entities.hits(in: first).contains(where: { $0.end > kinLength }) || !districtHits(in: first).isEmpty { return nil }
        // "ป้าอยากรู้ …", "ครูถามว่า …": what follows the kin word is a word of asking or speaking,
        // not a name (the asker speaking of themself). Intent phrases may be names (ลุงมี).
        // A word of asking begins it; a filler or a word of the domain is all of it: a name may hold
        // one ("มาลี" holds มา, a filler; "ต้อม", "น้อย" are names).
        let name = NormalizedText(text: NormalizedText.string(Array(word)))
        let length = name.compactScalars.count
        func begins(_ hits: [PhraseHit]) -> Bool { hits.contains { $0.start == 0 } }
        func whole(_ hits: [PhraseHit]) -> Bool { hits.contains { $0.start == 0 && $0.end == length } }
        if begins(discourse.hits(in: name)) || begins(speakerBefore.hits(in: name)) || begins(speakerAfter.hits(in: name))
            // (A filler is a name when a particle closes the call: "พี่หน่อยจ๋า …".)
            || (particle == nil && whole(subjectFillers.hits(in: name))) || begins(statementWords.hits(in: name)) || whole(followUps.hits(in: name))
            || whole(topicWords.hits(in: name)) { return nil }
        return .member
    }

    /// True when the message ends by calling the bot, set apart from the rest ("… thanks บอทคะ",
    /// "…มีกี่คนครับ CivicBot 🙏"): the last word, emoji and particles aside, is one of its names
    /// (after a kin word or not). "…ต้องถามบอท" (the word inside a sentence) is no call.
    func calledAtEnd(_ t: [UInt32]) -> Bool {
        func letter(_ v: UInt32) -> Bool { (0x0E01...0x0E4E).contains(v) || (v < 0x80 && !ThaiNormalizer.isSeparator(v)) }
        var end = t.count
        while end > 0, !letter(t[end - 1]) { end -= 1 }
        var start = end
        while start > 0, letter(t[start - 1]) { start -= 1 }
        guard start < end else { return false }
        var word = t[start..<end]
        while let particle = callParticles.first(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }) {
            word = word.dropLast(particle.count)
        }
        // Glued on after a polite particle, with a kin word ("สวัสดีค่ะน้องบอท"): the particle sets it
        // apart. Not a bare name ("ขอบคุณค่ะบอท"), nor after a close ("ขอบคุณค่ะน้องบอท"): thanks in
        // passing, as the members thank each other, asking nothing.
        let closes = closingWords.contains { word.starts(with: $0) }
        for name in callBotNames where !closes && word.count > name.count && word.suffix(name.count).elementsEqual(name) {
            let before = word.dropLast(name.count)
            guard let kin = callKinWords.first(where: { before.count > $0.count && before.suffix($0.count).elementsEqual($0) }) else { continue }
            let rest = before.dropLast(kin.count)
            if callParticles.contains(where: { rest.count > $0.count && rest.suffix($0.count).elementsEqual($0) }) { return true }
            // A hello glued to it ("สวัสดีน้องบอท") greets the bot.
            if callGreetings.contains(where: { rest.elementsEqual($0) }) { return true }
        }
        guard start > 0 else { return false }
        if let kin = callKinWords.first(where: { word.count > $0.count && word.starts(with: $0) }),
           callBotNames.contains(where: { word.dropFirst(kin.count).elementsEqual($0) }) { return true }
        return callBotNames.contains { word.elementsEqual($0) }
    }

    /// Whom a message calls at its start.
    public enum Call: Sendable, Equatable {
        /// The bot, by one of its names.
        case bot
        /// A member of the group.
        case member
    }

    /// True when digits are followed by a count unit ("5 คน", "๑๒ท่าน"): the message states a figure.
    func statesCount(_ c: [UInt32]) -> Bool {
        guard !countUnits.isEmpty else { return false }
        var i = 0
        while i < c.count {
            let isDigit = (c[i] >= 0x30 && c[i] <= 0x39) || ThaiScript.isDigit(c[i])
            if isDigit {
                var j = i
                while j < c.count, (c[j] >= 0x30 && c[j] <= 0x39) || ThaiScript.isDigit(c[j]) || c[j] == 0x2C { j += 1 }
                if countUnits.contains(where: { u in j + u.count <= c.count && Array(c[j..<(j + u.count)]) == u }) { return true }
                i = j
            } else {
                i += 1
            }
        }
        return false
    }

    /// Provinces whose names come close to part of `message`: for "did you mean" when none matched.
    /// A short form that runs on into an unknown name ("อุบลธานี": อุบล) comes first.
    public func provinceSuggestions(for message: NormalizedText, limit: Int = 3) -> [String] {
        var found: [Int] = []
        for hit in entities.hits(in: message) where runsIntoUnknownName(hit, in: message) {
            if case .province(let i) = entities.payloads[hit.entry], !found.contains(i) { found.append(i) }
        }
        for i in doubtfulPlacesBeginning(message) where !found.contains(i) { found.append(i) }
        for i in fuzzyProvinces.suggestions(in: message.compactScalars, limit: limit) where !found.contains(i) { found.append(i) }
        return found.prefix(limit).map { catalogue.lexicon.provinces[$0].name }
    }

    /// The intent a slash command leads to (`help` for /help), if any.
    public func intent(forCommand command: String) -> IntentID? { commandIntent[command.lowercased()] }

    /// A message's text as every matcher reads it: normalised (`ThaiNormalizer`), then the domain's
    /// misspellings repaired (`discourse.yaml`'s `misspellings`). The one way text enters understanding.
    public func normalize(_ text: String) -> NormalizedText {
        spelling.repair(ThaiNormalizer.normalize(text))
    }

    /// The district named right after a district word anywhere in the message ("บ้านอยู่อ.ปัว
    /// จังหวัดเรามี…"), short names too, and its one province; nil when none or several share it.
    public func districtAfterWord(in n: NormalizedText) -> (district: String, province: String)? {
        let t = n.textScalars
        for word in districtStatingWords {
            var i = 0
            while i + word.count <= t.count {
                guard Array(t[i..<(i + word.count)]) == word else { i += 1; continue }
                var k = i + word.count
                while k < t.count, t[k] == 0x20 { k += 1 }
                var run: [UInt32] = []
                while k < t.count, (0x0E01...0x0E4E).contains(t[k]) { run.append(t[k]); k += 1 }
                for length in stride(from: run.count, through: 2, by: -1) {
                    guard let d = district(named: Array(run.prefix(length))) else { continue }
                    // The whole name (or the beginning of one district's name: "อรัญฯ"), set apart or
                    // followed by the here-word or a particle ("อ.ปัวจังหวัดเรา", "ปายเจ้า"), not the
                    // beginning of another word ("อ.พลอยถามว่า…": อ. is also อาจารย์).
                    let rest = NormalizedText(text: NormalizedText.string(Array(run.dropFirst(length))))
                    guard length == run.count || hereWords.hits(in: rest).first?.start == 0
                            || callParticles.contains(where: { rest.compactScalars.starts(with: $0) })
                    else { break }
                    let entry = districtProvinces[d]
                    if entry.provinces.count == 1 { return (entry.name, entry.provinces[0]) }
                    break
                }
                i += word.count
            }
        }
        return nil
    }

    /// The district a short follow-up names and its one province ("แล้วอำเภอเกาะสมุยล่ะ"); nil when
    /// none is named or its name is shared by several provinces.
    public func namedDistrict(in n: NormalizedText) -> (district: String, province: String)? {
        guard let hit = districtHits(in: n).first else { return nil }
        let d = districtProvinces[districts.payloads[hit.entry]]
        return d.provinces.count == 1 ? (d.name, d.provinces[0]) : nil
    }

    /// How many scalars of the message (letters and marks, spaces left out) lie outside the names it
    /// holds (provinces, departments, types, terms, districts): "ของกรมกิจการผู้สูงอายุอะ" has 5
    /// (ของ, อะ). A follow-up is judged short by these.
    public func lettersOutsideNames(in n: NormalizedText) -> Int {
        let names = entities.hits(in: n)
        var covered = Self.coverage(n, by: [names, districtHits(in: n)])
        // The word that announces a province, right before it, is part of the name ("จังหวัดกาฬสินธุ์ค่ะ").
        let c = n.compactScalars
        for hit in names {
            guard case .province = entities.payloads[hit.entry] else { continue }
            for word in provinceWordsCompact where word.count <= hit.start && c[(hit.start - word.count)..<hit.start].elementsEqual(word) {
                for k in (hit.start - word.count)..<hit.start { covered[k] = true }
                break
            }
        }
        return covered.lazy.filter { !$0 }.count
    }

    /// A misspelt province in a short follow-up that names no district ("แล้วบ้านผมบุรีรำล่ะ"): the
    /// caller looks only when the message continues a trainer answer and names no place exactly.
    public func misspeltProvince(in n: NormalizedText) -> String? {
        guard districtHits(in: n).isEmpty, let match = fuzzyProvinces.bestMatch(in: n.compactScalars) else { return nil }
        return catalogue.lexicon.provinces[match.value].name
    }

    /// Where the asker's own place ends, when the message begins with a self-introduction that
    /// names it ("ผม…อยู่โคราช", "ลุงเป็นอพม.ที่เชียงใหม่": a self-word, no question word yet, a place
    /// word right before the name) and names another place after it (a province, or a district of
    /// another province); nil otherwise. A place named twice is asked about ("ผมอยู่ลำปาง ลำปางกับ…").
    /// `cut`: provinces found by a cut name (no hit, so after any place of the introduction);
    /// `doubtful`: names of two meanings not taken for a province.
    /// `regionStarts`: where the regions it names begin. Two places joined ("ผมอยู่ลำปางกับลำพูน …")
    /// are both asked about.
    func askersPlace(_ places: [(province: Int, hit: PhraseHit)], besides cut: [Int], doubtful: [(province: Int, hit: PhraseHit)],
                     regionStarts: [Int], in message: NormalizedText) -> Int? {
        guard let first = places.first, !places.dropFirst().contains(where: { $0.province == first.province }) else { return nil }
        let hit = first.hit
        if places.count > 1, places[1].hit.start > hit.end,
           Self.covers(message.compactScalars[hit.end..<places[1].hit.start], with: excludeJoiners) { return nil }
        guard introPlaces.hits(in: message).contains(where: { $0.end == hit.start }),
              let own = introSelf.hits(in: message).last(where: { $0.end <= hit.start }) else { return nil }
        let asked = discourse.hits(in: message).contains { discourse.payloads[$0.entry] && $0.start >= own.end && $0.end <= hit.start }
            || speakerAfter.hits(in: message).contains { $0.start >= own.end && $0.end <= hit.start }
        guard !asked else { return nil }
        let name = catalogue.lexicon.provinces[first.province].name
        let later = places.contains { $0.province != first.province && $0.hit.start >= hit.end } || !cut.isEmpty
            || doubtful.contains { $0.province != first.province && $0.hit.start >= hit.end }
            || districtHits(in: message).contains { d in
                // A district only after a district word ("…อำเภอปากช่องมี…"): a district's name inside an
                // ordinary word ("กลับมาอยู่บ้านนา") is no place asked about.
                d.start >= hit.end && !districtProvinces[districts.payloads[d.entry]].provinces.contains(name)
                    && (districtWords + [Self.districtWord]).contains { w in
                        d.start >= w.count && Array(message.compactScalars[(d.start - w.count)..<d.start]) == w
                    }
            }
            || regionStarts.contains { $0 >= hit.end }
        return later ? hit.end : nil
    }

    /// Understands one normalised message, in the language it is written in (`Language.of`).
    public func understand(_ message: NormalizedText) -> Understanding {
        var u = intentAndSlots(message)
        u.language = Language.of(message)
        return u
    }

    func intentAndSlots(_ message: NormalizedText) -> Understanding {
        guard !message.isEmpty else { return .unknown }
        let lexicon = catalogue.lexicon
        var provinces: [Int] = []
        var agencies: [Int] = []
        var types: [Int] = []
        var terms: [Int] = []
        var everyday: [Int] = []
        var regions: [Int] = []
        var otherBody = false
        let entityHits = entities.hits(in: message)
        // Where a department or trainer type begins: a name of two meanings right before one is a
        // province ("เลย สถ. …").
        let nameStarts = Set(entityHits.compactMap { h -> Int? in
            switch entities.payloads[h.entry] {
            case .agency, .agencyCode, .everydayAgency, .trainerType: return h.start
            default: return nil
            }
        })
        // A name of two meanings joined (กับ, และ, หรือ) to a province's name that is sure ("เลยกับหนองคาย").
        func pairedWithProvince(_ hit: PhraseHit) -> Bool {
            let c = message.compactScalars
            return excludeJoiners.contains { joiner in
                hit.end + joiner.count <= c.count && c[hit.end..<(hit.end + joiner.count)].elementsEqual(joiner)
                    && entityHits.contains { h in
                        guard h.start == hit.end + joiner.count, case .province = entities.payloads[h.entry] else { return false }
                        return true
                    }
            }
        }
        // A person named as the one who asks ("ผู้ใหญ่บ้านถามว่า…", "หนูเป็น อสม. …") is not the topic
        // (looked for only when a party's term or an everyday department word is named).
        var speakerWords: (ends: Set<Int>, starts: Set<Int>)?
        func speaks(_ hit: PhraseHit) -> Bool {
            if speakerWords == nil {
                speakerWords = (Set(speakerBefore.hits(in: message).map(\.end)), Set(speakerAfter.hits(in: message).map(\.start)))
            }
            guard let words = speakerWords else { return false }
            return words.ends.contains(hit.start) || words.starts.contains(hit.end)
        }
        // "ผมเป็นปลัดอบต.…", "ป้าทำงานที่อบต.…": the asker's own department (any name of it, after
        // the introduction and its role words) is no topic; it is kept aside, for a question about
        // no place that names no other department ("หนูเป็นอสม. ต้องทำอะไรบ้าง").
        var introEnds: Set<Int>?
        func introduced(_ hit: PhraseHit) -> Bool {
            if introEnds == nil {
                var ends: Set<Int> = []
                let selves = Set(introSelf.hits(in: message).map(\.end))
                if !selves.isEmpty {
                    // "ดิฉันกำนัน …", "ผมจนท.กกต.จังหวัด …": a first-person word may go without the verb.
                    ends = Set(introVerbs.hits(in: message).filter { selves.contains($0.start) }.map(\.end))
                        .union(introSelfAlone.hits(in: message).map(\.end))
                    if !ends.isEmpty {
                        let roles = introRoles.hits(in: message)
                        var grown = true
                        while grown {
                            grown = false
                            for r in roles where ends.contains(r.start) && ends.insert(r.end).inserted { grown = true }
                        }
                    }
                }
                introEnds = ends
            }
            return introEnds?.contains(hit.start) ?? false
        }
        var regionPart: Int?
        var speakerAgencies: [Int] = []
        func setAside(_ agency: Int) { if !speakerAgencies.contains(agency) { speakerAgencies.append(agency) } }
        func agencyIndex(ofTerm t: Int) -> Int? {
            guard let code = lexicon.glossary[t].agency else { return nil }
            return lexicon.agencies.firstIndex { $0.code == code }
        }
        // "ตำบลหนองบัว": a province's name right after a subdistrict word is that subdistrict's.
        // Only when the two touch in the typed text: "อสม.ประจำหมู่บ้าน เชียงใหม่" names the province.
        func afterSubdistrict(_ hit: PhraseHit) -> Bool {
            guard let word = subdistrictWords.hits(in: message).first(where: { $0.end == hit.start }) else { return false }
            return Self.occurs(message.compactScalars[word.start..<hit.end], in: message.textScalars)
        }
        var namesSubdistrict = false
        // "ไม่นับ กทม.", "ยกเว้นน่านกับแพร่": provinces left out, never the place asked about.
        var leftOut: [Int] = []
        var excludeEnds: [Int]?
        var lastLeftOutEnd: Int?
        func isLeftOut(_ hit: PhraseHit) -> Bool {
            let scalars = message.compactScalars
            if let end = lastLeftOutEnd, end < hit.start,
               Self.covers(scalars[end..<hit.start], with: excludeJoiners + excludeFillers, needing: excludeJoiners) { return true }
            if excludeEnds == nil { excludeEnds = excludeWords.hits(in: message).map(\.end) }
            return excludeEnds?.contains { $0 <= hit.start && Self.covers(scalars[$0..<hit.start], with: excludeFillers) } ?? false
        }
        // "อ.ศรีเชียงใหม่", "ตากใบ": a province's name inside a district's name of another province is
        // that district.
        /// Another province whose full name holds this hit's letters and is what the letters around
        /// it spell, one or two letters off (a short form inside a longer name misspelt).
        func longerMisspelt(_ hit: PhraseHit, province: Int) -> Int? {
            let c = message.compactScalars
            let letters = Array(c[hit.start..<hit.end])
            var found: Int?
            for j in namesHolding[letters] ?? [] where j != province {
                let name = provinceNames[j].compact
                let allowed = FuzzyMatcher.allowedDistance(forLength: name.count)
                let spread = name.count - letters.count + allowed
                let window = Array(c[max(0, hit.start - spread)..<min(c.count, hit.end + spread)])
                guard FuzzyMatcher.substringDistance(pattern: name, text: window, limit: allowed) <= allowed else { continue }
                if found != nil { return nil }  // two longer names: neither
                found = j
            }
            return found
        }
        func insideDistrict(_ hit: PhraseHit, province: Int) -> Bool {
            let name = lexicon.provinces[province].name
            return districtHits(in: message).contains { d in
                d.start <= hit.start && hit.end <= d.end && d.end - d.start > hit.end - hit.start
                    && !districtProvinces[districts.payloads[d.entry]].provinces.contains(name)
            }
        }
        // "…ตามที่ตกลงกับ กกต.": the party of every MOU (no register column) after a counterparty word.
        var counterparty: Int?
        // "ภาคกลางรวม กทม.": provinces after an include word, dropped below when a region is named.
        var included: [Int] = []
        func isCounterparty(_ hit: PhraseHit, _ agency: Int) -> Bool {
            !lexicon.agencies[agency].registerColumn && counterpartyWords.hits(in: message).contains { $0.end == hit.start }
        }
        var placeHits: [(province: Int, hit: PhraseHit)] = []
        // A province's short form that runs on into a name the lexicon does not know ("อุบลธานี"):
        // a misspelling then counts only where the province's full name is near ("อุบลราชทานี"),
        // not its short form again ("จังหวัดสุพรรณราชธานี" holds สุพรรณ, not สุพรรณบุรี).
        var runsIntoUnknown = false
        var ranOn: [Int: Int] = [:]  // province → the longest of its names that ran on
        var rivals: Set<Int> = []  // provinces a short form that ran on may be a misspelling of
        func fullNameNear(_ province: Int) -> Bool {
            let name = provinceNames[province].compact
            // The full name itself ran on ("สุรินทร์ธานี"): another name.
            guard name.count > ranOn[province] ?? 0 else { return false }
            let allowed = FuzzyMatcher.allowedDistance(forLength: name.count)
            return FuzzyMatcher.substringDistance(pattern: name, text: message.compactScalars, limit: allowed) <= allowed
        }
        // Names of two meanings not taken for the province (no context word around them).
        var doubtfulPlaces: [(province: Int, hit: PhraseHit)] = []
        var regionStarts: [Int] = []
        for hit in entityHits {
            switch entities.payloads[hit.entry] {
            case .province(let i):
                if afterSubdistrict(hit) {
                    namesSubdistrict = true
                } else if insideDistrict(hit, province: i) {
                    continue
                } else if runsIntoUnknownName(hit, in: message) {
                    // Nor is the short form found again as a misspelling ("จังหวัดสุพรรณราชธานี").
                    runsIntoUnknown = true
                    ranOn[i] = max(ranOn[i] ?? 0, hit.end - hit.start)
                    // "อุดรดิตถ์": อุดรธานี's short form or อุตรดิตถ์ misspelt; neither is guessed.
                    rivals.formUnion(confusableForms[Array(message.compactScalars[hit.start..<hit.end])] ?? [])
                    continue
                } else if let j = longerMisspelt(hit, province: i) {
                    // "จ.พระนครศรีอยุทธยา": นครศรี (นครศรีธรรมราช) inside อยุธยา's name misspelt.
                    placeHits.append((j, hit))
                    if !provinces.contains(j) { provinces.append(j) }
                } else if isLeftOut(hit) {
                    if !leftOut.contains(i) { leftOut.append(i) }
                    lastLeftOutEnd = hit.end
                } else {
                    // every place the message names, in order (named twice: twice), for the asker's own place
                    placeHits.append((i, hit))
                    if !provinces.contains(i) {
                        provinces.append(i)
                        if includeWords.hits(in: message).contains(where: { $0.end == hit.start }) { included.append(i) }
                    }
                }
            case .agency(let i):
                if introduced(hit) {
                    setAside(i)
                    continue
                }
                if isCounterparty(hit, i) { counterparty = i }
                if !agencies.contains(i) { agencies.append(i) }
            case .trainerType(let i): if !types.contains(i) { types.append(i) }
            case .term(let i):
                let speaker = lexicon.glossary[i].agency != nil && (speaks(hit) || introduced(hit))
                if speaker, let a = agencyIndex(ofTerm: i) { setAside(a) }
                if !speaker, !terms.contains(i) { terms.append(i) }
            case .blocker: break
            case .region(let i):
                regionStarts.append(hit.start)
                if !regions.contains(i) { regions.append(i) }
                if regionPart == nil, regionParts.hits(in: message).contains(where: { $0.start == hit.end }) { regionPart = i }
            // The asker's own office ("หนูเป็นจนท.รพ.สต.อยู่สงขลา …") is no body asked about.
            case .otherBody: if !introduced(hit), !speaks(hit) { otherBody = true }
            case .everydayAgency(let i):
                // Counted beside a named department only when it stands apart from every other name
                // ("อุบลฯ ฝ่ายปกครองกับสบส.": two departments), not inside one ("…การปกครองท้องถิ่น").
                let inside = entityHits.contains { other in
                    other.start <= hit.start && hit.end <= other.end && (other.end - other.start) > (hit.end - hit.start)
                }
                // The one who asks is no department either ("พัฒนากรถามว่า…").
                if !inside, speaks(hit) || introduced(hit) { setAside(i) }
                if !inside, !speaks(hit), !introduced(hit), !everyday.contains(i) { everyday.append(i) }
            case .agencyCode(let i):
                if introduced(hit) {
                    setAside(i)
                    continue
                }
                let afterProvince = entityHits.contains { h in
                    guard h.end == hit.start else { return false }
                    switch entities.payloads[h.entry] {
                    case .province, .ambiguousProvince: return true
                    default: return false
                    }
                }
                if !agencies.contains(i), codes.accepts(message.compactScalars, start: hit.start, end: hit.end, afterName: afterProvince) {
                    if isCounterparty(hit, i) { counterparty = i }
                    agencies.append(i)
                }
            case .ambiguousProvince(let i):
                // "ไม่รวมแพร่": after an exclude word a name of two meanings is the province left out.
                if isLeftOut(hit) {
                    if !leftOut.contains(i) { leftOut.append(i) }
                    lastLeftOutEnd = hit.end
                } else if !provinces.contains(i), pairedWithProvince(hit) {
                    // "เลยกับหนองคาย ที่ไหนมากกว่า": joined to a province's name, a place too.
                    provinces.append(i)
                    placeHits.append((i, hit))
                } else if !provinces.contains(i), ambiguity.accepts(message.compactScalars, start: hit.start, end: hit.end,
                                                             followedByName: nameStarts.contains(hit.end)) {
                    provinces.append(i)
                    placeHits.append((i, hit))
                } else if !provinces.contains(i) {
                    doubtfulPlaces.append((i, hit))
                }
            case .dottedCode(let i):
                let afterNumber = hit.start > 0 && Self.isDigit(message.compactScalars[hit.start - 1])
                if !provinces.contains(i), !afterNumber,
                   ambiguity.accepts(message.compactScalars, start: hit.start, end: hit.end, followedByName: nameStarts.contains(hit.end), afterName: true) {
                    provinces.append(i)
                    placeHits.append((i, hit))
                }
            case .provinceCode(let i):
                if !provinces.contains(i), ambiguity.announced(message.compactScalars, at: hit.start) {
                    provinces.append(i)
                    placeHits.append((i, hit))
                }
            }
        }

        for i in cutProvinces(in: message, besides: entityHits) where !provinces.contains(i) { provinces.append(i) }
        // "ผมเป็นอสม. อยู่โคราชนะครับ อยากทราบว่ากระบี่…": the place of the asker's self-introduction
        // is theirs; the question is about the place it names after it.
        // A name of two meanings after it is the place asked about ("…อยู่ลำพูนครับ อยากทราบว่าแพร่มี…").
        let cut = provinces.filter { p in !placeHits.contains { $0.province == p } }
        let askerPlaceEnd = askersPlace(placeHits, besides: cut, doubtful: doubtfulPlaces, regionStarts: regionStarts, in: message)
        if askerPlaceEnd != nil, let own = placeHits.first?.province {
            provinces.removeAll { $0 == own }
            if provinces.isEmpty, let asked = doubtfulPlaces.first(where: { $0.hit.start >= askerPlaceEnd ?? 0 }) { provinces = [asked.province] }
        }
        provinces.removeAll { leftOut.contains($0) }
        if !regions.isEmpty { provinces.removeAll { included.contains($0) } }
        for i in everyday where !agencies.contains(i) { agencies.append(i) }
        // The other side of the agreement is no subject when another party or a party's term is named.
        if let other = counterparty, agencies.count > 1 || terms.contains(where: { lexicon.glossary[$0].agency != nil }) {
            agencies.removeAll { $0 == other }
        }
        // A party's term beside a named department is a second department ("อสม. กับ พช.": HSS and
        // CDD); alone it names its party through the slot rules below.
        if !agencies.isEmpty {
            for t in terms {
                guard let code = lexicon.glossary[t].agency, let a = lexicon.agencies.firstIndex(where: { $0.code == code }),
                      lexicon.agencies[a].registerColumn, !agencies.contains(a) else { continue }
                agencies.append(a)
            }
        }

        // Per intent: which require groups are met by phrases, the signal hits, and vetoes.
        let count = facts.count
        var groupsMet = Array(repeating: UInt64(0), count: count)
        var signalHits = Array(repeating: [(hit: PhraseHit, weight: Double)](), count: count)
        var excluded = Array(repeating: false, count: count)
        var modes = Array(repeating: Int.max, count: count)
        let holding = holdingWords.hits(in: message)
        // "โทร 086-753-8332 …": the asker's number, given; "โทร" there asks for no phone list.
        let compact = message.compactScalars
        let given = givenNumberWords.hits(in: message).filter { $0.end < compact.count && Self.isDigit(compact[$0.end]) }
        for hit in signals.allHits(in: message) {
            // "เจ้าหน้าที่" holds หน้าที่: a phrase strictly inside such a word is not said.
            if !holding.isEmpty, holding.contains(where: { $0.start <= hit.start && hit.end <= $0.end && $0.length > hit.length }) { continue }
            if !given.isEmpty, given.contains(where: { $0.start == hit.start && $0.end == hit.end }) { continue }
            let s = signals.payloads[hit.entry]
            switch s.role {
            case .require(let g): groupsMet[s.intent] |= 1 << UInt64(g)
            case .signal(let w): signalHits[s.intent].append((hit, w))
            case .exclude: excluded[s.intent] = true
            case .mode(let m): modes[s.intent] = min(modes[s.intent], m)
            }
        }

        func termsFor(_ n: Int) -> [Int] {
            let kinds = facts[n].termKinds
            return kinds.isEmpty ? terms : terms.filter { kinds.contains(lexicon.glossary[$0].kind) }
        }
        // District names, looked for once when no province is named (used below twice).
        // "ตำบลท่าช้าง": a district's name right after a subdistrict word is that subdistrict's (many
        // share it), as a province's is.
        let districtCandidates = provinces.isEmpty && regions.isEmpty && leftOut.isEmpty
            ? districtHits(in: message).filter { $0.start >= (askerPlaceEnd ?? 0) } : []
        let districtHit = districtCandidates.first { !afterSubdistrict($0) }
        if districtHit == nil, districtCandidates.contains(where: afterSubdistrict) { namesSubdistrict = true }
        func slotFound(_ slot: SlotKind, _ n: Int) -> Bool {
            switch slot {
            // A district's name stands for its province ("สัตหีบมีวิทยากรหลักไหม" is as sure as "ชลบุรี…").
            case .province: return !provinces.isEmpty || districtHit != nil
            // A body that is no party ("สกร.มีหน้าที่อะไร") stands where a department would, for an
            // intent that says so (its `named_body` answer).
            case .agency: return !agencies.isEmpty || speakerIsTopic(n) || (otherBody && facts[n].namedBodyMode != nil)
            case .trainerType: return !types.isEmpty
            case .term: return !termsFor(n).isEmpty
            case .region: return !regions.isEmpty
            case .other: return false
            }
        }
        /// In an intent about a department and no place (its duties), with no other department, no
        /// place or trainer type ("…น่านมีวิทยากรกี่คน" counts, though เจ้าหน้าที่ holds หน้าที่) and
        /// no term named ("…ศส.ปชต.มีหน้าที่อะไร" asks about the centre), "I" and "we" are the asker's
        /// own department.
        func speakerIsTopic(_ n: Int) -> Bool {
            !speakerAgencies.isEmpty && agencies.isEmpty && provinces.isEmpty && types.isEmpty && regions.isEmpty
                && facts[n].slotKinds.contains(.agency) && !facts[n].takesProvince
                && terms.allSatisfy { lexicon.discourse.speaker.neutralTerms.contains(lexicon.glossary[$0].term) }
        }
        /// The require groups of intent `n` not met, as bits.
        func unmetGroups(_ n: Int) -> UInt64 {
            var met = groupsMet[n]
            for (kind, groups) in facts[n].slotGroups where slotFound(kind, n) { met |= groups }
            return facts[n].allGroups & ~met
        }

        // Or the question's whole subject is a district: a short name ("ปายมีวิทยากร…"), or the
        // beginning of exactly one district's name ("อรัญ" for อรัญประเทศ).
        // Looked for at most once, and only when a province is wanted or would fill a slot.
        var subjectDistrictLooked = false, subjectDistrictFound: Int?
        func districtOfSubject() -> Int? {
            if !subjectDistrictLooked {
                subjectDistrictLooked = true
                subjectDistrictFound = provinces.isEmpty && regions.isEmpty && leftOut.isEmpty && districtHit == nil
                    ? self.district(asSubjectOf: message) : nil
            }
            return subjectDistrictFound
        }

        // A misspelt province is looked for only when an intent would take it.
        var fuzzy = false

        // A region named is the place asked about: no province is guessed from its letters.
        // Nor from a subdistrict's name ("ตำบลหนองบัว" is no misspelt หนองบัวลำภู).
        if provinces.isEmpty, regions.isEmpty, !namesSubdistrict, leftOut.isEmpty {
            let wantsProvince = (0..<count).contains { n in
                guard !excluded[n], facts[n].takesProvince else { return false }
                // Every group still unmet is one the province would meet.
                return unmetGroups(n) & ~facts[n].provinceGroups == 0
            }
            // A real district name beats the nearest province spelling (เชียงแสน is not เชียงใหม่).
            // The letters of an unknown subject must end in the misspelt name ("…บุรีรำมีวิทยากร"): a
            // name near a part inside them is another place ("สุวรรณเขต" is no สุพรรณบุรี).
            func misspelt() -> (value: Int, distance: Int)? {
                if let letters = lettersToSubjectEnd(message) { return fuzzyProvinces.bestMatch(endingAt: letters) }
                return fuzzyProvinces.bestMatch(in: message.compactScalars)
            }
            if wantsProvince, districtHit == nil, districtOfSubject() == nil, let match = misspelt(),
               !runsIntoUnknown || (fullNameNear(match.value) && !rivals.contains(match.value)) {
                provinces = [match.value]
                fuzzy = true
            }
        }

        // Not where the asker's own department is the one asked about ("ผมเป็นจนท.พช. … มีหน้าที่อะไร").
        if otherBody, agencies.isEmpty {
            for n in 0..<count { if let m = facts[n].namedBodyMode, !speakerIsTopic(n) { modes[n] = min(modes[n], m) } }
        }
        var best: (n: Int, score: Double)?
        var bestBesidesGreeting: (n: Int, score: Double)?
        for n in 0..<count where !excluded[n] {
            let intent = facts[n]
            guard intent.requireCount > 0, unmetGroups(n) == 0 else { continue }
            var score = Double(intent.requireCount)
            score += Self.nonOverlappingWeight(signalHits[n])
            score += 0.5 * Double(intent.slotKinds.filter { slotFound($0, n) }.count)
            if modes[n] != Int.max { score += 1 }  // a phrase that picks an answer variant
            guard score >= intent.minScore else { continue }
            if catalogue.intents[n].id != .greeting, bestBesidesGreeting.map({ score > $0.score || (score == $0.score && intent.priority > facts[$0.n].priority) }) ?? true {
                bestBesidesGreeting = (n, score)
            }
            if let b = best {
                if score > b.score || (score == b.score && intent.priority > facts[b.n].priority) { best = (n, score) }
            } else {
                best = (n, score)
            }
        }
        // A hello or thank-you around a question of the bot's field it did not make out ("สวัสดีค่ะ
        // แล้วมีทั้งหมดกี่ข้อ", "…ศส.ปชต.มีไว้ทำไม ค่ะ thanks": a question word and a required word of
        // another intent) is no greeting: unknown, for the follow-up and the reply that says what the bot can
        // answer, or the other intent the message meets. "สวัสดีครับ ขอรบกวนหน่อยนะครับ" still greets.
        if let b = best, catalogue.intents[b.n].id == .greeting,
           (0..<count).contains(where: { $0 != b.n && groupsMet[$0] != 0 }),
           discourse.hits(in: message).contains(where: { discourse.payloads[$0.entry] }) { best = bestBesidesGreeting }
        guard let chosen = best else {
            var u = Understanding.unknown
            u.provinces = provinces.map { lexicon.provinces[$0].name }
            u.agencies = agencies.map { lexicon.agencies[$0].code }
            // A party's term names its party for a follow-up ("แล้ว อสม. ล่ะ" after a duties answer).
            for code in terms.compactMap({ lexicon.glossary[$0].agency }) where !u.agencies.contains(code) { u.agencies.append(code) }
            u.types = types.map { lexicon.trainerTypes[$0].code }
            u.regions = regions.map { lexicon.regions[$0].code }
            u.terms = terms.map { lexicon.glossary[$0].term }
            u.excluded = leftOut.map { lexicon.provinces[$0].name }
            u.number = number(in: message)
            return u
        }
        let intent = catalogue.intents[chosen.n]
        var slots: [String: String] = [:]
        if intent.slots.contains("province"), let p = provinces.first { slots["province"] = lexicon.provinces[p].name }
        if intent.slots.contains("agency"), let a = agencies.first { slots["agency"] = lexicon.agencies[a].code }
        if intent.slots.contains("trainer_type"), types.count == 1 { slots["trainer_type"] = lexicon.trainerTypes[types[0]].code }
        if intent.slots.contains("term"), let t = termsFor(chosen.n).first { slots["term"] = lexicon.glossary[t].term }
        // A region is the place only when no province is named ("เชียงใหม่ ภาคเหนือ" asks for the province).
        if intent.slots.contains("region"), provinces.isEmpty, let r = regions.first { slots["region"] = lexicon.regions[r].code }
        // A glossary term that belongs to one party (อสม. → กรมสนับสนุนบริการสุขภาพ) names that
        // party's column in an intent that takes an agency and no term.
        if intent.slots.contains("agency"), !intent.slots.contains("term"), slots["agency"] == nil,
           let code = terms.lazy.compactMap({ lexicon.glossary[$0].agency }).first,
           let a = lexicon.agencies.firstIndex(where: { $0.code == code }), lexicon.agencies[a].registerColumn {
            slots["agency"] = code
            agencies = [a]
        }
        // In an intent that takes both, a party's term names the party too (อสม. → HSS's duties).
        if intent.slots.contains("agency"), intent.slots.contains("term"), slots["agency"] == nil, let term = slots["term"],
           let code = lexicon.glossaryTerm(term)?.agency, let a = lexicon.agencies.firstIndex(where: { $0.code == code }) {
            slots["agency"] = code
            agencies = [a]
        }
        if slots["agency"] == nil, speakerIsTopic(chosen.n), let a = speakerAgencies.first {
            slots["agency"] = lexicon.agencies[a].code
            agencies = [a]
        }
        // A district fills an empty province slot of an intent that takes one (แม่สาย → เชียงราย);
        // a name several provinces share is asked about, never guessed.
        var district: String?
        var ambiguousDistrict: AmbiguousDistrict?
        if intent.slots.contains("province"), provinces.isEmpty, let index = districtHit.map({ districts.payloads[$0.entry] }) ?? districtOfSubject() {
            let d = districtProvinces[index]
            if d.provinces.count == 1, let p = lexicon.provinces.firstIndex(where: { $0.name == d.provinces[0] }) {
                provinces = [p]
                slots["province"] = d.provinces[0]
                district = d.name
            } else {
                ambiguousDistrict = AmbiguousDistrict(name: d.name, provinces: d.provinces)
            }
        }
        var understanding = Understanding(
            intent: intent.id, slots: slots, score: chosen.score,
            provinces: provinces.map { lexicon.provinces[$0].name },
            agencies: agencies.map { lexicon.agencies[$0].code },
            number: number(in: message),
            fuzzyProvince: fuzzy,
            mode: modes[chosen.n] == Int.max ? nil : intent.modes[modes[chosen.n]].name
        )
        understanding.types = types.map { lexicon.trainerTypes[$0].code }
        understanding.regions = regions.map { lexicon.regions[$0].code }
        understanding.terms = terms.map { lexicon.glossary[$0].term }
        understanding.excluded = leftOut.map { lexicon.provinces[$0].name }
        understanding.namesOtherBody = otherBody && agencies.isEmpty
        understanding.district = district
        understanding.ambiguousDistrict = ambiguousDistrict
        if let r = regionPart, slots["region"] == lexicon.regions[r].code { understanding.regionPart = lexicon.regions[r].code }
        // "ที่นี่มีวิทยากรกี่คน": the asker's place, unnamed; the bot asks which province (or takes
        // the place the conversation set, `Decider.resolve`).
        if intent.slots.contains("province"), slots["province"] == nil, slots["region"] == nil, ambiguousDistrict == nil,
           !hereWords.hits(in: message).isEmpty {
            understanding.asksProvince = true
            understanding.namesHere = true
        }
        return understanding
    }

    /// Whether `message` points back to the place just spoken of ("ที่นั่น", `subject.that_words`).
    public func pointsBackToPlace(_ message: NormalizedText) -> Bool { !thatWords.hits(in: message).isEmpty }

    /// Whether `message` points back to the department just spoken of ("กรมนั้น", `subject.that_agency_words`).
    public func pointsBackToAgency(_ message: NormalizedText) -> Bool { !thatAgencyWords.hits(in: message).isEmpty }

    /// Sum of weights of signal hits: a phrase counts once, and not when inside a longer hit.
    static func nonOverlappingWeight(_ hits: [(hit: PhraseHit, weight: Double)]) -> Double {
        guard hits.count > 1 else { return hits.first?.weight ?? 0 }
        let ranked = hits.sorted { $0.hit.length > $1.hit.length }
        var taken: [PhraseHit] = []
        var total = 0.0
        for h in ranked where !taken.contains(where: { ($0.start < h.hit.end && h.hit.start < $0.end) || $0.entry == h.hit.entry }) {
            taken.append(h.hit)
            total += h.weight
        }
        return total
    }

    /// The first whole number from 1 to 77 written in Arabic digits (Thai digits are already Arabic).
    static func firstNumber(in s: [UInt32]) -> Int? {
        var i = 0
        while i < s.count {
            if s[i] >= 0x30 && s[i] <= 0x39 {
                var value = 0
                var j = i
                while j < s.count, s[j] >= 0x30 && s[j] <= 0x39, value < 1_000 {
                    value = value * 10 + Int(s[j] - 0x30)
                    j += 1
                }
                if (1...77).contains(value) { return value }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }
}
