import Foundation

/// What came back: the status code, the body bytes and the declared content type.
public struct HTTPResponse: Sendable, Equatable {
    /// The HTTP status code (200, 429, 502...).
    public var status: Int
    /// The response body as received.
    public var body: Data
    /// The `Content-Type` header, if the server sent one.
    public var contentType: String?
    /// The `Retry-After` header in seconds (a number or an HTTP date, as libcurl reads it), if sent.
    public var retryAfterSeconds: Int?

    /// Creates a response value (the curl client fills it; fakes build it directly).
    public init(status: Int, body: Data, contentType: String? = nil, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.body = body
        self.contentType = contentType
        self.retryAfterSeconds = retryAfterSeconds
    }
}
