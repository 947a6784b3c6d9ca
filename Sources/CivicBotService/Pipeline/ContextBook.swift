import CivicBotCore
import Foundation
import Synchronization

/// The conversation context of each chat and user, in memory, for `Decider.decide`. Each entry
/// lives `lifetime` seconds; the book holds at most `capacity` entries (the oldest go first).
final class ContextBook: Sendable {
    struct Key: Hashable {
        let platform: Platform
        let chatID: Int64
        let userID: Int64
        let platformUserID: String?

        init(_ message: Message) {
            platform = message.platform
            chatID = message.chatID
            userID = message.userID
            platformUserID = message.platformUserID
        }
    }

    private let entries = Mutex<[Key: ConversationContext]>([:])
    let lifetime: TimeInterval
    let capacity: Int

    init(lifetime: TimeInterval = 10 * 60, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The context of this message's platform, chat and user, if it is still alive at `now`.
    func context(for message: Message, now: Date) -> ConversationContext? {
        entries.withLock { table in
            guard let c = table[Key(message)], now.timeIntervalSince(c.at) <= lifetime else { return nil }
            return c
        }
    }

    /// Keeps `context` (nil forgets) for this message's platform, chat and user.
    func set(_ context: ConversationContext?, for message: Message) {
        entries.withLock { table in
            let key = Key(message)
            table[key] = context
            if table.count > capacity, let oldest = table.min(by: { $0.value.at < $1.value.at })?.key { table[oldest] = nil }
        }
    }
}
