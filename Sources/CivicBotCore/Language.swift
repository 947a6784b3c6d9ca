/// The language a message is written in, and so the language of its reply.
public enum Language: String, Sendable, Equatable, CaseIterable {
    /// Thai: the default, and every message that is not mostly Latin letters.
    case thai = "th"
    /// English: a message with more Latin letters than Thai ones.
    case english = "en"

    /// The language of `text`: English when it has at least two Latin letters and more Latin
    /// letters than Thai ones ("How many trainers in Korat?", "What does ศส.ปชต. stand for?");
    /// Thai otherwise, so a Thai sentence with a code in it ("MOU มีระยะเวลากี่ปี",
    /// "วิทยากร DOPA กี่คน") stays Thai. Digits, punctuation and Thai marks written above or below
    /// a letter count for neither ("How many วิทยากรขยายผล in Loei?" is English).
    public static func of(_ text: NormalizedText) -> Language {
        var latin = 0, thai = 0
        for v in text.compactScalars {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) {
                latin += 1
            } else if v >= 0x0E01 && v <= 0x0E5B, !ThaiScript.isCombining(v) {
                thai += 1  // letters and vowels that take a place of their own; marks above and below do not
            }
        }
        return latin >= 2 && latin > thai ? .english : .thai
    }
}
