import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A LINE platform on 127.0.0.1 for tests and `civicbot bench`, on both sides of the bot:
///
/// - the Messaging API (`POST /v2/bot/message/reply` and `/push`): checks the Bearer token,
///   issues reply tokens that expire (`replyTokenLifetime`) and work once, enforces the message
///   limits (1 to 5 messages, 5,000 UTF-16 units, 13 quick-reply buttons of at most 20
///   characters), counts the push quota (a push to a group counts once per member), keeps the
///   `X-Line-Retry-Key`s it accepted (a repeat gets 409), and injects scripted faults;
/// - the webhook: signs each body with the channel secret and posts it to the bot, and redelivers
///   (`deliveryContext.isRedelivery: true`, the same `webhookEventId`) whatever the bot did not
///   answer with 200 within `webhookTimeout`.
///
/// Depends on Foundation, the C library and swift-crypto only.
public final class FakeLinePlatform: @unchecked Sendable {
    /// One scripted misbehaviour of the API, applied to the next matching call.
    public enum Fault: Sendable, Equatable {
        /// 500 with LINE's error body.
        case internalServerError
        /// 429 "The API rate limit has been exceeded", with `Retry-After`.
        case rateLimited(retryAfter: Int)
        /// The connection is closed without an answer, before the call is carried out.
        case dropConnection
        /// The call is carried out (the token used, the push counted), then the connection is
        /// closed without an answer: the bot cannot know it went out.
        case dropAfterAccepting
        /// The answer is held back this many seconds.
        case slow(seconds: Double)
    }

    /// A message as a chat received it.
    public struct Delivered: Sendable, Equatable {
        /// The user, group or room id it went to.
        public let to: String
        /// Its text.
        public let text: String
        /// `reply` or `push`.
        public let via: String
        /// The webhook event it answered (by reply token), if known.
        public let eventID: String?
        /// Quick-reply buttons as (label, text).
        public let quickReplies: [String]
        /// The id the platform gave it (`sentMessages[].id`; a user's quote names it).
        public let messageID: String
    }

    /// The channel secret that signs webhooks.
    public let channelSecret: String
    /// The channel access token the API accepts.
    public let accessToken: String
    /// The bot's own user id (`destination`, and `isSelf` mentions).
    public let botUserID = "U" + String(repeating: "b07", count: 10) + "00"
    /// How long a reply token works.
    public var replyTokenLifetime: TimeInterval
    /// The monthly push quota (messages; a push to a group counts once per member).
    public var pushQuota: Int
    /// Members of every group and room (for the push quota).
    public var groupMembers: Int

    let state = NSCondition()
    var listener: Int32 = -1
    var boundPort: UInt16 = 0
    var running = false
    var connections: Set<Int32> = []
    var activeHandlers = 0
    var tokens: [String: (chat: String, eventID: String, issued: Date, used: Bool)] = [:]
    var acceptedRetryKeys: Set<String> = []
    var pushesCounted = 0
    var delivered: [Delivered] = []
    var apiLog: [(path: String, status: Int)] = []
    var script: [(path: String?, fault: Fault)] = []
    var counter = 0
    // Webhook side.
    var webhookPending: [(id: String, json: [String: Any], attempts: Int)] = []
    var webhookInFlight = 0
    var webhookAnswers: [Int] = []
    var webhookLatencies: [Double] = []
    var webhookTarget: (host: String, port: UInt16)?
    var senders = 0

    /// A stopped platform; call `start()`.
    public init(channelSecret: String = "fake-line-channel-secret-0123456789", accessToken: String = "fake-line-access-token-SECRET",
                replyTokenLifetime: TimeInterval = 60, pushQuota: Int = 300, groupMembers: Int = 5) {
        self.channelSecret = channelSecret
        self.accessToken = accessToken
        self.replyTokenLifetime = replyTokenLifetime
        self.pushQuota = pushQuota
        self.groupMembers = groupMembers
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`, the bot's `--line-api-base`.
    public var baseURL: String { "http://127.0.0.1:\(state.withLock { boundPort })" }

    // MARK: Scripting and inspection

    /// Queues faults for the next API calls (of `path`, e.g. "/v2/bot/message/reply", or any).
    public func script(_ faults: Fault..., for path: String? = nil) {
        state.withLock { script += faults.map { (path, $0) } }
    }

    /// Every message chats received, in order.
    public var deliveredMessages: [Delivered] { state.withLock { delivered } }

    /// Every API call and the status it got.
    public var apiCalls: [(path: String, status: Int)] { state.withLock { apiLog } }

    /// Push messages counted against the quota so far.
    public var pushQuotaUsed: Int { state.withLock { pushesCounted } }

    /// The statuses the bot answered webhooks with, in order (0: no answer in time).
    public var webhookStatuses: [Int] { state.withLock { webhookAnswers } }

    /// Seconds each webhook request took to be answered with 200.
    public var webhookAnswerTimes: [Double] { state.withLock { webhookLatencies } }

    /// Events not yet acknowledged with 200.
    public var unacknowledged: Int { state.withLock { webhookPending.count + webhookInFlight } }

    /// Makes a reply token for an event in `chat` (also used by `messageEvent`).
    func issueToken(chat: String, eventID: String) -> String {
        state.withLock {
            counter += 1
            let token = "rt\(counter)" + Self.hex(12)
            tokens[token] = (chat, eventID, Date(), false)
            return token
        }
    }

    /// Takes the first scripted fault for `path`.
    func takeFault(for path: String) -> Fault? {
        state.withLock {
            guard let index = script.firstIndex(where: { $0.path == nil || $0.path == path }) else { return nil }
            return script.remove(at: index).fault
        }
    }

    /// Signs `body` as LINE does: base64(HMAC-SHA256(channel secret, body)).
    public func sign(_ body: Data) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(channelSecret.utf8)))).base64EncodedString()
    }

    static func hex(_ bytes: Int) -> String {
        (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// A LINE user id: `U` and 32 hex digits.
    public static func userID(_ n: Int) -> String { "U" + String(format: "%032x", n) }
    /// A LINE group id: `C` and 32 hex digits.
    public static func groupID(_ n: Int) -> String { "C" + String(format: "%032x", n) }
}
