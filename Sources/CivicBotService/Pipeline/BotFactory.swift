import CivicBotCore
import CivicBotStore
import Foundation
import Logging

/// Builds a ready bot from paths: loads and checks Intents/, opens (migrating and seeding) the database.
public enum BotFactory {
    /// A loaded catalogue and the bot over it.
    public static func make(intents: URL, database: String, username: String = "civicbot", logger: Logger) throws -> Bot {
        let (matcher, store) = try components(intents: intents, database: database)
        return try Bot(matcher: matcher, store: store, username: username, logger: logger)
    }

    /// The matcher over Intents/ and the opened store, for a bot whose username is known later (serve).
    public static func components(intents: URL, database: String) throws -> (IntentMatcher, AppDatabase) {
        let catalogue = try IntentCatalogue.load(from: intents)
        // Every template Swift fills must be in Intents/, with no placeholder it does not fill.
        if let problem = TemplateRequirements.problems(in: catalogue).first { throw problem }
        let matcher = IntentMatcher(catalogue: catalogue)
        let store = try AppDatabase.open(path: database, lexicon: catalogue.lexicon)
        return (matcher, store)
    }
}
