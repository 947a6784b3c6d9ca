import ArgumentParser
import CivicBotCore
import CivicBotService
import Foundation
import Logging

/// `civicbot repl`: talk to the bot in a terminal, or drive it line by line with `--jsonl`.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repl", abstract: "Ask the bot from the terminal.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "One message a line on stdin (plain text or JSON), one JSON object a line on stdout.")
    var jsonl = false

    @Option(name: .long, help: "The bot's own username, for /cmd@name and @mentions.")
    var botUsername: String = "civicbot"

    @Option(name: .long, help: "Interactive chat type: private or group.")
    var chatType: String = "private"

    func run() throws {
        let logger = LogSetup.make(label: "civicbot.repl", level: options.logLevel)
        let bot = try Startup.bot(options, username: botUsername, logger: logger)
        let repl = REPL(bot: bot)
        if jsonl {
            repl.runJSONLines()
        } else {
            guard let type = ChatType(rawValue: chatType) else {
                throw ValidationError("--chat-type must be private or group")
            }
            repl.runInteractive(chatType: type, prompt: isatty(STDIN_FILENO) == 1)
        }
    }
}
