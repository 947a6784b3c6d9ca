/// The first, knowledge-free step of a decision: how the message addresses the bot, its
/// normalised text and what the matcher made of it. `needsRole` and `needsRegister` tell the shell
/// what else to look up before `Decider.decide`.
public struct Interpretation: Sendable {
    /// The message as the platform gave it.
    public let message: Message
    /// Command, mention, and the text without them.
    public let addressing: Addressing
    /// True when the bot is addressed: a command, a mention, or a reply to one of its messages.
    public let addressed: Bool
    /// The text without command and mention, normalised.
    public let normalized: NormalizedText
    /// Intent and slots.
    public let understanding: Understanding
    /// A decision reached without knowledge (another bot's command, empty, too long).
    public let early: Decision?

    /// True when the decision depends on the sender's role: an admin intent the bot may answer, or
    /// a list of trainers in a private chat (officers and admins see the phones trainers agreed to share).
    public var needsRole: Bool {
        early == nil && (understanding.intent.isAdmin || (understanding.intent == .trainerList && message.chatType == .private))
    }

    /// True when the answer reads the register of individual trainers (the shell refreshes the
    /// snapshot's copy when admins changed it).
    public var needsRegister: Bool {
        early == nil && (understanding.intent == .trainerCount || understanding.intent == .trainerList)
    }
}
