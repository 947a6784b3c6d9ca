import Foundation

extension FakeBotAPIServer {
    /// Answers one request: checks the token path, records it, applies a scripted fault or the method.
    func route(_ request: FakeHTTPRequest) -> FakeReply {
        let path = request.target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.target
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 2, parts[0].hasPrefix("bot") else {
            return envelopeError(404, "Not Found")
        }
        let method = parts[1]
        state.withLock { log.append(RecordedRequest(method: method, body: request.body, headers: request.headers)) }
        guard parts[0] == "bot\(token)" else { return envelopeError(401, "Unauthorized") }
        if let fault = takeFault(for: method) {
            if case .slow(let seconds) = fault {
                holdWhileRunning(seconds: seconds)
            } else {
                return reply(for: fault)
            }
        }
        let parameters = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] ?? [:]
        switch method {
        case "getMe":
            return ok(botUser)
        case "deleteWebhook":
            let had = state.withLock { () -> Bool in
                defer { webhook = nil }
                return webhook != nil
            }
            return ok(true, description: had ? "Webhook was deleted" : "Webhook is already deleted")
        case "setWebhook":
            return setWebhook(parameters)
        case "getWebhookInfo":
            let (url, count) = state.withLock { (webhook?.url ?? "", pending.count) }
            return ok(["url": url, "has_custom_certificate": false, "pending_update_count": count] as [String: Any])
        case "getUpdates":
            if state.withLock({ webhook != nil }) {
                return envelopeError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
            }
            return getUpdates(parameters)
        case "sendMessage":
            return sendMessage(parameters)
        case "getMyCommands":
            return ok(state.withLock { menu })
        case "setMyCommands":
            guard let commands = parameters["commands"] as? [[String: Any]], commands.count <= 100,
                  commands.allSatisfy({ ($0["command"] as? String).map { (1...32).contains($0.count) } ?? false
                      && ($0["description"] as? String).map { (1...256).contains($0.count) } ?? false }) else {
                return envelopeError(400, "Bad Request: BOT_COMMANDS_INVALID")
            }
            state.withLock { menu = commands }
            return ok(true)
        default:
            return envelopeError(404, "Not Found")
        }
    }

    private var botUser: [String: Any] {
        ["id": botUserID, "is_bot": true, "first_name": "CivicBot", "username": botUsername,
         "can_join_groups": true, "can_read_all_group_messages": state.withLock { readsAllGroupMessages }, "supports_inline_queries": false]
    }

    /// `setWebhook` as Telegram checks it: an http(s) URL, a secret of 1 to 256 of `A-Za-z0-9_-`.
    private func setWebhook(_ parameters: [String: Any]) -> FakeReply {
        guard let url = parameters["url"] as? String, !url.isEmpty else { return envelopeError(400, "Bad Request: bad webhook: URL must be non-empty") }
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            return envelopeError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        }
        let secret = parameters["secret_token"] as? String
        if let secret {
            let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
            guard (1...256).contains(secret.count), secret.allSatisfy(allowed.contains) else {
                return envelopeError(400, "Bad Request: secret token contains unallowed characters")
            }
        }
        state.withLock { webhook = (url, secret) }
        return ok(true, description: "Webhook was set")
    }

    private func getUpdates(_ parameters: [String: Any]) -> FakeReply {
        let offset = (parameters["offset"] as? NSNumber)?.int64Value
        let timeout = (parameters["timeout"] as? NSNumber)?.doubleValue ?? 0
        let limit = (parameters["limit"] as? NSNumber)?.intValue ?? 100
        let deadline = Date().addingTimeInterval(timeout)
        let updates: [[String: Any]] = state.withLock {
            // An offset beyond the newest id (ids were reset) is "from the future": served from the
            // head, confirming nothing, as Telegram's update queue does.
            if let offset, offset > 0, offset <= nextUpdateID + 1 { pending.removeAll { $0.id < offset } }
            while pending.isEmpty, running, state.wait(until: deadline) {}
            return pending.prefix(max(1, min(limit, 100))).map(\.json)
        }
        return ok(updates)
    }

    private func sendMessage(_ parameters: [String: Any]) -> FakeReply {
        guard let chatID = (parameters["chat_id"] as? NSNumber)?.int64Value else {
            return envelopeError(400, "Bad Request: chat_id is empty")
        }
        guard let text = parameters["text"] as? String, !text.isEmpty else {
            return envelopeError(400, "Bad Request: message text is empty")
        }
        guard text.utf16.count <= 4_096 else { return envelopeError(400, "Bad Request: message is too long") }
        let messageID: Int64 = state.withLock {
            nextMessageID += 1
            deliveredLog.append(parameters)
            return nextMessageID
        }
        let message: [String: Any] = [
            "message_id": messageID, "from": botUser, "chat": ["id": chatID, "type": chatID < 0 ? "group" : "private"],
            "date": 1_717_000_100, "text": text,
        ]
        return ok(message)
    }

    private func reply(for fault: Fault) -> FakeReply {
        switch fault {
        case .internalServerError:
            return envelopeError(500, "Internal Server Error")
        case .badGatewayHTML:
            let html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n"
            return .respond(status: 502, contentType: "text/html", body: Data(html.utf8))
        case .truncatedJSON:
            return .respond(status: 200, contentType: "application/json", body: Data(#"{"ok":true,"result":[{"update_id":1,"mess"#.utf8))
        case .truncatedBody:
            return .truncate(body: Data(#"{"ok":true,"res"#.utf8), announced: 200)
        case .rateLimited(let retryAfter):
            return envelopeError(429, "Too Many Requests: retry after \(retryAfter)", parameters: ["retry_after": retryAfter])
        case .conflict:
            return envelopeError(
                409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
        case .unauthorized:
            return envelopeError(401, "Unauthorized")
        case .notFound:
            return envelopeError(404, "Not Found")
        case .dropConnection:
            return .drop
        case .cantParseEntities:
            return envelopeError(400, "Bad Request: can't parse entities: Unsupported start tag \"b<\" at byte offset 12")
        case .forbidden:
            return envelopeError(403, "Forbidden: bot was blocked by the user")
        case .badRequest(let description):
            return envelopeError(400, description)
        case .slow:
            return envelopeError(500, "unreachable")
        }
    }

    private func holdWhileRunning(seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        state.withLock {
            while running, state.wait(until: deadline) {}
        }
    }

    private func ok(_ result: Any, description: String? = nil) -> FakeReply {
        var envelope: [String: Any] = ["ok": true, "result": result]
        if let description { envelope["description"] = description }
        return json(200, envelope)
    }

    private func envelopeError(_ code: Int, _ description: String, parameters: [String: Any]? = nil) -> FakeReply {
        var envelope: [String: Any] = ["ok": false, "error_code": code, "description": description]
        if let parameters { envelope["parameters"] = parameters }
        return json(code, envelope)
    }

    private func json(_ status: Int, _ object: [String: Any]) -> FakeReply {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return .respond(status: status, contentType: "application/json", body: body)
    }
}
