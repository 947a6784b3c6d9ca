import CivicBotTransport
import Foundation
import Testing

/// Tests of `BotAPIClient`.
@Suite struct BotAPIClientTests {
    /// Get me returns the username.
    @Test func getMeReturnsTheUsername() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        #expect(try await fixture.api.getMe() == "civicbot")
    }

    /// Delete webhook keeps pending updates by default.
    @Test func deleteWebhookKeepsPendingUpdatesByDefault() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        try await fixture.api.deleteWebhook()
        let body = try #require(fixture.server.requests.last?.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["drop_pending_updates"] as? Bool == false)
    }

    /// Get updates decodes messages and asks only for messages.
    @Test func getUpdatesDecodesMessagesAndAsksOnlyForMessages() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let id = fixture.server.enqueueMessage(
            "@civicbot ลำพูนมีวิทยากรกี่คน", chatID: -42, chatType: "supergroup", fromID: 9, replyToBotMessageID: 77)
        let updates = try await fixture.api.getUpdates(timeout: 1)
        #expect(updates.map(\.updateID) == [id])
        let message = try #require(updates.first?.message)
        #expect(message.chat == BotChat(id: -42, type: "supergroup", title: "ศส.ปชต. อาสา"))
        #expect(message.from?.id == 9)
        #expect(message.replyToMessage?.messageID == 77)
        #expect(message.replyToMessage?.from?.username == "civicbot")
        let body = try #require(fixture.server.requests.last?.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["allowed_updates"] as? [String] == ["message"])
        #expect(json["timeout"] as? Int == 1)
        #expect(json["limit"] as? Int == 100)
        #expect(json["offset"] == nil)
    }

    /// Offset confirms everything below it.
    @Test func offsetConfirmsEverythingBelowIt() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let ids = (1...3).map { fixture.server.enqueueMessage("ข้อความ \($0)") }
        let first = try await fixture.api.getUpdates(timeout: 0)
        #expect(first.map(\.updateID) == ids)
        // Without a higher offset nothing is confirmed: the same updates come again.
        #expect(try await fixture.api.getUpdates(timeout: 0).map(\.updateID) == ids)
        let rest = try await fixture.api.getUpdates(offset: ids[1], timeout: 0)
        #expect(rest.map(\.updateID) == [ids[1], ids[2]])
        #expect(fixture.server.pendingUpdateIDs == [ids[1], ids[2]])
        let none = try await fixture.api.getUpdates(offset: ids[2] + 1, timeout: 0)
        #expect(none.isEmpty)
        #expect(fixture.server.pendingUpdateIDs.isEmpty)
    }

    /// Limit caps the batch.
    @Test func limitCapsTheBatch() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        for number in 1...5 { fixture.server.enqueueMessage("m\(number)") }
        #expect(try await fixture.api.getUpdates(timeout: 0, limit: 2).count == 2)
    }

    /// Long poll returns as soon as an update arrives.
    @Test func longPollReturnsAsSoonAsAnUpdateArrives() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let started = ContinuousClock.now
        async let updates = fixture.api.getUpdates(timeout: 600)
        try await Task.sleep(for: .milliseconds(300))
        let id = fixture.server.enqueueMessage("สวัสดี")
        #expect(try await updates.map(\.updateID) == [id])
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(250))
        // Far sooner than the 600 s timeout (generous: CI runs every suite at once on two cores).
        #expect(elapsed < .seconds(180))
    }

    /// Long poll returns nothing after its timeout.
    @Test func longPollReturnsNothingAfterItsTimeout() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let started = ContinuousClock.now
        let updates = try await fixture.api.getUpdates(timeout: 1)
        #expect(updates.isEmpty)
        #expect(ContinuousClock.now - started >= .milliseconds(900))
    }

    /// Send message sends HTML to the chat.
    @Test func sendMessageSendsHTMLToTheChat() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let sent = try await fixture.api.sendMessage(chatID: 1_001, text: "<b>เชียงใหม่</b> & 12 คน")
        #expect(sent.chat.id == 1_001)
        let body = try #require(fixture.server.sentMessages.last)
        #expect(body["chat_id"] as? Int64 == 1_001)
        // Plain text in, escaped HTML on the wire: the user sees exactly what the bot wrote.
        #expect(body["text"] as? String == "&lt;b&gt;เชียงใหม่&lt;/b&gt; &amp; 12 คน")
        #expect(body["parse_mode"] as? String == "HTML")
        #expect(body["reply_parameters"] == nil)
    }

    /// Send message replies in groups.
    @Test func sendMessageRepliesInGroups() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        try await fixture.api.sendMessage(chatID: -42, text: "ตอบ", replyTo: 55)
        let body = try #require(fixture.server.sentMessages.last)
        let reply = try #require(body["reply_parameters"] as? [String: Any])
        #expect(reply["message_id"] as? Int == 55)
        #expect(reply["allow_sending_without_reply"] as? Bool == true)
    }

    /// Unparsable HTML is sent once more as plain text.
    @Test func unparsableHTMLIsSentOnceMoreAsPlainText() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        fixture.server.script(.cantParseEntities, for: "sendMessage")
        let sent = try await fixture.api.sendMessage(chatID: -42, text: "a <b< c", replyTo: 8)
        #expect(sent.text == "a <b< c")
        let bodies = fixture.server.sentMessages
        #expect(bodies.count == 2)
        #expect(bodies.first?["parse_mode"] as? String == "HTML")
        #expect(bodies.last?["parse_mode"] == nil)
        #expect(bodies.last?["text"] as? String == "a <b< c")
        #expect((bodies.last?["reply_parameters"] as? [String: Any])?["message_id"] as? Int == 8)
        #expect(fixture.logLines.all.contains { $0.hasPrefix("warning Telegram rejected the HTML") })
    }

    /// The plain text retry happens only once.
    @Test func thePlainTextRetryHappensOnlyOnce() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        fixture.server.script(.cantParseEntities, .cantParseEntities, for: "sendMessage")
        let error = await transportError { try await fixture.api.sendMessage(chatID: 1, text: "x") }
        guard case .apiError(400, let description) = error else {
            Issue.record("expected apiError 400, got \(String(describing: error))")
            return
        }
        #expect(description.contains("can't parse entities"))
        #expect(error?.isRetryable == false)
        #expect(fixture.server.sentMessages.count == 2)
    }

    /// Other bad requests are not retried as plain text.
    @Test func otherBadRequestsAreNotRetriedAsPlainText() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let error = await transportError { try await fixture.api.sendMessage(chatID: 1, text: "") }
        #expect(error == .apiError(code: 400, description: "Bad Request: message text is empty"))
        #expect(fixture.server.sentMessages.count == 1)
    }

    /// A wrong token is unauthorized.
    @Test func aWrongTokenIsUnauthorized() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let (logger, lines) = RecordingLogHandler.logger()
        let api = BotAPIClient(
            token: "1:WRONG-token", configuration: .init(baseURL: fixture.server.baseURL),
            transport: fixture.http, logger: logger)
        let error = await transportError { try await api.getMe() }
        #expect(error == .unauthorized)
        #expect(error?.isRetryable == false)
        #expect(lines.all.allSatisfy { !$0.contains("WRONG-token") })
        #expect(!"\(api)".contains("WRONG-token"))
    }

    /// An unreachable API fails without showing the token.
    @Test func anUnreachableAPIFailsWithoutShowingTheToken() async throws {
        let (logger, lines) = RecordingLogHandler.logger()
        let http = CurlHTTPClient(configuration: .init(connectTimeout: .seconds(2), noProxyHosts: loopback), logger: logger)
        let api = BotAPIClient(
            token: "31337:UNREACHABLE-secret", configuration: .init(baseURL: "http://127.0.0.1:1/"),
            transport: http, logger: logger)
        let error = await transportError { try await api.sendMessage(chatID: 1, text: "hi") }
        guard case .connectionFailed(let message) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(message.contains("http://127.0.0.1:1/bot<redacted>/sendMessage"))
        #expect(!message.contains("UNREACHABLE"))
        #expect(lines.all.count >= 2)
        #expect(lines.all.allSatisfy { !$0.contains("UNREACHABLE") })
    }
}
