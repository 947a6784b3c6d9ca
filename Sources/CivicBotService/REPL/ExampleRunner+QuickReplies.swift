import CivicBotCore
import Foundation

extension ExampleRunner {
    /// The answers the quick-reply check presses buttons under: every combination of no value or
    /// each value of the slots an intent takes among province (two samples), agency and type.
    static func sampleSlots(of intent: IntentDefinition, lexicon: Lexicon) -> [[String: String]] {
        let provinces = [lexicon.provinces.first?.name, lexicon.provinces.last?.name].compactMap { $0 }
        let choices: [String: [String]] = [
            "province": provinces,
            "agency": lexicon.agencies.map(\.code),
            "trainer_type": lexicon.trainerTypes.map(\.code),
        ]
        var samples: [[String: String]] = [[:]]
        for name in intent.slots.sorted() {
            guard let values = choices[name] else { continue }
            samples = samples.flatMap { s in [s] + values.map { v in s.merging([name: v]) { $1 } } }
        }
        return samples
    }

    /// The `quick_replies:` of Intents/, pressed: after sample answers of each intent that has
    /// them, every button keeps to LINE's limits (13 buttons, a label of 1 to 20 UTF-16 units, a
    /// text of 1 to 300, every placeholder filled) and its text, sent after that answer, is
    /// understood as the rule's `yields` says (intent and exact slots, through the follow-up
    /// context, as a tap in a chat is). Readable lines; empty when all is well.
    public static func quickReplyFailures(_ matcher: IntentMatcher) -> [String] {
        let catalogue = matcher.catalogue
        let decider = Decider(matcher: matcher)
        var failures: [String] = []
        for intent in catalogue.intents where !intent.quickReplies.isEmpty {
            let name = "\(intent.id.rawValue).yaml quick_replies"
            for rule in intent.quickReplies {
                for slot in Array(rule.when.keys) + Array(rule.each.keys) where !intent.slots.contains(slot) {
                    failures.append("\(name): '\(rule.label)': \(intent.id.rawValue) has no slot '\(slot)'")
                }
                if rule.each.count > 1 { failures.append("\(name): '\(rule.label)': `each` takes one slot") }
            }
            for slots in sampleSlots(of: intent, lexicon: catalogue.lexicon) {
                let all = intent.quickReplies.flatMap { QuickReplies.buttons([$0], slots: slots, lexicon: catalogue.lexicon) }
                if all.count > QuickReplies.maxButtons {
                    failures.append("\(name): \(all.count) buttons after \(slots), LINE shows at most \(QuickReplies.maxButtons)")
                }
                let context = ConversationContext(intent: intent.id, slots: slots, at: Date(timeIntervalSince1970: 0))
                for rule in intent.quickReplies {
                    let buttons = QuickReplies.buttons([rule], slots: slots, lexicon: catalogue.lexicon)
                    let expected = QuickReplies.expectations(rule, answer: intent.id, slots: slots, lexicon: catalogue.lexicon)
                    for (button, (wantIntent, wantSlots)) in zip(buttons, expected) {
                        let label = "\(name): '\(button.label)' → '\(button.text)' after \(slots)"
                        if button.label.isEmpty || button.label.utf16.count > QuickReplies.maxLabel {
                            failures.append("\(label): a label holds 1 to \(QuickReplies.maxLabel) characters")
                        }
                        if button.text.isEmpty || button.text.utf16.count > QuickReplies.maxText {
                            failures.append("\(label): a text holds 1 to \(QuickReplies.maxText) characters")
                        }
                        if (button.label + button.text).contains("{") {
                            failures.append("\(label): a placeholder is not filled")
                        }
                        let n = matcher.normalize(button.text)
                        let u = decider.resolve(matcher.understand(n), normalized: n, context: context)
                        if u.intent != wantIntent || u.slots != wantSlots {
                            failures.append("\(label): expected \(wantIntent.rawValue) \(wantSlots), got \(u.intent.rawValue) \(u.slots)")
                        }
                    }
                }
            }
        }
        return failures
    }
}
