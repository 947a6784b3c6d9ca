import CivicBotCore
import CivicBotStore
import Foundation

/// Carries out the admin commands the decision hands over (register, correct, remove and restore
/// trainers; usage figures) inside the message's transaction, and writes their replies. Who may
/// ask, and where, is decided before (`Decider`). All Thai text comes from the intents' reply
/// templates in Intents/.
public struct AdminDesk: Sendable {
    /// What went wrong inside the desk (the chat sees the fallback reply).
    public enum DeskError: Error, Equatable {
        /// trainer_register.yaml has no `form:` block.
        case noForm
    }

    let catalogue: IntentCatalogue
    /// The registration form reader (nil when Intents/ lacks the form; `civicbot check` says so).
    public let form: RegistrationForm?

    /// Makes a desk over the catalogue (building a matcher for the form's province and agency words).
    public init(catalogue: IntentCatalogue) {
        self.init(matcher: IntentMatcher(catalogue: catalogue))
    }

    /// Makes a desk over a matcher already built (the bot's: building one again costs a fifth of a cold start).
    public init(matcher: IntentMatcher) {
        self.catalogue = matcher.catalogue
        self.form = matcher.catalogue.intent(.trainerRegister).form.map { RegistrationForm(spec: $0, matcher: matcher) }
    }

    /// The reply to an admin command, its change written in `tx` (the message's transaction).
    public func execute(_ command: AdminCommand, in tx: StoreTransaction, at now: Date) throws -> String {
        let pass = AdminPass(desk: self, book: TemplateBook(catalogue: catalogue), now: now)
        let actor = AuditActor.user(command.userID)
        let text: String
        switch command.intent {
        case .trainerRegister: text = try pass.register(command.text, by: actor, in: tx)
        case .trainerUpdate: text = try pass.update(command.text, by: actor, in: tx)
        case .trainerRemove: text = try pass.remove(command.text, restore: command.mode == "restore", by: actor, in: tx)
        default: text = pass.statsReport(try tx.usageStats(now: now))
        }
        try pass.book.check()
        return text
    }

    /// Texts outside a command (the CLI's `stats`, CSV import problems); the book says what was missing.
    public func texts() -> AdminPass { AdminPass(desk: self, book: TemplateBook(catalogue: catalogue), now: Date()) }
}

/// One admin reply being written: the desk, the templates it fills, and the time.
public struct AdminPass {
    let desk: AdminDesk
    /// The templates of this reply.
    public let book: TemplateBook
    let now: Date
    var catalogue: IntentCatalogue { desk.catalogue }
    /// The registration form reader.
    public var form: RegistrationForm? { desk.form }

    /// Fills template `key` of `intent` (a missing one fails the reply).
    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        book.text(intent, key, values)
    }

    func requireForm() throws -> RegistrationForm {
        guard let form else { throw AdminDesk.DeskError.noForm }
        return form
    }
}
