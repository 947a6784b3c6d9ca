import CivicBotCore
import CivicBotStore
import Foundation

extension AdminPass {
    /// The usage report, from stats.yaml (the bot's reply and `civicbot stats`).
    public func statsReport(_ s: UsageStats) -> String {
        let r = IntentID.stats
        let intents = s.byIntent.map { template(r, "intent_line", ["intent": $0.intent, "count": "\($0.count)"]) }
        let unanswered = s.unanswered.map { q in
            var text = q.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            if text.count > AdminDesk.unansweredPreview { text = String(text.prefix(AdminDesk.unansweredPreview)) + "…" }
            return template(r, "unanswered_line", [
                "at": AdminDesk.thaiTime(q.at), "chat": template(r, q.chatType == "group" ? "chat_group" : "chat_private"), "text": text,
            ])
        }
        return template(r, "report", [
            "today": "\(s.today)", "week": "\(s.week)", "month": "\(s.month)",
            "private": "\(s.byChatType["private"] ?? 0)", "group": "\(s.byChatType["group"] ?? 0)",
            "answered": "\(s.answered)", "silent": "\(s.silent)",
            "intents": intents.isEmpty ? template(r, "none") : intents.joined(separator: "\n"),
            "unanswered": unanswered.isEmpty ? template(r, "none") : unanswered.joined(separator: "\n"),
        ])
    }
}

extension AdminDesk {
    /// Longest question shown in the unanswered list, in characters.
    static let unansweredPreview = 120

    /// `2026-11-28T03:18:26.123Z` as Thai time `2026-11-28 10:18`; unreadable stamps as stored.
    static func thaiTime(_ iso: String) -> String {
        guard let date = try? Date(iso, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) else { return iso }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = AppDatabase.thaiTime
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}
