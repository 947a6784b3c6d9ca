import CivicBotCore
import CivicBotLine
import CivicBotStore
import Foundation
import Logging

/// What a webhook request gets back.
public struct WebhookAnswer: Sendable, Equatable {
    /// The HTTP status: 200 once everything is stored, 4xx for a request that must not be
    /// stored, 500 when the store failed (LINE redelivers).
    public let status: Int
    /// A short reason for the body and the logs (never a secret, never user text).
    public let reason: String
    /// Events read, and how many of them were new (the rest were redeliveries).
    public let events: Int, new: Int

    static func refuse(_ status: Int, _ reason: String) -> WebhookAnswer { WebhookAnswer(status: status, reason: reason, events: 0, new: 0) }
}

/// LINE's webhook: checks the signature over the raw body, reads the events, decides every new
/// one, and stores them all in ONE transaction (each event's `webhookEventId`, the interaction,
/// the outbox row with its reply token) before answering 200. A redelivered event finds its id
/// and is acknowledged, not answered again: the ids stored lately are known without a read, and
/// the transaction records each id under a unique key. Nothing is stored for a request it refuses.
public struct LineWebhookHandler: Sendable {
    let bot: Bot
    let recent = RecentLineEvents()
    let signature: LineSignature
    let logger: Logger
    let now: @Sendable () -> Date
    /// Rung when a transaction queued answers (the sender's `bell`).
    let bell: OutboxBell?

    /// A handler for the channel whose secret is `channelSecret`.
    public init(bot: Bot, channelSecret: String, logger: Logger, now: @escaping @Sendable () -> Date = Date.init, bell: OutboxBell? = nil) {
        self.bot = bot
        self.bell = bell
        self.signature = LineSignature(channelSecret: channelSecret)
        self.logger = logger
        self.now = now
    }

    /// Handles one request's raw body and `x-line-signature` header.
    public func handle(body: Data, signatureHeader: String?) async -> WebhookAnswer {
        let started = DispatchTime.now().uptimeNanoseconds
        guard signature.isValid(signatureHeader, for: body) else {
            ServeMetrics.rejected("line", reason: "signature")
            logger.warning("LINE webhook refused: bad or missing signature", metadata: ["http.body_bytes": "\(body.count)"])
            return .refuse(401, "bad signature")
        }
        let webhook: LineWebhook
        do {
            webhook = try LineWebhook.parse(body)
        } catch {
            ServeMetrics.rejected("line", reason: "body")
            logger.warning("LINE webhook refused: not a webhook body", metadata: ["http.body_bytes": "\(body.count)"])
            return .refuse(400, "invalid body")
        }
        let unreadable = webhook.events.filter { $0 == nil }.count
        if unreadable > 0 { logger.warning("LINE events without type or webhookEventId skipped", metadata: ["line.events": "\(unreadable)"]) }
        var seenInBody: Set<String> = []
        let events = webhook.events.compactMap { $0 }.filter { seenInBody.insert($0.webhookEventId).inserted }
        guard !events.isEmpty else { return WebhookAnswer(status: 200, reason: "ok", events: 0, new: 0) }  // a verification request
        ServeMetrics.received("line", count: events.count)
        do {
            let new = try await store(events)
            let duplicates = events.count - new
            if duplicates > 0 {
                for _ in 0..<duplicates { ServeMetrics.duplicate("line") }
                logger.info("redelivered LINE events acknowledged, not answered again", metadata: ["line.events": "\(duplicates)"])
            }
            ServeMetrics.answerLatency("line", nanoseconds: Int64(DispatchTime.now().uptimeNanoseconds - started))
            return WebhookAnswer(status: 200, reason: "ok", events: events.count, new: new)
        } catch {
            ServeMetrics.rejected("line", reason: "store")
            logger.error("LINE events not stored (LINE redelivers them)", metadata: ["line.events": "\(events.count)", "error": "\(error)"])
            return .refuse(500, "not stored")
        }
    }

    /// Decides the events not seen before and stores them in one transaction; how many were new.
    /// An admin command ends a transaction: the events after it are decided on the register it
    /// changed (as the poller does). When SQLite refuses a transaction for what one event holds,
    /// each of its events is stored on its own and a refused one goes to the quarantine (with its
    /// id, so it is not redelivered for ever).
    func store(_ events: [LineEvent]) async throws -> Int {
        // A redelivery of an event stored lately is known without a read; one LINE marks as
        // redelivered is looked up before it is decided, so that deciding it again cannot move the
        // conversation's context. Any other duplicate is found by the transaction's unique id (not
        // logged, queued or carried out a second time) and its context put back (`Bot.withdraw`).
        var rest = events.filter { !recent.contains($0.webhookEventId) }[...]
        let marked = rest.filter(\.isRedelivery).map(\.webhookEventId)
        if !marked.isEmpty {
            let stored = try await bot.store.seenLineEvents(marked)
            if !stored.isEmpty {
                recent.remember(Array(stored))
                rest = rest.filter { !stored.contains($0.webhookEventId) }[...]
            }
        }
        // Messages that quote one of the bot's own reply to it (read only when some quote at all).
        let quoted = rest.compactMap { $0.message?.quotedMessageId }
        let ours = quoted.isEmpty ? [] : try await bot.store.lineBotMessages(among: quoted)
        var written = 0
        while !rest.isEmpty {
            var items: [Item] = []
            while let event = rest.first {
                rest = rest.dropFirst()
                let work = LineEventConverter.work(for: event, quotesBot: event.message?.quotedMessageId.map(ours.contains) ?? false)
                var prepared: Bot.Prepared?
                if case .message(let message) = work { prepared = try await bot.prepare(message) }
                items.append(Item(event: event, work: work, prepared: prepared))
                if let p = prepared, case .admin = p.decision { break }
            }
            written += try await commit(items)
        }
        return written
    }

    /// Stores decided events in one transaction (or one by one when SQLite refuses it); how many were new.
    func commit(_ items: [Item]) async throws -> Int {
        guard !items.isEmpty else { return 0 }
        let batch = items
        let at = now()
        var stored: [Bool] = []
        do {
            stored = try await bot.store.transaction { [self] tx in try batch.map { try write($0, tx, at: at) } }
        } catch where StoreFailure(error) == .rejected {
            for item in items { stored.append(try await storeAlone(item, at: at)) }
        }
        if stored.contains(true) { bell?.ring() }
        recent.remember(items.map(\.event.webhookEventId))
        bot.withdraw(zip(items, stored).compactMap { $1 ? nil : $0.prepared })
        await bot.finish(zip(items, stored).compactMap { $1 ? $0.prepared : nil })
        return stored.filter { $0 }.count
    }

    /// One event in its own transaction; a refused one is quarantined with its id.
    func storeAlone(_ item: Item, at: Date) async throws -> Bool {
        do {
            return try await bot.store.transaction { [self] tx in try write(item, tx, at: at) }
        } catch where StoreFailure(error) == .rejected {
            logger.error("LINE event quarantined: the database refused it", metadata: ["line.event_id": "\(item.event.webhookEventId)", "error": "\(error)"])
            return try await bot.store.transaction { tx in
                guard let row = try tx.recordLineEvent(LineEventConverter.record(of: item.event), at: at) else { return false }
                try tx.quarantine(updateID: -row, reason: "LINE event refused by the database: \(error)", at: at)
                return true
            }
        }
    }

    /// Writes one event inside the batch's transaction: false when it was recorded before.
    func write(_ item: Item, _ tx: StoreTransaction, at: Date) throws -> Bool {
        let event = item.event
        guard let row = try tx.recordLineEvent(LineEventConverter.record(of: event), at: at) else { return false }
        var texts: [String] = []
        var chatID: Int64 = 0
        var quick: String?
        switch item.work {
        case .message(let message):
            guard let prepared = item.prepared else { return true }
            var (reply, record) = try bot.carryOut(prepared, in: tx)
            record.platformChatID = event.source?.chatID
            try tx.log(record)
            chatID = message.chatID
            if let text = reply.text { texts = LineText.parts(text, cutNote: template(.unknown, "line_cut")) }
            quick = Self.quickReplyJSON(bot.decider.quickReplies(after: prepared.decision, chatType: message.chatType))
        case .join:
            texts = [template(.greeting, "line_join")]
        case .follow:
            texts = [template(.greeting, "line_follow")]
        case .record:
            return true
        }
        // (Scanned to the first letter: Foundation's trimming copied every reply through NSString.)
        texts = texts.filter { !$0.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) }
        guard !texts.isEmpty, let source = event.source, let destination = source.chatID else { return true }
        if chatID == 0 { chatID = LineEventConverter.chatKey(destination) }
        try tx.queueLineReply(eventRowID: row, chatID: chatID, isGroup: source.isGroup, destination: destination,
                              replyToken: event.replyToken, texts: texts, quickReplyJSON: quick, at: at)
        return true
    }

    /// The buttons as the outbox keeps them: LINE's `quickReply` object, or nil for none.
    static func quickReplyJSON(_ buttons: [QuickReplyButton]) -> String? {
        guard !buttons.isEmpty else { return nil }
        let quick = LineQuickReply(items: buttons.map { LineQuickReply.Item(label: $0.label, text: $0.text) })
        return (try? JSONEncoder().encode(quick)).map { String(decoding: $0, as: UTF8.self) }
    }

    func template(_ intent: IntentID, _ key: String) -> String { (try? bot.decider.renderer.text(intent, key)) ?? "" }

    /// One new event and what was decided for it.
    struct Item: Sendable {
        let event: LineEvent
        let work: LineWork
        let prepared: Bot.Prepared?
    }
}
