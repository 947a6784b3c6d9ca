/// A Bot API `Update`: its id and, for the only kind we ask for (`allowed_updates: ["message"]`), the message.
public struct BotUpdate: Sendable, Equatable, Decodable {
    /// `update_id`: confirm it by polling with `offset = updateID + 1`.
    public var updateID: Int64
    /// `message`, absent for update kinds the bot does not handle.
    public var message: BotMessage?

    /// Creates an update value (tests and fakes; the client decodes them).
    public init(updateID: Int64, message: BotMessage? = nil) {
        self.updateID = updateID
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case updateID = "update_id"
        case message
    }
}
