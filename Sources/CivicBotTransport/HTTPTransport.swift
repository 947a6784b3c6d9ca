/// Sends one HTTP request and returns the response, whatever its status.
///
/// Implementations throw `TransportError` for failures below HTTP (timeouts, refused or dropped
/// connections) and `CancellationError` when the calling task is cancelled; any status code,
/// including 4xx and 5xx, is a response, not an error.
public protocol HTTPTransport: Sendable {
    /// Performs `request` and returns the response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
