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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let midnight = calendar.startOfDay(for: now)
        func since(_ days: Int) -> String { Self.timestamp(calendar.date(byAdding: .day, value: -days, to: midnight) ?? midnight) }
        let today = Self.timestamp(midnight), week = since(6), month = since(29)
        return try writer.read { db in
            func count(_ from: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE at >= ?", arguments: [from]) ?? 0
            }
            var byChat: [String: Int] = ["private": 0, "group": 0]
            for row in try Row.fetchAll(db, sql: "SELECT chatType, COUNT(*) FROM interaction WHERE at >= ? GROUP BY chatType", arguments: [month]) {
                byChat[row[0]] = row[1]
            }
            let answered = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction WHERE at >= ? AND reply IS NOT NULL", arguments: [month]) ?? 0
            let byIntent = try Row.fetchAll(db, sql: """
                SELECT intent, COUNT(*) AS n FROM interaction WHERE at >= ? GROUP BY intent ORDER BY n DESC, intent
                """, arguments: [month]).map { (intent: $0[0] as String, count: $0[1] as Int) }
            let unanswered = try Row.fetchAll(db, sql: """
                SELECT at, chatType, text FROM interaction
                WHERE intent = 'unknown' AND reply IS NOT NULL AND trim(text) <> ''
                ORDER BY id DESC LIMIT ?
                """, arguments: [unansweredLimit]).map { UsageStats.Unanswered(at: $0[0], chatType: $0[1], text: $0[2]) }
            let total = try count(month)
            return UsageStats(today: try count(today), week: try count(week), month: total, byChatType: byChat,
                              answered: answered, silent: total - answered, byIntent: byIntent, unanswered: unanswered)
        }
    }
}
