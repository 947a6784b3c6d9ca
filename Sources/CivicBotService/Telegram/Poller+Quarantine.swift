import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation

extension Poller {
    /// The outbox parts of `reply`, and why to quarantine it instead when it has text that renders
    /// to nothing sendable (a template missing from Intents/): such a reply would fail the outbox's
    /// CHECK, or Telegram's, on every retry.
    static func outgoing(_ reply: Reply) -> (parts: [ProcessedUpdate.Part], quarantine: String?) {
        guard let text = reply.text else { return ([], nil) }
        let parts = OutgoingText.parts(text).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if parts.isEmpty { return ([], "empty reply (intent \(reply.intent.rawValue))") }
        return (parts.map(ProcessedUpdate.Part.init(text:)), nil)
    }

    /// After the store refused to record `update`: when the same write can never succeed (SQLite
    /// rejected the data), records the update in the quarantine instead, with the offset, and
    /// returns true; false when the write may work later (poll the update again). A damaged
    /// database file stops the service (`ServeError.databaseDamaged`): retrying cannot help.
    func setAside(_ update: BotUpdate, after error: any Error) async throws -> Bool {
        if StoreFailure(error) == .damaged {
            logger.critical("database damaged: stopping", metadata: ["update.id": "\(update.updateID)", "error": "\(error)"])
            throw ServeError.databaseDamaged("\(error)")
        }
        guard StoreFailure(error) == .rejected else { return false }
        logger.error("update quarantined: the database refused it", metadata: ["update.id": "\(update.updateID)", "error": "\(error)"])
        let skipped = ProcessedUpdate(updateID: update.updateID, interaction: nil, chatID: update.message?.chat.id ?? 0, isGroup: false,
                                      replyToMessageID: nil, parts: [], quarantine: "refused by the database: \(error)")
        return (try? await store.record(skipped, at: now())) != nil
    }
}
