import CivicBotCore
import CivicBotStore

extension Bot {
    /// The sender's role in a role book read from the store (the same rules as `roleNow(of:)`).
    static func role(of message: Message, in roles: RoleBook) -> SenderRole {
        switch message.platform {
        case .line:
            guard let id = message.platformUserID else { return .volunteer }
            return roles.isLineAdmin(id) ? .admin : .volunteer
        case .telegram, .console:
            return roles.role(of: message.userID)
        }
    }

    /// The sender's role read from the store, by platform: Telegram's (and the console's) numeric ids
    /// in the `admin` and `officer` tables, LINE's `U…` ids in `lineAdmin`; never by username. For
    /// the synchronous paths (REPL, bench) when the role book cannot be read.
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
