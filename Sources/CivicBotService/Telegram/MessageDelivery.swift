import CivicBotCore
import CivicBotStore
import CivicBotTransport
import Foundation

/// The one platform-specific step of the outbox sender: put one part in front of its reader.
/// Telegram implements it with `sendMessage`; a LINE sender (reply token, push fallback) next.
/// Failures are `TransportError`s, which the sender turns into retry, drop or stop.
public protocol MessageDelivery: Sendable {
    /// The platform whose outbox parts this delivers.
    var platform: Platform { get }
    /// Sends one part; returns once the platform accepted it.
    func deliver(_ part: OutboxMessage) async throws
}

/// Telegram's delivery: `sendMessage` to the part's chat, replying to its message in groups.
public struct TelegramDelivery: MessageDelivery {
    let api: BotAPIClient

    /// Delivers through `api`.
    public init(api: BotAPIClient) { self.api = api }

    /// Telegram.
    public var platform: Platform { .telegram }

    /// `sendMessage(chat_id, text, reply_to)`, with the part's reply keyboard when it has one.
    public func deliver(_ part: OutboxMessage) async throws {
        let keyboard = part.keyboardJSON.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        _ = try await api.sendMessage(chatID: part.chatID, text: part.text, replyTo: part.replyToMessageID, keyboard: keyboard)
    }
}
