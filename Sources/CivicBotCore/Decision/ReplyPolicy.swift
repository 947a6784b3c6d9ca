/// Decides whether the bot speaks: the group etiquette, as a pure function.
public enum ReplyPolicy {
    /// True when the bot should answer `understanding` for a message in `chatType`; false means
    /// silence. Private chats always get an answer; groups only when the bot is addressed (a
    /// command, a mention, a reply to it) or for confident domain questions. `onTopic` says
    /// whether the message names anything the bot knows (`IntentMatcher.namesTopic`); it is read
    /// only for an addressed group message of an `on_topic` intent.
    public static func shouldAnswer(_ understanding: Understanding, definition: IntentDefinition, chatType: ChatType, addressed: Bool,
                                    onTopic: () -> Bool = { true }) -> Bool {
        if chatType == .private { return true }
        if addressed { return definition.group != .onTopic || onTopic() }
        guard understanding.intent != .unknown, definition.group == .domain else { return false }
        // Unaddressed in a group: only a question, never an announcement, thank-you or caption
        // (admin commands are commands, not questions: the admin rules decide them).
        if !understanding.intent.isAdmin, !understanding.asks || understanding.announces { return false }
        return understanding.score >= definition.groupMinScore
    }
}
