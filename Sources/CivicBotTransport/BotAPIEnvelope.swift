/// The Bot API answer shape: `{ok, result, description, error_code, parameters}`.
struct BotAPIEnvelope<Result: Decodable>: Decodable {
    /// `ok`: whether the call succeeded.
    var ok: Bool
    /// `result`, present when `ok`.
    var result: Result?
    /// `description`: a human-readable reason, mostly when not `ok`.
    var description: String?
    /// `error_code`: mirrors the HTTP status when not `ok`.
    var errorCode: Int?
    /// `parameters`: `retry_after` for 429, `migrate_to_chat_id` for upgraded groups.
    var parameters: BotAPIResponseParameters?

    private enum CodingKeys: String, CodingKey {
        case ok, result, description, parameters
        case errorCode = "error_code"
    }
}

/// An envelope whose `result` is ignored, for reading error answers.
struct BotAPIErrorEnvelope: Decodable {
    /// `ok`.
    var ok: Bool
    /// `description`.
    var description: String?
    /// `error_code`.
    var errorCode: Int?
    /// `parameters`.
    var parameters: BotAPIResponseParameters?

    private enum CodingKeys: String, CodingKey {
        case ok, description, parameters
        case errorCode = "error_code"
    }
}

/// `ResponseParameters`.
struct BotAPIResponseParameters: Decodable {
    /// Seconds to wait after a 429.
    var retryAfter: Int?
    /// The supergroup a group moved to.
    var migrateToChatID: Int64?

    private enum CodingKeys: String, CodingKey {
        case retryAfter = "retry_after"
        case migrateToChatID = "migrate_to_chat_id"
    }
}
