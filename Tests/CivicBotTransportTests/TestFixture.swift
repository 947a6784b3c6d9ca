import CivicBotFakeTelegram
import CivicBotTransport
import Foundation
import Logging

/// A started fake server, a real curl client pointed at it, and the log lines they produce.
struct TestFixture {
    /// The fake Bot API (stop it at the end of the test).
    let server: FakeBotAPIServer
    /// The curl transport.
    let http: CurlHTTPClient
    /// The Bot API client using `http` against `server`.
    let api: BotAPIClient
    /// Every log line of `http` and `api`.
    let logLines: RecordingLogHandler.Lines

    /// Starts a server and builds the clients; `requestTimeout` bounds non-poll calls.
    init(requestTimeout: Duration = .seconds(5), longPollGrace: Duration = .seconds(2)) throws {
        server = FakeBotAPIServer()
        try server.start()
        let (logger, lines) = RecordingLogHandler.logger()
        logLines = lines
        http = CurlHTTPClient(
            configuration: .init(connectTimeout: .seconds(2), timeout: .seconds(5), noProxyHosts: loopback),
            logger: logger)
        api = BotAPIClient(
            token: server.token,
            configuration: .init(baseURL: server.baseURL, requestTimeout: requestTimeout, longPollGrace: longPollGrace),
            transport: http, logger: logger)
    }

    /// The URL of `method` on the fake server, token included.
    func url(_ method: String) -> String { "\(server.baseURL)/bot\(server.token)/\(method)" }
}

/// Hosts the tests reach directly, whatever proxy the environment sets.
let loopback = "127.0.0.1,localhost"

/// Runs `body` and returns the `TransportError` it throws, or nil if it threw nothing or something else.
func transportError<T>(_ body: () async throws -> T) async -> TransportError? {
    do {
        _ = try await body()
        return nil
    } catch let error as TransportError {
        return error
    } catch {
        return nil
    }
}
