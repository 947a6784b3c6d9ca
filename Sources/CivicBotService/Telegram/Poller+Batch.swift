import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation

extension Poller {
    /// One update of a batch and what was decided for it (nil: it is only skipped or quarantined).
    struct Item: Sendable {
        let update: BotUpdate
        let message: Message?
        let replyTo: Int64?
        let prepared: Bot.Prepared?
        let quarantine: String?
    }

    /// Decides every update at or above `offset` and stores them all in ONE transaction (each
    /// update's interaction, outbox parts and the next offset, as `handle` does for one), then
    /// returns the next offset. An update found recorded already is rolled back on its own (a
    /// savepoint) and skipped. When SQLite refuses the batch for what one update holds, the
    /// updates go one by one through `handle` (a refused one is quarantined); any other store
    /// failure throws with nothing kept, and the batch is polled again.
    static func storeBatch(_ updates: [BotUpdate], bot: Bot, offset: Int64, now: @escaping @Sendable () -> Date,
                           one: (BotUpdate, Int64) async throws -> Int64) async throws -> Int64 {
        var rest = updates.filter { $0.updateID >= offset }[...]
        var next = offset
        // An admin command ends a transaction: the messages after it are decided on the register it changed.
        while !rest.isEmpty {
            var items: [Item] = []
            while let update = rest.first {
                rest = rest.dropFirst()
                let item = try await prepare(update, bot: bot)
                items.append(item)
                if let p = item.prepared, case .admin = p.decision { break }
            }
            next = try await commit(items, bot: bot, offset: next, now: now, one: one)
        }
        return next
    }

    /// Decides one update (a message), or marks it to be skipped or quarantined.
    static func prepare(_ update: BotUpdate, bot: Bot) async throws -> Item {
        if let reason = update.unreadable {
            return Item(update: update, message: nil, replyTo: nil, prepared: nil, quarantine: "unreadable update: \(reason)")
        }
        guard let converted = UpdateConverter.convert(update, botUsername: bot.username) else {
            return Item(update: update, message: nil, replyTo: nil, prepared: nil, quarantine: nil)
        }
        let message = converted.message
        return Item(update: update, message: message, replyTo: message.chatType == .group ? converted.messageID : nil,
                    prepared: try await bot.prepare(message), quarantine: nil)
    }

    /// Stores decided updates in one transaction; the next offset.
    static func commit(_ items: [Item], bot: Bot, offset: Int64, now: @escaping @Sendable () -> Date,
                       one: (BotUpdate, Int64) async throws -> Int64) async throws -> Int64 {
        guard let last = items.last else { return offset }
        let at = now()
        do {
            _ = try await bot.store.transaction { tx in
                for item in items { try write(item, bot: bot, tx, at: at) }
                return true
            }
        } catch where StoreFailure(error) == .rejected {
            var next = offset
            for item in items { next = try await one(item.update, next) }
            await bot.finish(items.compactMap(\.prepared))
            return next
        }
        ServeMetrics.received("telegram", count: items.filter { $0.message != nil }.count)
        await bot.finish(items.compactMap(\.prepared))
        return last.update.updateID + 1
    }

    /// Writes one update inside the batch's transaction, in a savepoint: an update recorded before
    /// (below the offset the transaction sees) leaves nothing, admin change included.
    static func write(_ item: Item, bot: Bot, _ tx: StoreTransaction, at: Date) throws {
        do {
            try tx.savepoint { tx in
                guard let message = item.message, let prepared = item.prepared else {
                    let skipped = ProcessedUpdate(updateID: item.update.updateID, interaction: nil, chatID: item.update.message?.chat.id ?? 0,
                                                  isGroup: false, replyToMessageID: nil, parts: [], quarantine: item.quarantine)
                    guard try tx.record(skipped, at: at) else { throw AlreadyProcessed() }
                    return
                }
                let (reply, record) = try bot.carryOut(prepared, in: tx)
                let (parts, quarantine) = outgoing(reply)
                // The quick replies as a reply keyboard (one-to-one chats only, as on LINE).
                let buttons = quarantine == nil ? bot.decider.quickReplies(after: prepared.decision, chatType: message.chatType).map(\.text) : []
                let keyboard = buttons.isEmpty ? nil : (try? JSONEncoder().encode(buttons)).map { String(decoding: $0, as: UTF8.self) }
                let processed = ProcessedUpdate(
                    updateID: item.update.updateID, interaction: record, chatID: message.chatID, isGroup: message.chatType == .group,
                    replyToMessageID: item.replyTo, parts: parts, quarantine: quarantine, platform: message.platform.rawValue, keyboardJSON: keyboard)
                guard try tx.record(processed, at: at) else { throw AlreadyProcessed() }
            }
        } catch is AlreadyProcessed {
            return
        }
    }
}
