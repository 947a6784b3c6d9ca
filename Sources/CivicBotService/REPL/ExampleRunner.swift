import Foundation
import CivicBotCore

/// Runs every example and counter-example in Intents/ through the matcher.
public enum ExampleRunner {
    /// One example or counter-example, ready to check.
    public struct Case: Sendable, CustomStringConvertible {
        /// Intent file it comes from.
        public let intent: IntentID
        /// Message text.
        public let text: String
        /// Expected slots (examples only).
        public let slots: [String: String]
        /// True for a counter-example: the intent must not be `intent`.
        public let isCounter: Bool

        /// Makes a case.
        public init(intent: IntentID, text: String, slots: [String: String], isCounter: Bool) {
            self.intent = intent
            self.text = text
            self.slots = slots
            self.isCounter = isCounter
        }

        /// `intent: text`, for test names.
        public var description: String { "\(intent.rawValue)\(isCounter ? " (not)" : ""): \(text)" }

        /// nil when the matcher agrees; otherwise what went wrong.
        public func failure(_ matcher: IntentMatcher) -> String? {
            let u = matcher.understand(matcher.normalize(text))
            if isCounter {
                return u.intent == intent ? "'\(text)' must not be \(intent.rawValue)" : nil
            }
            if u.intent != intent { return "'\(text)': expected \(intent.rawValue), got \(u.intent.rawValue) (score \(u.score))" }
            if u.slots != slots { return "'\(text)': expected slots \(slots), got \(u.slots)" }
            return nil
        }
    }

    /// Every case in the catalogue, examples first.
    public static func cases(_ catalogue: IntentCatalogue) -> [Case] {
        catalogue.intents.flatMap { intent in
            intent.examples.map { Case(intent: intent.id, text: $0.text, slots: $0.slots, isCounter: false) }
                + intent.counterExamples.map { Case(intent: intent.id, text: $0, slots: [:], isCounter: true) }
        }
    }

    /// Every failure, as readable lines.
    public static func failures(_ matcher: IntentMatcher) -> [String] {
        cases(matcher.catalogue).compactMap { $0.failure(matcher) } + discourseFailures(matcher) + quickReplyFailures(matcher)
    }

    /// The examples of `lexicon/discourse.yaml`: each question asks and announces nothing; each
    /// announcement does not pass as a question.
    public static func discourseFailures(_ matcher: IntentMatcher) -> [String] {
        let d = matcher.catalogue.lexicon.discourse
        let questions = d.questions.compactMap { text -> String? in
            let (asks, announces) = matcher.discourse(of: matcher.normalize(text))
            return asks && !announces ? nil : "discourse: '\(text)' must read as a question"
        }
        let announcements = d.announcements.compactMap { text -> String? in
            let (asks, announces) = matcher.discourse(of: matcher.normalize(text))
            return asks && !announces ? "discourse: '\(text)' must not read as a question" : nil
        }
        // Asking why: a question to the bot only of what its answer explains.
        let why = d.why.asked.map { ($0, true) } + d.why.notAsked.map { ($0, false) }
        let whyFailures = why.compactMap { text, expected -> String? in
            let n = matcher.normalize(text)
            let (asks, announces) = matcher.discourse(of: n, answeredAs: matcher.understand(n).intent)
            return (asks && !announces) == expected ? nil : "discourse: '\(text)' must \(expected ? "" : "not ")read as a question"
        }
        // A question about a place the lexicon does not know names it as the subject.
        let unknownPlaces = d.subject.unknownPlaces.compactMap { text -> String? in
            matcher.mentionsProvinceWord(matcher.normalize(text)) ? nil : "discourse: '\(text)' must read as naming an unknown place"
        }
        return questions + announcements + whyFailures + unknownPlaces + followUpFailures(matcher)
    }

    /// The follow-up examples of `lexicon/discourse.yaml`: after the first question is answered,
    /// the follow-up yields the intent and slots written.
    public static func followUpFailures(_ matcher: IntentMatcher) -> [String] {
        let decider = Decider(matcher: matcher)
        return matcher.catalogue.lexicon.discourse.followUp.examples.compactMap { e in
            // The context the first message's answer leaves, as the decision makes it.
            let before = matcher.normalize(e.after)
            let first = decider.resolve(matcher.understand(before), normalized: before, context: nil)
            let context = decider.nextContext(first, normalized: before, at: Date(timeIntervalSince1970: 0))
            let n = matcher.normalize(e.text)
            let u = matcher.understand(n)
            let merged = decider.resolve(u, normalized: n, context: context)
            if merged.intent.rawValue == e.intent, merged.slots == e.slots { return nil }
            return "follow-up: '\(e.text)' after '\(e.after)': expected \(e.intent) \(e.slots), got \(merged.intent.rawValue) \(merged.slots)"
        }
    }

    /// Every example rendered as an answer, in a private chat and addressed in a group, in Thai
    /// and in English (whatever language it is written in, so that every branch Swift fills is
    /// tried in both): the templates Swift asks for that Intents/ lacks (a typo in Swift), as
    /// readable lines.
    public static func renderFailures(_ renderer: Renderer, knowledge: KnowledgeSnapshot) -> [String] {
        cases(renderer.matcher.catalogue).filter { !$0.isCounter && !$0.intent.isAdmin }.flatMap { c -> [String] in
            let n = renderer.matcher.normalize(c.text)
            let understood = renderer.matcher.understand(n)
            return Language.allCases.flatMap { language -> [String] in
                var u = understood
                u.language = language
                return [ChatType.private, .group].compactMap { chat -> String? in
                    do {
                        _ = try renderer.answer(u, normalized: n, chatType: chat, knowledge: knowledge)
                        return nil
                    } catch {
                        return "'\(c.text)' (\(chat.rawValue), \(language.rawValue)): \(error)"
                    }
                }
            }
        }
    }
}
