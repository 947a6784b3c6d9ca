import Foundation

/// What one user last asked in one chat and was answered: the next message may build on it. A
/// value, kept by the shell per chat and user and passed to `Decider.decide`.
public struct ConversationContext: Sendable, Equatable {
    /// The intent answered.
    public let intent: IntentID
    /// Its slots.
    public let slots: [String: String]
    /// The variant of the answer (a ranking, an MOU's term), which a follow-up that names only a
    /// slot keeps ("แล้ววิทยากรหลักล่ะ" after the ranking of extended trainers ranks core ones).
    public let mode: String?
    /// When it was answered.
    public let at: Date

    /// Makes a context.
    public init(intent: IntentID, slots: [String: String], mode: String? = nil, at: Date) {
        self.intent = intent
        self.slots = slots
        self.mode = mode
        self.at = at
    }
}
