import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Logging

/// A bot over the real Intents/ and a fresh in-memory store, with a fixed clock.
enum TestBot {
    static func make(username: String = "civicbot") throws -> Bot {
        let store = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        var logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        return try Bot(matcher: Fixtures.matcher, store: store, username: username, logger: logger,
                   now: { Date(timeIntervalSince1970: 1_795_000_000) })
    }

    static func privateMessage(_ text: String) -> Message { Message(text: text, userID: 7, chatID: 7, chatType: .private) }
    static func groupMessage(_ text: String, repliesToBot: Bool = false) -> Message {
        Message(text: text, userID: 7, chatID: -100, chatType: .group, repliesToBot: repliesToBot)
    }
}
