import Synchronization

/// The `webhookEventId`s this process stored last (at most `capacity`, the oldest forgotten
/// first), so that a redelivery LINE sends while the bot runs is acknowledged without a read of
/// the store and without being decided again. It is only a shortcut: the transaction that stores
/// an event inserts its id under a unique key, so an id this memory has forgotten (after a
/// restart, or beyond `capacity`) is still recorded once and answered once.
final class RecentLineEvents: Sendable {
    private struct Ring {
        var ids: Set<String> = []
        var order: [String] = []
        var next = 0
    }

    private let ring = Mutex(Ring())
    let capacity: Int

    init(capacity: Int = 4096) { self.capacity = max(1, capacity) }

    /// Whether `id` was stored by this process lately.
    func contains(_ id: String) -> Bool { ring.withLock { $0.ids.contains(id) } }

    /// Remembers ids just committed.
    func remember<S: Sequence>(_ ids: S) where S.Element == String {
        ring.withLock { r in
            for id in ids where r.ids.insert(id).inserted {
                if r.order.count < capacity {
                    r.order.append(id)
                } else {
                    r.ids.remove(r.order[r.next])
                    r.order[r.next] = id
                    r.next = (r.next + 1) % capacity
                }
            }
        }
    }
}
