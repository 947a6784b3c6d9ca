/// Cuts a reply longer than the Bot API allows into parts that each fit in one message.
///
/// Lengths are counted in UTF-16 code units, as Telegram counts them. A cut never falls inside a
/// `Character` (so Thai vowels and tone marks stay with their consonant and emoji stay whole); it
/// prefers the last line break that fits, then the last space, then any character boundary.
public enum MessageSplitter {
    /// Splits `text` into parts of at most `limit` UTF-16 units; text that fits comes back as is.
    /// The line break or space at a cut is dropped; parts that would be only whitespace are left out.
    public static func split(_ text: String, limit: Int = BotAPIClient.maxMessageLength) -> [String] {
        precondition(limit > 0, "limit must be positive")
        guard text.utf16.count > limit else { return [text] }
        var parts: [String] = []
        var rest = Substring(text)
        while rest.utf16.count > limit {
            let cut = cutPoint(in: rest, limit: limit)
            appendIfVisible(rest[rest.startIndex..<cut.end], to: &parts)
            rest = rest[cut.resume...]
        }
        appendIfVisible(rest, to: &parts)
        return parts
    }

    /// Where the next part ends (`end`) and the one after starts (`resume`, past a dropped separator).
    private static func cutPoint(in text: Substring, limit: Int) -> (end: Substring.Index, resume: Substring.Index) {
        var units = 0
        var index = text.startIndex
        var lastNewline: Substring.Index?
        var lastSpace: Substring.Index?
        while index < text.endIndex {
            let character = text[index]
            let width = character.utf16.count
            if units + width > limit { break }
            if index > text.startIndex {
                if character.isNewline {
                    lastNewline = index
                } else if character.isWhitespace {
                    lastSpace = index
                }
            }
            units += width
            index = text.index(after: index)
        }
        if let separator = lastNewline ?? lastSpace {
            return (separator, text.index(after: separator))
        }
        if index == text.startIndex {
            // A single Character wider than the limit: send it alone rather than loop forever.
            index = text.index(after: index)
        }
        return (index, index)
    }

    private static func appendIfVisible(_ part: Substring, to parts: inout [String]) {
        if part.contains(where: { !$0.isWhitespace }) { parts.append(String(part)) }
    }
}
