import ArgumentParser
import CivicBotCore
import CivicBotService
import CivicBotStore
import Foundation
import Logging

/// `civicbot admin add|remove|list [USER_ID]`: grant and revoke the admin role, by platform and
/// user id: a number (or `telegram:NUMBER`) is a Telegram user, `line:U…` a LINE user. Every
/// change is audited as made by `cli`.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Grant, revoke and list the admin role (numeric user ids).",
        subcommands: [Add.self, Remove.self, List.self]
    )

    /// `admin add USER_ID`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Grant the admin role.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Telegram's numeric user id (or telegram:ID), or line:U… for a LINE user; never a username.") var userID: String

        func validate() throws { _ = try RoleHolder(userID) }

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            let added: Bool
            switch try RoleHolder(userID) {
            case .telegram(let id): added = try store.addAdmin(id, by: .cli(nil))
            case .line(let id): added = try store.addLineAdmin(id, by: .cli(nil))
            }
            print(added ? "admin \(userID) added" : "\(userID) is already an admin")
        }
    }

    /// `admin remove USER_ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Revoke the admin role.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Telegram's numeric user id (or telegram:ID), or line:U… for a LINE user.") var userID: String

        func validate() throws { _ = try RoleHolder(userID) }

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            let removed: Bool
            switch try RoleHolder(userID) {
            case .telegram(let id): removed = try store.removeAdmin(id, by: .cli(nil))
            case .line(let id): removed = try store.removeLineAdmin(id, by: .cli(nil))
            }
            guard removed else { throw Failure("\(userID) is not an admin") }
            print("admin \(userID) removed")
        }
    }

    /// `admin list`: one admin a line, `USER_ID<TAB>added at<TAB>added by`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the admins.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            for admin in try store.admins() { print("\(admin.userID)\t\(admin.addedAt)\t\(admin.addedBy)") }
            for admin in try store.lineAdmins() { print("line:\(admin.userID)\t\(admin.addedAt)\t\(admin.addedBy)") }
        }
    }
}

/// Who a role goes to: a Telegram user by number, or a LINE user by `U…` id.
enum RoleHolder: Equatable {
    case telegram(Int64)
    case line(String)

    /// Parses `123`, `telegram:123` or `line:U` + 32 hex digits.
    init(_ text: String) throws {
        if text.hasPrefix("line:") {
            let id = String(text.dropFirst(5))
            guard AppDatabase.isLineUserID(id) else { throw ValidationError("a LINE user id is line:U followed by 32 lowercase hex digits") }
            self = .line(id)
            return
        }
        let number = text.hasPrefix("telegram:") ? String(text.dropFirst(9)) : text
        guard let id = Int64(number), id > 0 else { throw ValidationError("USER_ID must be a positive number (Telegram) or line:U… (LINE)") }
        self = .telegram(id)
    }
}

/// Opens Intents/ and the database for the maintenance commands, with clear errors.
enum StoreStartup {
    /// The catalogue, and the store (created, migrated and seeded on first use).
    static func open(_ options: CommonOptions) throws -> (IntentCatalogue, AppDatabase) {
        let catalogue: IntentCatalogue
        do {
            catalogue = try IntentCatalogue.load(from: Paths.intents(options.intents))
        } catch {
            throw Failure("Intents: \(error)")
        }
        do {
            return (catalogue, try AppDatabase.open(path: Paths.database(options.db), lexicon: catalogue.lexicon))
        } catch {
            throw Failure("cannot open the database: \(error)")
        }
    }

    /// A desk for rendering replies (stats, problems) the way the bot does.
    static func desk(_ catalogue: IntentCatalogue) -> AdminPass {
        AdminDesk(catalogue: catalogue).texts()
    }
}
