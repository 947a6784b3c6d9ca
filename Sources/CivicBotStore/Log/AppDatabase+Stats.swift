import Foundation
import GRDB

/// Usage figures from the interaction log, for the admins and `civicbot stats`.
public struct UsageStats: Sendable, Equatable {
    /// A message the bot could not place (intent unknown) but answered: what to teach it next.
    public struct Unanswered: Sendable, Equatable {
        /// UTC time, ISO 8601.
        public let at: String
        /// `private` or `group`.
        public let chatType: String
        /// The text as typed.
        public let text: String
    }

    /// Messages since local midnight today.
    public let today: Int
    /// Messages in the last 7 calendar days, today included.
    public let week: Int
    /// Messages in the last 30 calendar days, today included.
    public let month: Int
    /// Last 30 days, by chat type (`private`, `group`).
    public let byChatType: [String: Int]
    /// Last 30 days: messages the bot answered, and those it left in silence.
    public let answered: Int
    /// See `answered`.
    public let silent: Int
    /// Last 30 days, by intent, most first.
    public let byIntent: [(intent: String, count: Int)]
    /// The latest unanswered questions, newest first.
    public let unanswered: [Unanswered]

    /// Equal when every figure is.
    public static func == (a: UsageStats, b: UsageStats) -> Bool {
        a.today == b.today && a.week == b.week && a.month == b.month && a.byChatType == b.byChatType && a.answered == b.answered
            && a.silent == b.silent && a.byIntent.map(\.intent) == b.byIntent.map(\.intent) && a.byIntent.map(\.count) == b.byIntent.map(\.count)
            && a.unanswered == b.unanswered
    }
}

extension AppDatabase {
    /// Thailand's time (UTC+7, no daylight saving): the days the figures count in.
    public static let thaiTime = TimeZone(secondsFromGMT: 7 * 3_600) ?? .current

    /// Figures as of `now`, in calendar days of `timeZone`. Unanswered questions are messages whose
    /// intent stayed unknown and that the bot answered (private chats, or addressed in a group);
    /// unaddressed group chatter is not a question to the bot and is left out.
    public func usageStats(now: Date = Date(), timeZone: TimeZone = AppDatabase.thaiTime, unansweredLimit: Int = 10) throws -> UsageStats {
        try writer.read { db in try StoreTransaction(db: db).usageStats(now: now, timeZone: timeZone, unansweredLimit: unansweredLimit) }
    }
}
