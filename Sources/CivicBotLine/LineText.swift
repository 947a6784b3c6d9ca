import CivicBotTransport

/// A reply cut for LINE: parts of at most 5,000 UTF-16 units (at line breaks where it can), at most
/// 5 of them, since one reply takes 5 message objects and its token works once. A longer reply (none
/// of the bot's answers comes near 25,000 units) keeps its first 5 parts, the last one shortened to
/// end with `cutNote`, which says the rest was left out.
public enum LineText {
    /// The message texts for `text`.
    public static func parts(_ text: String, cutNote: String) -> [String] {
        let limit = LineAPIClient.maxTextLength
        var parts = MessageSplitter.split(text, limit: limit)
        guard parts.count > LineAPIClient.maxMessagesPerRequest else { return parts }
        parts = Array(parts.prefix(LineAPIClient.maxMessagesPerRequest))
        let room = limit - cutNote.utf16.count - 1
        let last = parts[parts.count - 1]
        let kept = room > 0 ? MessageSplitter.split(last, limit: room).first ?? "" : ""
        parts[parts.count - 1] = kept.isEmpty ? cutNote : kept + "\n" + cutNote
        return parts
    }
}
