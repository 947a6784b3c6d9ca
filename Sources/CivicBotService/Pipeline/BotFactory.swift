import CivicBotCore
import CivicBotStore
import Foundation
import Logging

/// Builds a ready bot from paths: loads and checks Intents/, opens (migrating and seeding) the database.
public enum BotFactory {
    /// A loaded catalogue and the bot over it.
    public static func make(intents: URL, database: String, username: String = "civicbot", logger: Logger) throws -> Bot {
        let catalogue = try checkedCatalogue(intents)
        // The matcher's phrase index is built while the database opens and the snapshot is read.
        let built = try SideBySide.values([
            { IntentMatcher(catalogue: catalogue) },
            { let store = try AppDatabase.open(path: database, lexicon: catalogue.lexicon); return (store, try store.knowledgeSnapshot()) },
        ])
        let (store, snapshot) = built[1] as! (AppDatabase, KnowledgeSnapshot)
        return Bot(matcher: built[0] as! IntentMatcher, store: store, snapshot: snapshot, username: username, logger: logger)
    }

    /// Intents/ loaded, with every template Swift fills present and no placeholder it does not fill.
    static func checkedCatalogue(_ intents: URL) throws -> IntentCatalogue {
        let catalogue = try IntentCatalogue.load(from: intents)
        if let problem = TemplateRequirements.problems(in: catalogue).first { throw problem }
        return catalogue
    }
}
