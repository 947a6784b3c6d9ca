/// One intent as a maintainer writes it in `Intents/<id>.yaml`: what signals it, its slots,
/// its Thai reply templates, and the examples the test suite runs.
public final class IntentDefinition: Sendable, Decodable {
    /// Where the bot answers this intent in a group chat.
    public enum GroupPolicy: String, Sendable, Decodable {
        /// A domain question: answered in groups when the match is confident.
        case domain
        /// Answered in groups only when the bot is addressed (command, mention, reply to it).
        case addressed
        /// Answered in groups only when the bot is addressed about something it knows: the message
        /// names a place, department, type, term or an intent's topic (`IntentMatcher.namesTopic`).
        /// "@bot ราคาหมูวันนี้เท่าไหร่" is group talk that happens to tag the bot.
        case onTopic = "on_topic"
    }

    /// A message the intent must yield, with the slots it must yield exactly.
    public struct Example: Sendable, Decodable {
        /// The message as a volunteer would type it.
        public let text: String
        /// Expected slots; none means no slot at all.
        public let slots: [String: String]

        enum CodingKeys: String, CodingKey { case text, slots }

        /// Decodes `- text: …` with optional `slots:`, or a bare string.
        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
                self.text = text
                self.slots = [:]
                return
            }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            text = try c.decode(String.self, forKey: .text)
            slots = try c.decodeIfPresent([String: String].self, forKey: .slots) ?? [:]
        }
    }

    /// A variant of the answer picked by phrases (for trainer_coverage: most, fewest, gaps).
    public struct Mode: Sendable, Decodable {
        /// Mode name the answerer knows.
        public let name: String
        /// Phrases that pick it.
        public let phrases: [String]
    }

    /// Stable intent id (DESIGN.md lists them).
    public let id: IntentID
    /// What the intent is for, for maintainers.
    public let description: String
    /// Tie-break between intents with equal scores: higher wins.
    public let priority: Int
    /// Lowest score at which the intent is chosen at all.
    public let minScore: Double
    /// Lowest score at which the bot speaks in a group without being addressed.
    public let groupMinScore: Double
    /// Group-chat policy.
    public let group: GroupPolicy
    /// Slots this intent takes: province, agency, trainer_type, term (`slots:` and `reports:`).
    public let slots: [String]
    /// The slots that make the intent likelier when found (`slots:`): each adds half a point.
    /// Those of `reports:` are filled and narrow the answer ("MOU ฝั่ง พช." → the CDD's MOU) but do
    /// not score: a department named does not make a message more of a contact question.
    public let scoredSlots: [String]
    /// Kinds of glossary term the `term` slot takes here (all when empty): agency_duties takes bodies only.
    public let termKinds: [String]
    /// Slash commands that lead straight here (`help` for /help).
    public let commands: [String]
    /// The Thai line Telegram's `/` menu shows for this intent's first command (`menu:`), if it is
    /// in the menu; `setMyCommands` sends it at every start of `serve`.
    public let menu: String?
    /// Groups of phrases: every group needs one hit. `$province` etc. stand for a found slot.
    public let require: [[String]]
    /// Phrases that add to the score, with their weights.
    public let signals: [String: Double]
    /// Phrases that rule the intent out.
    public let exclude: [String]
    /// Answer variants, first listed wins when several match.
    public let modes: [Mode]
    /// The reply templates of `language`.
    public func replies(in language: Language) -> [String: String] {
        language == .english ? repliesEnglish : replies
    }

    /// Thai reply templates by name; `{name}` placeholders are filled by the answerer.
    public let replies: [String: String]
    /// English reply templates by the same names (`replies_en:`), for messages written in English;
    /// every volunteer-facing intent has one for each Thai key Swift fills (`TemplateRequirements`).
    public let repliesEnglish: [String: String]
    /// Messages that must yield this intent.
    public let examples: [Example]
    /// Messages that must not yield this intent.
    public let counterExamples: [String]
    /// The registration form's labels and words (trainer_register only; issue 4).
    public let form: RegistrationFormSpec?
    /// Buttons under an answer of this intent in a one-to-one chat (`quick_replies:`).
    public let quickReplies: [QuickReplyRule]
    /// Intents whose answer this one may continue (`follows:`): right after one of them, a short
    /// message that meets every require group but the first (the topic, which the answer set) is
    /// this intent over the answer's slots ("ขอรายชื่อหน่อย" after a count is the list).
    public let follows: [IntentID]

    enum CodingKeys: String, CodingKey {
        case id, description, priority, group, slots, reports, commands, menu, require, signals, exclude, modes, replies, examples, form
        case minScore = "min_score"
        case groupMinScore = "group_min_score"
        case counterExamples = "counter_examples"
        case repliesEnglish = "replies_en"
        case termKinds = "term_kinds"
        case quickReplies = "quick_replies"
        case follows
    }

    /// Decodes an intent file; optional keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try c.decode(String.self, forKey: .id)
        guard let id = IntentID(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "unknown intent id '\(raw)'")
        }
        self.id = id
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        priority = try c.decodeIfPresent(Int.self, forKey: .priority) ?? 0
        minScore = try c.decodeIfPresent(Double.self, forKey: .minScore) ?? 1
        groupMinScore = try c.decodeIfPresent(Double.self, forKey: .groupMinScore) ?? 2
        group = try c.decodeIfPresent(GroupPolicy.self, forKey: .group) ?? .domain
        scoredSlots = try c.decodeIfPresent([String].self, forKey: .slots) ?? []
        slots = scoredSlots + (try c.decodeIfPresent([String].self, forKey: .reports) ?? [])
        commands = try c.decodeIfPresent([String].self, forKey: .commands) ?? []
        menu = try c.decodeIfPresent(String.self, forKey: .menu)
        termKinds = try c.decodeIfPresent([String].self, forKey: .termKinds) ?? []
        require = try c.decodeIfPresent([[String]].self, forKey: .require) ?? []
        signals = try c.decodeIfPresent([String: Double].self, forKey: .signals) ?? [:]
        exclude = try c.decodeIfPresent([String].self, forKey: .exclude) ?? []
        modes = try c.decodeIfPresent([Mode].self, forKey: .modes) ?? []
        replies = try c.decodeIfPresent([String: String].self, forKey: .replies) ?? [:]
        repliesEnglish = try c.decodeIfPresent([String: String].self, forKey: .repliesEnglish) ?? [:]
        examples = try c.decodeIfPresent([Example].self, forKey: .examples) ?? []
        counterExamples = try c.decodeIfPresent([String].self, forKey: .counterExamples) ?? []
        form = try c.decodeIfPresent(RegistrationFormSpec.self, forKey: .form)
        quickReplies = try c.decodeIfPresent([QuickReplyRule].self, forKey: .quickReplies) ?? []
        follows = try (c.decodeIfPresent([String].self, forKey: .follows) ?? []).map { raw in
            guard let id = IntentID(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(forKey: .follows, in: c, debugDescription: "unknown intent id '\(raw)'")
            }
            return id
        }
    }
}
