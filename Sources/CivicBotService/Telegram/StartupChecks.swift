import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation
import Logging
import ServiceLifecycle

/// What serve checks and sets after `getMe`, and the words it tells the operator.
public enum StartupChecks {
    /// The warning when Telegram's privacy mode is on (also printed by `civicbot status`).
    public static let privacyModeWarning = "privacy mode is on: in groups Telegram delivers only commands, replies to the bot and @mentions, "
        + "so questions typed in a group never reach it"
    /// What to do about it.
    public static let privacyModeFix = "in Telegram, open @BotFather, send /setprivacy, pick the bot, choose Disable; "
        + "then remove the bot from each group and add it again (or make it an admin of the group)"

    /// The `/` menu of Intents/ as Bot API commands.
    public static func menu(_ catalogue: IntentCatalogue) -> [BotCommand] {
        catalogue.commandMenu.map { BotCommand(command: $0.command, description: $0.description) }
    }

    /// After getMe: records what it said (for `status`), warns about privacy mode, and makes the
    /// `/` menu what Intents/ says (setting it only when it differs). A failure to set the menu is
    /// logged and does not stop the service.
    static func run(identity: BotIdentity, api: BotAPIClient, store: AppDatabase, catalogue: IntentCatalogue, at: Date, logger: Logger) async {
        do {
            try await store.noteIdentity(username: identity.username, readsAllGroupMessages: identity.readsAllGroupMessages, at: at)
        } catch {
            logger.error("bot identity not recorded", metadata: ["error": "\(error)"])
        }
        if !identity.readsAllGroupMessages {
            logger.warning("\(privacyModeWarning)", metadata: ["bot.username": "\(identity.username)", "fix": "\(privacyModeFix)"])
        }
        let menu = menu(catalogue)
        do {
            let changed = try await cancelWhenGracefulShutdown { try await api.ensureCommands(menu) }
            logger.info(changed ? "command menu set" : "command menu already as Intents/ says", metadata: ["menu.commands": "\(menu.count)"])
        } catch {
            logger.warning("command menu not set (setMyCommands failed); the bot answers commands anyway", metadata: ["error": "\(error)"])
        }
    }
}
