import CivicBotCore
import CivicBotStore
import Foundation
import Logging

/// The admin intents: register, correct, remove and restore trainers, and usage figures. Checks
/// the role (by numeric user id) and the chat (private only) before anything changes; a refusal
/// is audited. All Thai text comes from the intents' reply templates in Intents/.
public struct AdminDesk: Sendable {
    /// The intents the desk handles instead of the answerer.
    public static let intents: Set<String> = ["trainer_register", "trainer_update", "trainer_remove", "stats"]

    /// What went wrong inside the desk (the chat sees the fallback reply).
    public enum DeskError: Error, Equatable {
        /// trainer_register.yaml has no `form:` block.
        case noForm
    }

    let catalogue: IntentCatalogue
    let store: AppDatabase
    /// The registration form reader (nil when Intents/ lacks the form; `civicbot check` says so).
    public let form: RegistrationForm?
    let logger: Logger
    let now: @Sendable () -> Date

    /// Makes a desk over the matcher's catalogue and the store.
    public init(matcher: IntentMatcher, store: AppDatabase, logger: Logger, now: @escaping @Sendable () -> Date = Date.init) {
        self.catalogue = matcher.catalogue
        self.store = store
        self.form = matcher.catalogue.intent("trainer_register")?.form.map { RegistrationForm(spec: $0, matcher: matcher) }
        self.logger = logger
        self.now = now
    }

    /// True for the intents the desk handles.
    public static func handles(_ intent: String) -> Bool { intents.contains(intent) }

    /// The reply to an admin intent already judged worth answering by the reply policy; nil for
    /// silence. `text` is the message without the command word and mention. Order of checks: an
    /// unaddressed group message that names no trainer id is chatter (silence); a non-admin is
    /// refused (audited) wherever they ask; an admin in a group is pointed to a private chat.
    public func reply(_ u: Understanding, to message: Message, text: String, addressed: Bool) throws -> String? {
        let intent = u.intent
        if message.chatType == .group, !addressed, intent == "trainer_update" || intent == "trainer_remove", TrainerID.all(in: text).isEmpty {
            return nil
        }
        guard try store.isAdmin(message.userID) else {
            do {
                try store.recordRefusal(of: message.userID, intent: intent, chatType: message.chatType.rawValue, at: now())
            } catch {
                logger.error("audit of a refusal failed", metadata: ["chat.id": "\(message.chatID)", "intent.name": "\(intent)", "error": "\(error)"])
            }
            logger.notice("admin intent refused", metadata: ["user.id": "\(message.userID)", "intent.name": "\(intent)"])
            return template(intent, "refused")
        }
        guard message.chatType == .private else { return template(intent, "private_only") }
        let actor = AuditActor.user(message.userID)
        switch intent {
        case "trainer_register": return try register(text, by: actor)
        case "trainer_update": return try update(text, by: actor)
        case "trainer_remove": return try remove(text, restore: u.mode == "restore", by: actor)
        default: return statsReport(try store.usageStats(now: now()))
        }
    }

    /// Fills template `key` of `intent`; an absent template (caught by `civicbot check`) gives "".
    func template(_ intent: String, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(catalogue.intent(intent)?.replies[key] ?? "", values)
    }

    func requireForm() throws -> RegistrationForm {
        guard let form else { throw DeskError.noForm }
        return form
    }
}
