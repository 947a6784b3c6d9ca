import CivicBotCore
import Foundation

/// The `repl --jsonl` wire format: one message a line in, one JSON object a line out.
public enum JSONLine {
    /// What a line asks for: a message, or an error to report.
    public enum Input: Equatable {
        /// A message to handle.
        case message(Message)
        /// A line that could not be read; the text says why.
        case error(String)
    }

    /// Reads one input line: plain text (a private console chat with user 1) or a JSON object,
    /// Telegram's unless `"platform": "line"` (then `user_id` is LINE's string, `U…`).
    public static func parse(_ line: String) -> Input {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{") else {
            return .message(Message(text: line, userID: 1, chatID: 1, chatType: .private, platform: .console))
        }
        struct Line: Decodable {
            let text: String
            let user_id: UserID?
            let chat_id: Int64?
            let chat_type: String?
            let username: String?
            let reply_to_bot: Bool?
            let platform: String?
        }
        let line: Line
        do {
            line = try JSONDecoder().decode(Line.self, from: Data(trimmed.utf8))
        } catch DecodingError.keyNotFound(let key, _) {
            return .error("\"\(key.stringValue)\" is required")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let key = context.codingPath.last?.stringValue ?? "line"
            return .error("\"\(key)\" has the wrong type")
        } catch {
            return .error("invalid JSON object")
        }
        let chatType: ChatType
        switch line.chat_type {
        case nil, "private": chatType = .private
        case "group", "supergroup": chatType = .group
        default: return .error("\"chat_type\" must be \"private\" or \"group\"")
        }
        switch line.platform {
        case nil, "telegram":
            guard case .number(let userID)? = line.user_id ?? .number(1) else { return .error("\"user_id\" has the wrong type") }
            return .message(Message(text: line.text, userID: userID, chatID: line.chat_id ?? userID, chatType: chatType,
                                    username: line.username, repliesToBot: line.reply_to_bot ?? false, platform: .telegram))
        case "line":
            guard case .string(let lineUser)? = line.user_id, lineUser.hasPrefix("U") else {
                return .error("\"user_id\" of a LINE message must be a string starting with \"U\"")
            }
            // A negative stand-in, never a Telegram id; roles go by the LINE id (lineAdmin).
            return .message(Message(text: line.text, userID: LineEventConverter.userKey(lineUser), chatID: line.chat_id ?? 0, chatType: chatType,
                                    username: line.username, repliesToBot: line.reply_to_bot ?? false, platform: .line,
                                    platformUserID: lineUser))
        default:
            return .error("\"platform\" must be \"telegram\" or \"line\"")
        }
    }

    /// A `user_id` as a line may give it: Telegram's number or LINE's string.
    enum UserID: Decodable, Equatable {
        case number(Int64)
        case string(String)

        init(from decoder: Decoder) throws {
            let value = try decoder.singleValueContainer()
            if let n = try? value.decode(Int64.self) {
                self = .number(n)
            } else if let s = try? value.decode(String.self) {
                self = .string(s)
            } else {
                throw DecodingError.typeMismatch(Int64.self, .init(codingPath: decoder.codingPath, debugDescription: "a number or a string"))
            }
        }
    }

    /// The output line for a reply: `{"intent","lang","reply","slots"}`, reply null for silence;
    /// `lang` ("th" or "en") is the language of the message and of the reply.
    public static func output(_ reply: Reply) -> String {
        let object: [String: Any] = ["intent": reply.intent.rawValue, "slots": reply.slots, "reply": reply.text ?? NSNull(),
                                     "lang": reply.language.rawValue]
        return serialize(object)
    }

    /// The output line for a bad input line.
    public static func error(_ message: String) -> String { serialize(["error": message]) }

    /// Compact JSON of a string map, keys sorted.
    public static func encode(_ slots: [String: String]) -> String {
        // Written by hand (it runs for every logged message): keys sorted, strings escaped as JSON requires.
        var out = "{"
        for (n, key) in slots.keys.sorted().enumerated() {
            if n > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            appendQuoted(slots[key] ?? "", to: &out)
        }
        return out + "}"
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    static func serialize(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{\"error\":\"cannot encode reply\"}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
