import Foundation

/// A minimal Telegram Bot API over HTTP/1.1 on 127.0.0.1 (ephemeral port), for tests.
///
/// It speaks the real JSON shapes: a queue of updates served by `getUpdates` (honouring `offset`
/// and holding the request up to `timeout`), `sendMessage` bodies recorded, `getMe` answering
/// `civicbot`, `deleteWebhook` answering true. Faults are scripted per upcoming request.
/// Depends on Foundation and the C library only, so it can move to a shared test-support target.
public final class FakeBotAPIServer: @unchecked Sendable {
    /// One scripted misbehaviour, applied to the next matching request instead of the normal answer.
    public enum Fault: Sendable, Equatable {
        /// 500 with a JSON envelope.
        case internalServerError
        /// 502 with an HTML page, as a proxy in front of the API would send.
        case badGatewayHTML
        /// 200 whose JSON body stops half-way (the HTTP framing itself is complete).
        case truncatedJSON
        /// 200 announcing more bytes than it sends, then closing the connection.
        case truncatedBody
        /// 429 with `parameters.retry_after`.
        case rateLimited(retryAfter: Int)
        /// 409: another getUpdates is running.
        case conflict
        /// 401: the token is refused.
        case unauthorized
        /// 404 for the token path, as Telegram answers an unknown token.
        case notFound
        /// The connection is closed without any response.
        case dropConnection
        /// The answer is held back this many seconds (then sent, if anyone still listens).
        case slow(seconds: Double)
        /// 400 "Bad Request: can't parse entities: ...".
        case cantParseEntities
        /// 403 "Forbidden: bot was blocked by the user": refused for good.
        case forbidden
        /// 400 with this `description`, as a server echoing parts of the request would send.
        case badRequest(description: String)
    }

    /// One request as the server saw it.
    public struct RecordedRequest: Sendable {
        /// The Bot API method (last path component), e.g. "sendMessage".
        public var method: String
        /// The raw body.
        public var body: Data
        /// The request's headers, names lowercased.
        public var headers: [String: String]
    }

    /// The token the server accepts in `/bot<token>/`.
    public let token: String
    /// What `getMe` answers as `username`.
    public let botUsername: String
    /// The user id of the bot in `getMe` and sent messages.
    public let botUserID: Int64 = 7_000_001

    /// Guards everything below; signalled when updates arrive or the server stops.
    let state = NSCondition()
    /// The listening socket.
    var listener: Int32 = -1
    /// The port read back with getsockname.
    var boundPort: UInt16 = 0
    /// False once `stop()` was called.
    var running = false
    /// Open client sockets, shut down by `stop()`.
    var connections: Set<Int32> = []
    /// Accept loop and connection handlers still running.
    var activeHandlers = 0
    /// Updates not yet confirmed, oldest first.
    var pending: [(id: Int64, json: [String: Any])] = []
    /// The last `update_id` handed out.
    var nextUpdateID: Int64 = 100
    /// The last `message_id` handed out.
    var nextMessageID: Int64 = 5_000
    /// Scripted faults, consumed in order.
    var script: [(method: String?, fault: Fault)] = []
    /// Every request, in order.
    var log: [RecordedRequest] = []
    /// The `sendMessage` bodies answered with success, in order.
    var deliveredLog: [[String: Any]] = []
    /// What `getMe` answers as `can_read_all_group_messages` (false: privacy mode, Telegram's default).
    var readsAllGroupMessages = false
    /// The `/` menu as `setMyCommands` last set it (`getMyCommands` answers it).
    var menu: [[String: Any]] = []
    /// The webhook `setWebhook` set (URL and secret token), nil when none: then getUpdates is 409.
    var webhook: (url: String, secret: String?)?

    /// Creates a stopped server; call `start()`.
    public init(token: String = "123456789:AAE-test_TOKEN-sEcReT", botUsername: String = "civicbot") {
        self.token = token
        self.botUsername = botUsername
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`, the `baseURL` to give the client.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The ephemeral port chosen by the system.
    public var port: UInt16 { state.withLock { boundPort } }

    // MARK: Scripting

    /// Queues faults for the next requests (of `method`, or of any method), in order.
    public func script(_ faults: Fault..., for method: String? = nil) {
        state.withLock { script += faults.map { (method, $0) } }
    }

    /// Queues an update holding a text message and returns its `update_id`.
    @discardableResult
    public func enqueueMessage(
        _ text: String, chatID: Int64 = 1_001, chatType: String = "private", fromID: Int64 = 1_001,
        username: String? = "somchai", replyToBotMessageID: Int64? = nil
    ) -> Int64 {
        state.withLock {
            nextMessageID += 1
            var from: [String: Any] = ["id": fromID, "is_bot": false, "first_name": "สมชาย", "language_code": "th"]
            if let username { from["username"] = username }
            var chat: [String: Any] = ["id": chatID, "type": chatType]
            if chatType != "private" { chat["title"] = "ศส.ปชต. อาสา" }
            var message: [String: Any] = [
                "message_id": nextMessageID, "from": from, "chat": chat, "date": 1_717_000_000, "text": text,
            ]
            if text.hasPrefix("/") {
                let command = text.split(separator: " ").first.map(String.init) ?? text
                message["entities"] = [["type": "bot_command", "offset": 0, "length": command.utf16.count]]
            }
            if let replyToBotMessageID {
                message["reply_to_message"] = [
                    "message_id": replyToBotMessageID, "date": 1_716_999_000, "text": "คำตอบก่อนหน้า", "chat": chat,
                    "from": ["id": botUserID, "is_bot": true, "first_name": "CivicBot", "username": botUsername],
                ]
            }
            return appendUpdateLocked(["message": message])
        }
    }

    /// Makes the next update's id `id`, as Telegram does after a week without updates (it then
    /// picks the next id at random instead of counting on).
    public func resetUpdateIDs(to id: Int64) {
        state.withLock { nextUpdateID = id - 1 }
    }

    /// Queues an update from raw JSON (without `update_id`, which is assigned) and returns its id.
    @discardableResult
    public func enqueueUpdate(_ json: [String: Any]) -> Int64 {
        state.withLock { appendUpdateLocked(json) }
    }

    private func appendUpdateLocked(_ json: [String: Any]) -> Int64 {
        nextUpdateID += 1
        var update = json
        update["update_id"] = nextUpdateID
        pending.append((nextUpdateID, update))
        state.broadcast()
        return nextUpdateID
    }

    /// Makes `getMe` report privacy mode off (`true`: the bot reads every group message) or on.
    public func setReadsAllGroupMessages(_ value: Bool) {
        state.withLock { readsAllGroupMessages = value }
    }

    // MARK: Inspection

    /// The `/` menu as `(command, description)` pairs, as `setMyCommands` last set it.
    public var commandMenu: [(command: String, description: String)] {
        state.withLock { menu.map { ($0["command"] as? String ?? "", $0["description"] as? String ?? "") } }
    }

    /// Ids of updates not yet confirmed by an `offset` above them.
    public var pendingUpdateIDs: [Int64] { state.withLock { pending.map(\.id) } }

    /// Every request received, in order.
    public var requests: [RecordedRequest] { state.withLock { log } }

    /// The JSON bodies of every `sendMessage` received (including refused ones), in order.
    public var sentMessages: [[String: Any]] {
        requests.filter { $0.method == "sendMessage" }.compactMap {
            (try? JSONSerialization.jsonObject(with: $0.body)) as? [String: Any]
        }
    }

    /// The JSON bodies of the `sendMessage` calls that succeeded (what users actually received), in order.
    public var deliveredMessages: [[String: Any]] { state.withLock { deliveredLog } }

    /// How many requests of `method` arrived.
    public func count(of method: String) -> Int { requests.filter { $0.method == method }.count }

    /// Takes the first scripted fault for `method`, if any.
    func takeFault(for method: String) -> Fault? {
        state.withLock {
            guard let index = script.firstIndex(where: { $0.method == nil || $0.method == method }) else { return nil }
            return script.remove(at: index).fault
        }
    }
}
