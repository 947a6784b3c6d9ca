import ArgumentParser
import CivicBotCore
import CivicBotService
import Foundation
import Logging

/// Start-up shared by the commands: logging to stderr, and the bot with clear errors on failure.
enum Startup {
    static func bot(_ options: CommonOptions, username: String, logger: Logger) throws -> Bot {
        do {
            return try BotFactory.make(intents: Paths.intents(options.intents), database: Paths.database(options.db),
                                       username: username, logger: logger)
        } catch let error as CatalogueError {
            throw Failure("Intents: \(error)")
        } catch {
            throw Failure("cannot start: \(error)")
        }
    }
}

/// A fatal error with a clear message, printed to stderr, exit 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum LogSetup {
    /// A logger that writes to stderr at `level` (default warning).
    static func make(label: String, level: String) -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = Logger.Level(rawValue: level) ?? .warning
        return logger
    }
}
