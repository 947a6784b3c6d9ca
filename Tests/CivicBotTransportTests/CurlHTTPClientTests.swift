import CivicBotTransport
import Foundation
import Logging
import Testing

/// Tests of `CurlHTTPClient`.
@Suite struct CurlHTTPClientTests {
    /// Posts JSON with content type and reads the response.
    @Test func postsJSONWithContentTypeAndReadsTheResponse() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let body = Data(#"{"drop_pending_updates":true}"#.utf8)
        let response = try await fixture.http.send(.postJSON(url: fixture.url("deleteWebhook"), body: body))
        #expect(response.status == 200)
        #expect(response.contentType == "application/json")
        #expect(String(decoding: response.body, as: UTF8.self).contains(#""result":true"#))
        let recorded = try #require(fixture.server.requests.last)
        #expect(recorded.method == "deleteWebhook")
        #expect(recorded.body == body)
        #expect(recorded.headers["content-type"] == "application/json")
        #expect(recorded.headers["expect"] == nil)
    }

    /// Error statuses are responses not errors.
    @Test func errorStatusesAreResponsesNotErrors() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        fixture.server.script(.badGatewayHTML)
        let response = try await fixture.http.send(HTTPRequest(url: fixture.url("getMe")))
        #expect(response.status == 502)
        #expect(response.contentType == "text/html")
    }

    /// Total timeout fires before a slow response.
    @Test func totalTimeoutFiresBeforeASlowResponse() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        // The server would hold the answer 600 s; the 400 ms timeout must fire long before
        // (the upper bound is generous: CI runs every suite at once on two cores).
        fixture.server.script(.slow(seconds: 600))
        let started = ContinuousClock.now
        let error = await transportError {
            try await fixture.http.send(HTTPRequest(url: fixture.url("getMe"), timeout: .milliseconds(400)))
        }
        let elapsed = ContinuousClock.now - started
        #expect(error == .timeout)
        #expect(error?.isRetryable == true)
        #expect(elapsed >= .milliseconds(300))
        #expect(elapsed < .seconds(180))
    }

    /// Dropped connection is a retryable connection failure without the token.
    @Test func droppedConnectionIsARetryableConnectionFailureWithoutTheToken() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        fixture.server.script(.dropConnection)
        let error = await transportError { try await fixture.http.send(HTTPRequest(url: fixture.url("getMe"))) }
        guard case .connectionFailed(let message) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(message.contains("/bot<redacted>/getMe"))
        #expect(!message.contains(fixture.server.token))
        #expect(error?.isRetryable == true)
    }

    /// Body shorter than announced is a connection failure.
    @Test func bodyShorterThanAnnouncedIsAConnectionFailure() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        fixture.server.script(.truncatedBody)
        let error = await transportError { try await fixture.http.send(HTTPRequest(url: fixture.url("getMe"))) }
        guard case .connectionFailed = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(error?.isRetryable == true)
    }

    /// Refused connection names the redacted URL.
    @Test func refusedConnectionNamesTheRedactedURL() async throws {
        let (logger, lines) = RecordingLogHandler.logger()
        let client = CurlHTTPClient(configuration: .init(connectTimeout: .seconds(2), noProxyHosts: loopback), logger: logger)
        let token = "555:refused-SECRET"
        let error = await transportError {
            try await client.send(HTTPRequest(url: "http://127.0.0.1:1/bot\(token)/getMe"))
        }
        guard case .connectionFailed(let message) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(message.contains("127.0.0.1:1/bot<redacted>/getMe"))
        #expect(!message.contains("SECRET"))
        #expect(!lines.all.isEmpty)
        #expect(lines.all.allSatisfy { !$0.contains("SECRET") })
    }

    /// Bad URL is an invalid request without the token.
    @Test func badURLIsAnInvalidRequestWithoutTheToken() async throws {
        let (logger, _) = RecordingLogHandler.logger()
        let client = CurlHTTPClient(configuration: .init(noProxyHosts: loopback), logger: logger)
        let error = await transportError {
            try await client.send(HTTPRequest(url: "ftp://127.0.0.1/bot777:BAD-secret/getMe"))
        }
        guard case .invalidRequest(let message) = error else {
            Issue.record("expected invalidRequest, got \(String(describing: error))")
            return
        }
        #expect(!message.contains("BAD-secret"))
        #expect(error?.isRetryable == false)
    }

    /// Cancelling the task aborts a held request.
    @Test func cancellingTheTaskAbortsAHeldRequest() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let poll = Task {
            try await fixture.api.getUpdates(timeout: 600)
        }
        // Cancel only once the server holds the request: a poll cancelled before it started proves nothing.
        // (Generous: with every suite running at once on a busy machine the request has been seen to
        // take more than 20 s to start.)
        let deadline = ContinuousClock.now + .seconds(120)
        while fixture.server.count(of: "getUpdates") == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try #require(fixture.server.count(of: "getUpdates") == 1, "the poll reached the server")
        let cancelled = ContinuousClock.now
        poll.cancel()
        let result = await poll.result
        #expect(throws: CancellationError.self) { try result.get() }
        // Far sooner than the 600 s the server would hold it (generous: CI runs every suite at once).
        #expect(ContinuousClock.now - cancelled < .seconds(180))
    }

    /// A held long poll does not block other requests.
    @Test func aHeldLongPollDoesNotBlockOtherRequests() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        // The poll is held far longer than a loaded machine can delay getMe (a 30 s poll once ran out
        // first on CI with builds beside it). Were getMe queued behind the poll, it would come back
        // only when the poll ran out, empty, and the last check fails.
        async let poll = fixture.api.getUpdates(timeout: 300)
        try await Task.sleep(for: .milliseconds(200))
        let username = try await fixture.api.getMe()
        #expect(username == "civicbot")
        // getMe came back while the poll was still held: the poll has not returned yet.
        let id = fixture.server.enqueueMessage("ปลดการรอ")
        #expect(try await poll.map(\.updateID) == [id])
    }

    /// Logs each exchange at debug with the URL redacted.
    @Test func logsEachExchangeAtDebugWithTheURLRedacted() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        _ = try await fixture.http.send(HTTPRequest(url: fixture.url("getMe")))
        let line = try #require(fixture.logLines.all.first)
        #expect(line.hasPrefix("debug HTTP exchange finished"))
        #expect(line.contains("http.status=200"))
        #expect(line.contains("/bot<redacted>/getMe"))
        #expect(!line.contains(fixture.server.token))
    }
}
