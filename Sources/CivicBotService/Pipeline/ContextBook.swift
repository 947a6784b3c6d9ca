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

        init(platform: Platform, chatID: Int64, userID: Int64, platformUserID: String?) {
            self.platform = platform
            self.chatID = chatID
            self.userID = userID
            self.platformUserID = platformUserID
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

    /// The live contexts, to put away in the store (`Bot.saveContexts`).
    func live(now: Date) -> [(Key, ConversationContext)] {
        entries.withLock { table in table.filter { now.timeIntervalSince($0.value.at) <= lifetime }.map { ($0.key, $0.value) } }
    }

    /// Puts back contexts read from the store.
    func restore(_ items: [(Key, ConversationContext)]) {
        entries.withLock { table in for (key, context) in items.prefix(capacity) { table[key] = context } }
    }

    /// Keeps `replacement` for this message's platform, chat and user if it still holds `expected`.
    func replace(_ expected: ConversationContext?, with replacement: ConversationContext?, for message: Message) {
        entries.withLock { table in
            let key = Key(message)
            if table[key] == expected { table[key] = replacement }
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
