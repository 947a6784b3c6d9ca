import ArgumentParser
import CivicBotStore

/// `civicbot officer add|remove|list [USER_ID]`: the officer role (staff of the partner
/// departments and ECT offices), who see the phones trainers agreed to share, in private chats.
/// Granted like admins, by numeric user id; every change audited as made by `cli`.
struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officer", abstract: "Grant, revoke and list the officer role (sees trainers' phones in private chats).",
        subcommands: [Add.self, Remove.self, List.self]
    )

    /// `officer add USER_ID`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Grant the officer role.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Numeric user id (not a username).") var userID: Int64

        func validate() throws {
            guard userID > 0 else { throw ValidationError("USER_ID must be a positive number") }
        }

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            let added = try store.addOfficer(userID, by: .cli(nil))
            print(added ? "officer \(userID) added" : "\(userID) is already an officer")
        }
    }

    /// `officer remove USER_ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Revoke the officer role.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "Numeric user id.") var userID: Int64

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            guard try store.removeOfficer(userID, by: .cli(nil)) else { throw Failure("\(userID) is not an officer") }
            print("officer \(userID) removed")
        }
    }

    /// `officer list`: one officer a line, `USER_ID<TAB>added at<TAB>added by`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the officers.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let (_, store) = try StoreStartup.open(options)
            for officer in try store.officers() { print("\(officer.userID)\t\(officer.addedAt)\t\(officer.addedBy)") }
        }
    }
}
