import CivicBotCore
import CivicBotStore

extension Bot {
    /// Whether the sender holds the admin role, by platform: Telegram's (and the console's)
    /// numeric ids in the `admin` table, LINE's `U…` ids in `lineAdmin`. Never by username.
    func isAdmin(_ message: Message) async throws -> Bool {
        switch message.platform {
        case .line:
            guard let id = message.platformUserID else { return false }
            return try await store.isLineAdminAsync(id)
        case .telegram, .console:
            return try await store.isAdminAsync(message.userID)
        }
    }

    /// `isAdmin(_:)` for the synchronous paths (REPL, bench), never on the cooperative pool.
    func isAdminNow(_ message: Message) throws -> Bool {
        switch message.platform {
        case .line:
            guard let id = message.platformUserID else { return false }
            return try store.isLineAdmin(id)
        case .telegram, .console:
            return try store.isAdmin(message.userID)
        }
    }
}
