import Foundation

/// One handled message, for the interaction log.
public struct InteractionRecord: Sendable, Equatable {
    /// When it was handled (stored as `AppDatabase.timestamp`, UTC).
    public var at: Date
    /// Chat id.
    public var chatID: Int64
    /// `private` or `group`.
    public var chatType: String
    /// Sender's user id.
    public var userID: Int64
    /// Sender's username, if any.
    public var username: String?
    /// Text as written in the source.
    public var text: String
    /// Intent id.
    public var intent: String
    /// Slots as compact JSON.
    public var slotsJSON: String
    /// Reply text, or nil for silence.
    public var reply: String?
    /// Time spent deciding the reply, microseconds.
    public var processingMicros: Int64
    /// The platform the message came from (`telegram`, `line`, `console`).
    public var platform: String

    /// Makes a record.
    public init(at: Date, chatID: Int64, chatType: String, userID: Int64, username: String?, text: String,
                intent: String, slotsJSON: String, reply: String?, processingMicros: Int64, platform: String = "telegram") {
        self.at = at
        self.chatID = chatID
        self.chatType = chatType
        self.userID = userID
        self.username = username
        self.text = text
        self.intent = intent
        self.slotsJSON = slotsJSON
        self.reply = reply
        self.processingMicros = processingMicros
        self.platform = platform
    }
}
