import CivicBotCore
import CivicBotStore

extension Bot {
    /// The sender's role, by platform: Telegram's (and the console's) numeric ids in the `admin`
    /// and `officer` tables, LINE's `U…` ids in `lineAdmin`. Never by username.
    func roleAsync(of message: Message) async throws -> SenderRole {
        switch message.platform {
        case .line:
            guard let id = message.platformUserID else { return .volunteer }
            return try await store.isLineAdminAsync(id) ? .admin : .volunteer
        case .telegram, .console:
            return try await store.roleAsync(of: message.userID)
        }
    }

    /// `roleAsync(of:)` for the synchronous paths (REPL, bench), never on the cooperative pool.
    func roleNow(of message: Message) throws -> SenderRole {
        switch message.platform {
        case .line:
            guard let id = message.platformUserID else { return .volunteer }
            return try store.isLineAdmin(id) ? .admin : .volunteer
        case .telegram, .console:
            return try store.role(of: message.userID)
        }
    }
}
