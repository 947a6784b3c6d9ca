/// One button under an answer: LINE's quick-reply message action, Telegram's reply-keyboard
/// button. Tapping it sends `text` as the user, so the bot reads it as a follow-up of the answer.
public struct QuickReplyButton: Sendable, Equatable, Codable {
    /// What the button shows (LINE: at most 20 characters).
    public let label: String
    /// What tapping it sends (LINE: at most 300 characters).
    public let text: String

    /// Makes a button.
    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}

/// One rule of an intent file's `quick_replies:` list: a button (or one per value of `each`)
/// shown under an answer of that intent whose slots fit `when`, and what the bot must understand
/// from its text after that answer (`yields`; `civicbot check` tries every button).
public struct QuickReplyRule: Sendable, Decodable, Equatable {
    /// What the bot must make of the button's text after the answer.
    public struct Yields: Sendable, Decodable, Equatable {
        /// The intent (nil: the answer's own).
        public let intent: IntentID?
        /// For the answer's own intent, the slots that change (`none` removes one, the others
        /// stay); for another intent, its slots exactly. `{slot}` placeholders fill in.
        public let slots: [String: String]

        enum CodingKeys: String, CodingKey { case intent, slots }

        /// Decodes `yields:`; both keys optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            intent = try c.decodeIfPresent(String.self, forKey: .intent).map { raw in
                guard let id = IntentID(rawValue: raw) else {
                    throw DecodingError.dataCorruptedError(forKey: .intent, in: c, debugDescription: "unknown intent id '\(raw)'")
                }
                return id
            }
            slots = try c.decodeIfPresent([String: String].self, forKey: .slots) ?? [:]
        }
    }

    /// Slot conditions on the answer: `any` (it has the slot), `none` (it has not), or a value.
    public let when: [String: String]
    /// One slot name and the values to repeat the button for (the answer's own value skipped).
    public let each: [String: [String]]
    /// The label; `{slot}`, `{slot_short}` (an agency's short name), `{slot_name}` fill in.
    public let label: String
    /// The text it sends, with the same placeholders.
    public let text: String
    /// What it must mean after the answer.
    public let yields: Yields

    enum CodingKeys: String, CodingKey { case when, each, label, text, yields }

    /// Decodes one rule; `when` and `each` optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        when = try c.decodeIfPresent([String: String].self, forKey: .when) ?? [:]
        each = try c.decodeIfPresent([String: [String]].self, forKey: .each) ?? [:]
        label = try c.decode(String.self, forKey: .label)
        text = try c.decode(String.self, forKey: .text)
        yields = try c.decode(Yields.self, forKey: .yields)
    }

    /// The slot conditions: true when `slots` fit every one.
    func fits(_ slots: [String: String]) -> Bool {
        when.allSatisfy { name, condition in
            switch condition {
            case "any": return slots[name] != nil
            case "none": return slots[name] == nil
            default: return slots[name] == condition
            }
        }
    }

    /// The values this rule's placeholders take for an answer's `slots`: one set per button.
    func bindings(for slots: [String: String]) -> [[String: String]] {
        guard fits(slots) else { return [] }
        guard let (name, values) = each.first else { return [slots] }
        return values.filter { $0 != slots[name] }.map { value in
            var bound = slots
            bound[name] = value
            return bound
        }
    }
}

/// The buttons under an answer: pure, from the rules of Intents/ and the lexicon's names.
public enum QuickReplies {
    /// LINE's limits: buttons per message, characters of a label, characters of the text sent.
    public static let maxButtons = 13, maxLabel = 20, maxText = 300

    /// The buttons `rules` give for an answer with `slots` (at most `maxButtons`, in rule order).
    public static func buttons(_ rules: [QuickReplyRule], slots: [String: String], lexicon: Lexicon) -> [QuickReplyButton] {
        var out: [QuickReplyButton] = []
        for rule in rules {
            for bound in rule.bindings(for: slots) {
                let values = placeholders(bound, lexicon: lexicon)
                out.append(QuickReplyButton(label: Template.render(rule.label, values), text: Template.render(rule.text, values)))
            }
        }
        return Array(out.prefix(maxButtons))
    }

    /// The slots each button of `rule` must yield after an answer with `slots`, one per button
    /// (the same order as `buttons`): intent and exact slots.
    public static func expectations(_ rule: QuickReplyRule, answer intent: IntentID, slots: [String: String],
                                    lexicon: Lexicon) -> [(IntentID, [String: String])] {
        rule.bindings(for: slots).map { bound in
            let values = placeholders(bound, lexicon: lexicon)
            let target = rule.yields.intent ?? intent
            var expected = target == intent ? slots : [:]
            for (name, value) in rule.yields.slots {
                expected[name] = value == "none" ? nil : Template.render(value, values)
            }
            return (target, expected)
        }
    }

    /// The slot values and their names: `{agency}` DOPA, `{agency_short}` ปค., `{agency_name}`
    /// กรมการปกครอง, `{trainer_type_name}` วิทยากรหลัก, `{province}` as it is.
    static func placeholders(_ slots: [String: String], lexicon: Lexicon) -> [String: String] {
        var values = slots
        if let code = slots["agency"], let agency = lexicon.agency(code: code) {
            values["agency_short"] = agency.short
            values["agency_name"] = agency.name
        }
        if let code = slots["trainer_type"], let type = lexicon.trainerTypes.first(where: { $0.code == code }) {
            values["trainer_type_name"] = type.name
        }
        return values
    }
}
