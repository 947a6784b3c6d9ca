/// A Bot API `Update`: its id and, for the only kind we ask for (`allowed_updates: ["message"]`), the message.
public struct BotUpdate: Sendable, Equatable, Decodable {
    /// `update_id`: confirm it by polling with `offset = updateID + 1`.
    public var updateID: Int64
    /// `message`, absent for update kinds the bot does not handle.
    public var message: BotMessage?
    /// Why `message` could not be decoded (valid JSON in another shape, e.g. `from` without
    /// `first_name`): one such update must not fail its whole batch, so it decodes with this set.
    public var unreadable: String?

    /// Creates an update value (tests and fakes; the client decodes them).
    public init(updateID: Int64, message: BotMessage? = nil, unreadable: String? = nil) {
        self.updateID = updateID
        self.message = message
        self.unreadable = unreadable
    }

    /// Decodes `update_id` (required) and the message, keeping a message that fails as `unreadable`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        updateID = try container.decode(Int64.self, forKey: .updateID)
        do {
            message = try container.decodeIfPresent(BotMessage.self, forKey: .message)
        } catch let error as DecodingError {
            message = nil
            unreadable = Self.reason(error)
        }
    }

    /// What is wrong where, e.g. `missing message.from.first_name` (never the message's text).
    static func reason(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String { keys.filter { $0.intValue == nil }.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context): return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context): return "unreadable at \(path(context.codingPath))"
        @unknown default: return "unreadable"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case updateID = "update_id"
        case message
    }
}
