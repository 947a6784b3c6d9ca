import Foundation

/// Raw Bot API update bodies for `FakeBotAPIServer.enqueueUpdate`, for shapes `enqueueMessage` does not make.
enum UpdateJSON {
    /// Telegram's user id of GroupAnonymousBot, the `from` of messages an anonymous group admin sends.
    static let groupAnonymousBotID: Int64 = 1_087_968_824

    /// `{"message": …}` with `text` in `chat`, sent by `from`, plus any `extra` message fields.
    static func message(_ text: String, chatID: Int64, chatType: String = "private", from: [String: Any], extra: [String: Any] = [:]) -> [String: Any] {
        var chat: [String: Any] = ["id": chatID, "type": chatType]
        if chatType != "private" { chat["title"] = "ศส.ปชต. อาสา" }
        var message: [String: Any] = ["message_id": Int64.random(in: 1...1_000_000), "from": from, "chat": chat, "date": 1_717_000_000, "text": text]
        message.merge(extra) { $1 }
        return ["message": message]
    }

    /// A person as `from`.
    static func person(_ id: Int64) -> [String: Any] { ["id": id, "is_bot": false, "first_name": "มาลี"] }
}
