import CivicBotFakeLine
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Logging
import Testing

/// The bell between the LINE webhook and its sender: a stored answer rings it, so the sender
/// need not poll the outbox (an idle serve polled it 20 times a second).
@Suite struct OutboxBellTests {
    @Test("a ring before the wait is kept for it; rings before one wait are one; no ring: the wait times out")
    func keptRing() async {
        let bell = OutboxBell()
        bell.ring()
        bell.ring()
        #expect(await bell.wait(upTo: .seconds(60), clock: .real))
        #expect(await bell.wait(upTo: .milliseconds(20), clock: .real) == false, "the two rings were one")
    }

    @Test("a ring during the wait ends it (a wait of a minute that the ring did not end would time out false)")
    func ringDuringWait() async {
        let bell = OutboxBell()
        async let rang = bell.wait(upTo: .seconds(60), clock: .real)
        try? await Task.sleep(for: .milliseconds(50))
        bell.ring()
        #expect(await rang)
        #expect(await bell.wait(upTo: .milliseconds(20), clock: .real) == false, "the ring that woke the wait is not kept for the next")
    }

    @Test("the webhook handler rings when it has stored an event, not for a redelivery or a refused request")
    func handlerRings() async throws {
        let platform = FakeLinePlatform()
        let store = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let bot = try Bot(matcher: Fixtures.matcher, store: store, logger: logger)
        let bell = OutboxBell()
        let handler = LineWebhookHandler(bot: bot, channelSecret: platform.channelSecret, logger: logger, bell: bell)
        let event = platform.messageEvent("ลำพูนมีวิทยากรกี่คน", from: FakeLinePlatform.userID(5))
        let body = platform.body([event])
        #expect(await handler.handle(body: body, signatureHeader: "forged").status == 401)
        #expect(await bell.wait(upTo: .milliseconds(20), clock: .real) == false)
        #expect(await handler.handle(body: body, signatureHeader: platform.sign(body)).new == 1)
        #expect(await bell.wait(upTo: .milliseconds(20), clock: .real))
        #expect(await handler.handle(body: body, signatureHeader: platform.sign(body)).new == 0)
        #expect(await bell.wait(upTo: .milliseconds(20), clock: .real) == false, "a redelivery stores nothing to send")
    }
}
