import CivicBotCore
import CivicBotStore
import Foundation

extension Bot {
    /// One message decided and not yet carried out: a webhook request (or a getUpdates batch)
    /// decides each of its messages, then carries them all out in one transaction.
    public struct Prepared: Sendable {
        let interpretation: Interpretation
        let decision: Decision
        let started: UInt64
        /// The context before this message and the one it left (to put back when the message
        /// turns out to be stored already: a redelivery decided again must not move the conversation).
        let before: ConversationContext?, after: ConversationContext?

        /// The message.
        public var message: Message { interpretation.message }
    }

    /// Decides `message` (looking up the role and a fresh register when the decision needs them).
    /// The next conversation context is kept at once, so that a later message of the same chat
    /// and user in the same batch follows up on this one.
    public func prepare(_ message: Message) async throws -> Prepared {
        let started = DispatchTime.now().uptimeNanoseconds
        let i = decider.interpret(message)
        let role = try await lookUps(for: i)
        let before = contexts.context(for: message, now: now())
        let (decision, next) = decide(i, role: role)
        contexts.set(next, for: message)
        return Prepared(interpretation: i, decision: decision, started: started, before: before, after: next)
    }

    /// Puts back the contexts of messages that were not stored because they had been before (a
    /// redelivery): latest first, and only where no later message of the chat moved it again.
    public func withdraw(_ prepared: [Prepared]) {
        for p in prepared.reversed() { contexts.replace(p.after, with: p.before, for: p.message) }
    }

    /// Inside the batch's transaction: carries the decision out (an admin change in a savepoint, a
    /// refusal's audit row) and returns the reply and its log row (not yet written).
    public func carryOut(_ prepared: Prepared, in tx: StoreTransaction) throws -> (Reply, InteractionRecord) {
        let reply = try carryOut(prepared.decision, prepared.interpretation, tx)
        return (reply, interactionRecord(prepared.message, reply, micros: elapsed(since: prepared.started)))
    }

    /// After the batch's transaction committed: the register is read again after an admin change.
    public func finish(_ prepared: [Prepared]) async {
        if prepared.contains(where: { if case .admin = $0.decision { return true } else { return false } }),
           let (trainers, version) = try? await store.registerSnapshot() {
            knowledge.replaceTrainers(trainers, version: version)
        }
        for p in prepared {
            logger.debug("handled", metadata: ["chat.id": "\(p.message.chatID)", "intent.name": "\(p.decision.reply.intent.rawValue)"])
        }
    }
}
