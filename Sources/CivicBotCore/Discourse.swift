/// What tells a question to the bot from an announcement, a thank-you or a caption, in a group:
/// data in `Intents/lexicon/discourse.yaml`, with examples of each that `civicbot check` runs.
/// In a group the bot speaks unaddressed only to a message that asks (a question marker) and
/// announces nothing (no announcement marker).
public struct Discourse: Sendable, Decodable, Equatable {
    /// Words and marks that ask: กี่, ไหม, อะไร, ใคร, ?, ขอทราบ …
    public let questionMarkers: [String]
    /// Words that announce, thank, forward or caption: ฝากประชาสัมพันธ์, ขอบคุณ, ภาพกิจกรรม …
    public let announcementMarkers: [String]
    /// Group messages that are questions to answer.
    public let questions: [String]
    /// Group messages with domain words that are not questions to the bot.
    public let announcements: [String]

    /// No markers: every message counts as a question (a catalogue without the file).
    public static let none = Discourse(questionMarkers: [], announcementMarkers: [], questions: [], announcements: [])

    /// Makes the markers.
    public init(questionMarkers: [String], announcementMarkers: [String], questions: [String], announcements: [String]) {
        self.questionMarkers = questionMarkers
        self.announcementMarkers = announcementMarkers
        self.questions = questions
        self.announcements = announcements
    }

    enum CodingKeys: String, CodingKey {
        case questions, announcements
        case questionMarkers = "question_markers"
        case announcementMarkers = "announcement_markers"
    }
}
