/// Where a message came from and where its reply goes: each platform has its own ids and its own
/// way of delivering (Telegram: chat id and message id; LINE: a user id string and a reply token).
public enum Platform: String, Sendable, Codable, Equatable, CaseIterable {
    /// Telegram (long polling today): numeric user and chat ids.
    case telegram
    /// LINE: user ids are strings (`U` and 32 hex digits); never an admin by a Telegram id.
    case line
    /// A terminal (`civicbot repl`, plain-text lines).
    case console
}
