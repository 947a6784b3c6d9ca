import CivicBotStore
import Synchronization

/// What the bot last read of the register and the roles, and the store's change stamp then: while
/// the stamp stays the same, a message needs no query for them (`Bot.lookUpsNow`, `Bot.lookUps`).
final class StoreWatch: Sendable {
    private struct Seen {
        var stamp: ChangeStamp?
        var roles: RoleBook?
    }
    private let seen = Mutex(Seen())

    /// The role book read at `stamp`, when the store has not changed since.
    func roles(at stamp: ChangeStamp) -> RoleBook? {
        seen.withLock { $0.stamp == stamp ? $0.roles : nil }
    }

    /// Records what was read after `stamp` was taken (a change in between moves the next stamp,
    /// so it is read again then).
    func record(_ stamp: ChangeStamp, roles: RoleBook) {
        seen.withLock { $0 = Seen(stamp: stamp, roles: roles) }
    }
}
