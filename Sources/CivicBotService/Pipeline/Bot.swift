import CivicBotCore
import CivicBotStore
import Foundation
import Logging

/// The shell around the pure decision: looks up what `Decider` asks for (the sender's role, a
/// fresh register), carries the decision out in one store transaction together with what the
/// caller persists (the REPL's log row; the poller's interaction, outbox and offset), and keeps
/// the knowledge snapshot and conversation contexts. The same for the REPL and the service.
public struct Bot: Sendable {
    /// Longest text the interaction log keeps of a message, in characters (Telegram's own limit).
    public static let maxStoredLength = 4_096

    /// The pure decision.
    public let decider: Decider
    /// The store: roles, admin writes, the log.
    public let store: AppDatabase
    let desk: AdminDesk
    let knowledge: KnowledgeBox
    let contexts: ContextBook
    let watch: StoreWatch
    let logger: Logger
    let now: @Sendable () -> Date

    /// The matcher (built once from Intents/).
    public var matcher: IntentMatcher { decider.matcher }
    /// The bot's own username, without `@`.
    public var username: String { decider.username }
    /// The knowledge snapshot answers are rendered from now.
    public var snapshot: KnowledgeSnapshot { knowledge.snapshot }

    /// Makes a bot; reads the knowledge snapshot from `store` once.
    public init(matcher: IntentMatcher, store: AppDatabase, username: String = "civicbot", logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init) throws {
        try self.init(decider: Decider(matcher: matcher, username: username), store: store,
                      knowledge: KnowledgeBox(store.knowledgeSnapshot()), logger: logger, now: now)
        restoreContexts()
    }

    /// Makes a bot over a snapshot already read from `store` (BotFactory reads it while the matcher is built).
    init(matcher: IntentMatcher, store: AppDatabase, snapshot: KnowledgeSnapshot, username: String, logger: Logger,
         now: @escaping @Sendable () -> Date = Date.init) {
        self.init(decider: Decider(matcher: matcher, username: username), store: store,
                  knowledge: KnowledgeBox(snapshot), logger: logger, now: now)
        restoreContexts()
    }

    /// The same bot under another username (serve learns its own from getMe), sharing snapshot and contexts.
    public func named(_ username: String) -> Bot {
        Bot(decider: Decider(matcher: matcher, username: username), store: store, knowledge: knowledge,
            contexts: contexts, watch: watch, logger: logger, now: now)
    }

    init(decider: Decider, store: AppDatabase, knowledge: KnowledgeBox, contexts: ContextBook = ContextBook(),
         watch: StoreWatch = StoreWatch(), logger: Logger, now: @escaping @Sendable () -> Date) {
        self.decider = decider
        self.store = store
        self.desk = AdminDesk(matcher: decider.matcher)
        self.knowledge = knowledge
        self.contexts = contexts
        self.watch = watch
        self.logger = logger
        self.now = now
    }

    // MARK: - Synchronous (REPL, bench, tests: never on the cooperative pool)

    /// Decides, carries out and logs one message; a log failure is reported, not thrown.
    public func handle(_ message: Message) -> Reply {
        let started = DispatchTime.now().uptimeNanoseconds
        let i = decider.interpret(message)
        let (decision, next) = decide(i, role: lookUpsNow(for: i))
        do {
            let reply = try store.perform(inTransaction: decision.writes) { tx in
                let reply = try carryOut(decision, i, tx)
                try tx.log(interactionRecord(message, reply, micros: elapsed(since: started)))
                return reply
            }
            finish(decision, next, message)
            if case .admin = decision, let (trainers, version) = try? store.registerSnapshot() {
                knowledge.replaceTrainers(trainers, version: version)
            }
            return reply
        } catch {
            logger.error("interaction not recorded", metadata: ["chat.id": "\(message.chatID)", "error": "\(error)"])
            return decision.reply
        }
    }

    /// `handle` for a run of messages read together (the REPL's piped input): decided in order,
    /// each seeing the context the one before it left, and carried out and logged in one
    /// transaction per run, instead of one commit per message; an admin command ends its run, so
    /// that the next message sees the register it changed. A failed transaction keeps nothing of
    /// its run and is reported; the replies are still given.
    public func handle(batch messages: [Message]) -> [Reply] {
        var replies: [Reply] = []
        replies.reserveCapacity(messages.count)
        var next = messages.startIndex
        while next < messages.endIndex {
            var run: [(i: Interpretation, decision: Decision, started: UInt64)] = []
            var admin = false
            while next < messages.endIndex, !admin {
                let message = messages[next]
                next += 1
                let started = DispatchTime.now().uptimeNanoseconds
                let i = decider.interpret(message)
                let (decision, context) = decide(i, role: lookUpsNow(for: i))
                finish(decision, context, message)
                run.append((i, decision, started))
                if case .admin = decision { admin = true }
            }
            do {
                replies += try store.perform(inTransaction: true) { tx in
                    try run.map { r in
                        let reply = try carryOut(r.decision, r.i, tx)
                        try tx.log(interactionRecord(r.i.message, reply, micros: elapsed(since: r.started)))
                        return reply
                    }
                }
            } catch {
                logger.error("interactions not recorded", metadata: ["messages": "\(run.count)", "error": "\(error)"])
                replies += run.map(\.decision.reply)
            }
            if admin, let (trainers, version) = try? store.registerSnapshot() {
                knowledge.replaceTrainers(trainers, version: version)
            }
        }
        return replies
    }

    /// What the decision asks of the store, read synchronously: the sender's role, and the register
    /// read again when it changed. While the store's change stamp stays put (one short hop), both
    /// come from what the bot read last.
    func lookUpsNow(for i: Interpretation) -> SenderRole? {
        guard i.needsRegister || i.needsRole else { return nil }
        guard let stamp = try? store.changeStamp() else { return i.needsRole ? role(of: i.message) : nil }
        var roles = watch.roles(at: stamp)
        if roles == nil {
            if let version = try? store.registerVersion(), version != knowledge.snapshot.trainersVersion,
               let (trainers, read) = try? store.registerSnapshot() {
                knowledge.replaceTrainers(trainers, version: read)
            }
            roles = try? store.roleBook()
            if let roles { watch.record(stamp, roles: roles) }
        }
        guard i.needsRole else { return nil }
        guard let roles else { return role(of: i.message) }
        return Self.role(of: i.message, in: roles)
    }

    /// Decides and carries out without logging (group-silence checks, the bench's reference answers).
    public func reply(to message: Message) -> Reply {
        let i = decider.interpret(message)
        let (decision, next) = decide(i, role: lookUpsNow(for: i))
        let reply = (try? store.perform(inTransaction: decision.writes) { tx in try carryOut(decision, i, tx) }) ?? decision.reply
        finish(decision, next, message)
        if case .admin = decision, let (trainers, version) = try? store.registerSnapshot() {
            knowledge.replaceTrainers(trainers, version: version)
        }
        return reply
    }

    // MARK: - Asynchronous (the service: GRDB's async API, off the cooperative pool)

    /// Decides and carries the decision out in one transaction with `persist` (which gets the
    /// transaction, the reply and the microseconds spent deciding, and returns what it wrote).
    /// A throw means nothing of the message was kept.
    public func process<T: Sendable>(_ message: Message,
                                     persist: @escaping @Sendable (StoreTransaction, Reply, Int64) throws -> T) async throws -> (Reply, T) {
        let started = DispatchTime.now().uptimeNanoseconds
        let i = decider.interpret(message)
        let role = try await lookUps(for: i)
        let (decision, next) = decide(i, role: role)
        let result = try await store.transaction { [self] tx in
            let reply = try carryOut(decision, i, tx)
            return (reply, try persist(tx, reply, elapsed(since: started)))
        }
        if case .admin = decision, let (trainers, version) = try? await store.registerSnapshot() {
            knowledge.replaceTrainers(trainers, version: version)
        }
        finish(decision, next, message)
        return result
    }

    // MARK: - Contexts across a restart

    /// Puts the live conversation contexts away in the store (at the end of a REPL run, at
    /// serve's shutdown), so that a follow-up after a restart still builds on its answer. Intent
    /// and slots only; a crash loses at most the contexts' few minutes.
    public func saveContexts() {
        let stored = contexts.live(now: now()).map { key, c in
            StoredContext(platform: key.platform.rawValue, chatID: key.chatID, userID: key.userID, platformUserID: key.platformUserID ?? "",
                          intent: c.intent.rawValue, slotsJSON: JSONLine.encode(Self.storedSlots(c)), at: c.at)
        }
        do {
            try store.saveContexts(stored, expiredBefore: now().addingTimeInterval(-contexts.lifetime))
        } catch {
            logger.error("conversation contexts not kept", metadata: ["error": "\(error)"])
        }
    }

    /// Reads back the contexts still alive (done once when the bot is made).
    func restoreContexts() {
        guard let stored = try? store.liveContexts(since: now().addingTimeInterval(-contexts.lifetime)) else { return }
        contexts.restore(stored.compactMap { s in
            guard let platform = Platform(rawValue: s.platform), let intent = IntentID(rawValue: s.intent),
                  let slots = try? JSONDecoder().decode([String: String].self, from: Data(s.slotsJSON.utf8)) else { return nil }
            let key = ContextBook.Key(platform: platform, chatID: s.chatID, userID: s.userID,
                                      platformUserID: s.platformUserID.isEmpty ? nil : s.platformUserID)
            var kept = slots
            let mode = kept.removeValue(forKey: Self.modeKey)
            return (key, ConversationContext(intent: intent, slots: kept, mode: mode, at: s.at))
        })
    }

    /// The key a context's mode is kept under beside its slots (no slot name begins with "~").
    static let modeKey = "~mode"

    /// A context's slots as kept, with its mode under `modeKey`.
    static func storedSlots(_ c: ConversationContext) -> [String: String] {
        var slots = c.slots
        if let mode = c.mode { slots[modeKey] = mode }
        return slots
    }

    /// What the decision asks of the store, through GRDB's async API: the sender's role, and the
    /// register read again when it changed (for the webhook batch and the poller alike); while the
    /// change stamp stays put, both come from what the bot read last.
    func lookUps(for i: Interpretation) async throws -> SenderRole? {
        guard i.needsRegister || i.needsRole else { return nil }
        let stamp = try await store.changeStamp()
        if let roles = watch.roles(at: stamp) { return i.needsRole ? Self.role(of: i.message, in: roles) : nil }
        let version = try await store.registerVersion()
        if version != knowledge.snapshot.trainersVersion {
            let (trainers, read) = try await store.registerSnapshot()
            knowledge.replaceTrainers(trainers, version: read)
        }
        let roles = try await store.roleBook()
        watch.record(stamp, roles: roles)
        return i.needsRole ? Self.role(of: i.message, in: roles) : nil
    }

    /// The polite refusal of a message too long to read.
    public func tooLongReply() -> Reply { decider.tooLong() }

    // MARK: - Shared

    func decide(_ i: Interpretation, role: SenderRole?) -> (Decision, ConversationContext?) {
        let message = i.message
        let at = now()
        let context = contexts.context(for: message, now: at)
        return decider.decide(i, role: role, context: context, knowledge: knowledge.snapshot, now: at)
    }

    /// The reply a decision sends, writing what it must inside `tx`: an admin command's change
    /// (in a savepoint: a failed command leaves nothing), a refusal's audit row.
    func carryOut(_ decision: Decision, _ i: Interpretation, _ tx: StoreTransaction) throws -> Reply {
        switch decision {
        case .admin(let command):
            do {
                let text = try tx.savepoint { try desk.execute(command, in: $0, at: now()) }
                return Reply(intent: command.intent, slots: command.slots, text: text)
            } catch {
                logger.error("admin command failed", metadata: ["intent.name": "\(command.intent.rawValue)", "error": "\(error)"])
                return decider.fallback(i.understanding).reply
            }
        case .refuse(let reply):
            try tx.recordRefusal(of: i.message.userID, intent: reply.intent.rawValue, chatType: i.message.chatType.rawValue, at: now())
            logger.notice("admin intent refused", metadata: ["user.id": "\(i.message.userID)", "intent.name": "\(reply.intent.rawValue)"])
            return reply
        case .answer(let reply), .clarify(let reply), .silent(let reply, _):
            return reply
        }
    }

    /// After the transaction: the next context and the debug line (the caller refreshes the
    /// register after an admin change, with the store API its thread may use).
    func finish(_ decision: Decision, _ next: ConversationContext?, _ message: Message) {
        contexts.set(next, for: message)
        logger.debug("handled", metadata: ["chat.id": "\(message.chatID)", "intent.name": "\(decision.reply.intent.rawValue)"])
    }

    func role(of message: Message) -> SenderRole {
        (try? roleNow(of: message)) ?? .volunteer
    }

    func elapsed(since started: UInt64) -> Int64 {
        Int64((DispatchTime.now().uptimeNanoseconds - started) / 1_000)
    }

    /// The log row for a handled message.
    /// Phone numbers never stay in it: the reply's (a trainer list, an admin's record) are masked,
    /// and so are those in an admin's form (the register keeps the number, the log need not).
    public func interactionRecord(_ message: Message, _ reply: Reply, micros: Int64) -> InteractionRecord {
        let text = message.text.utf8.count > Self.maxStoredLength ? String(message.text.prefix(Self.maxStoredLength)) : message.text
        return InteractionRecord(
            at: now(), chatID: message.chatID, chatType: message.chatType.rawValue,
            userID: message.userID, username: message.username,
            text: reply.intent.isAdmin ? PhoneMask.mask(text) : text,
            intent: reply.intent.rawValue, slotsJSON: JSONLine.encode(reply.slots), reply: reply.text.map(PhoneMask.mask), processingMicros: micros,
            platform: message.platform.rawValue, platformUserID: message.platformUserID
        )
    }

}

extension Decision {
    /// True when carrying the decision out writes more than the log (an admin change, a refusal's
    /// audit row): then the log row goes in the same explicit transaction.
    var writes: Bool {
        switch self {
        case .admin, .refuse: return true
        default: return false
        }
    }
}
