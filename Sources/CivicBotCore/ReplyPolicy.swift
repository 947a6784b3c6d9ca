/// Decides whether the bot speaks: the group etiquette, as a pure function.
public enum ReplyPolicy {
    /// True when the bot should answer `understanding` for a message in `chatType` addressed as
    /// `addressing`; false means silence. Private chats always get an answer; groups only for
    /// confident domain questions, or when the bot is addressed.
    public static func shouldAnswer(
        _ understanding: Understanding,
        definition: IntentDefinition?,
        chatType: ChatType,
        addressing: Addressing,
        repliesToBot: Bool
    ) -> Bool {
        if addressing.forOtherBot { return false }
        if chatType == .private { return true }
        if addressing.command != nil || addressing.mentioned || repliesToBot { return true }
        guard understanding.intent != "unknown", let definition, definition.group == .domain else { return false }
        return understanding.score >= definition.groupMinScore
    }
}
