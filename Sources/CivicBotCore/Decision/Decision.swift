/// What the bot does with one message: the outcome of `Decider.decide`, carried out by the shell
/// (REPL, poller, webhooks), which writes the log, the outbox and any admin change in one transaction.
public enum Decision: Sendable, Equatable {
    /// Send `reply.text`: an answer from the knowledge, or a short reply (help, too long, empty).
    case answer(Reply)
    /// Send `reply.text`, a question back: a word of the message could not be resolved.
    case clarify(Reply)
    /// Say nothing; the reply's intent and slots are still logged.
    case silent(Reply, SilenceReason)
    /// Send `reply.text`, a refusal of an admin intent to a non-admin; the shell audits the refusal.
    case refuse(Reply)
    /// Carry out an admin command in the message's transaction; its text comes from the result.
    case admin(AdminCommand)

    /// The intent and slots to log, and the text to send (nil for silence and for admin commands
    /// not yet carried out).
    public var reply: Reply {
        switch self {
        case .answer(let r), .clarify(let r), .silent(let r, _), .refuse(let r): return r
        case .admin(let c): return Reply(intent: c.intent, slots: c.slots, text: nil)
        }
    }
}

/// Why the bot stays silent.
public enum SilenceReason: String, Sendable, Equatable {
    /// A command for another bot (`/help@otherbot`).
    case otherBot
    /// Group chatter: not a confident domain question, and the bot was not addressed.
    case chatter
    /// An empty or over-long message in a group, not addressed to the bot.
    case unreadable
}

/// Who sent a message, as far as the decision needs to know: the shell looks the role up (by
/// numeric user id) only when `Interpretation.needsRole` says so.
public enum SenderRole: Sendable, Equatable {
    /// May keep the register and see usage figures.
    case admin
    /// Staff of the partner departments and ECT offices: may see trainers' phones (those who
    /// consented) in a private chat; no admin commands.
    case officer
    /// Anyone else.
    case volunteer
}

/// An admin intent to carry out: who asked, what, and the text of the command (mention and command
/// word removed).
public struct AdminCommand: Sendable, Equatable {
    /// trainer_register, trainer_update, trainer_remove or stats.
    public let intent: IntentID
    /// The understanding's slots (logged with the interaction).
    public let slots: [String: String]
    /// The understanding's mode (trainer_remove: `restore`).
    public let mode: String?
    /// The command text.
    public let text: String
    /// The admin's numeric user id.
    public let userID: Int64

    /// Makes a command.
    public init(intent: IntentID, slots: [String: String], mode: String?, text: String, userID: Int64) {
        self.intent = intent
        self.slots = slots
        self.mode = mode
        self.text = text
        self.userID = userID
    }
}
