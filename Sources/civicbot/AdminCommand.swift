import ArgumentParser
import CivicBotCore
import CivicBotService
import CivicBotStore
import Foundation
import Logging

/// `civicbot admin add|remove|list [USER_ID]`: grant and revoke the admin role, by numeric user id.
/// Every change is audited as made by `cli`.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Grant, revoke and list the admin role (numeric user ids).",
        subcommands: [Add.self, Remove.self, List.self]
    )

    /// `admin add USER_ID`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Grant the admin role.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Numeric user id (not a username).") var userID: Int64

        func validate() throws {
            guard userID > 0 else { throw ValidationError("USER_ID must be a positive number") }
        }

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            let added = try store.addAdmin(userID, by: .cli(nil))
            print(added ? "admin \(userID) added" : "\(userID) is already an admin")
        }
    }

    /// `admin remove USER_ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Revoke the admin role.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Numeric user id.") var userID: Int64

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            guard try store.removeAdmin(userID, by: .cli(nil)) else { throw Failure("\(userID) is not an admin") }
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
        }
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
