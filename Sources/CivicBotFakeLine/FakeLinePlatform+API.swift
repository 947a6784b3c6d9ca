import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FakeLinePlatform {
    /// Binds 127.0.0.1 on an ephemeral port and serves the Messaging API.
    public func start() throws {
        let (fd, port) = try FakeSockets.listen()
        state.withLock {
            listener = fd
            boundPort = port
            running = true
            activeHandlers += 1
        }
        DispatchQueue(label: "fake-line.accept").async { self.acceptLoop(fd) }
    }

    /// Stops the API and the webhook senders; wakes what waits.
    public func stop() {
        let fds: [Int32] = state.withLock {
            guard running else { return [] }
            running = false
            state.broadcast()
            return Array(connections)
        }
        for fd in fds { shutdown(fd, Int32(SHUT_RDWR)) }
        let deadline = Date().addingTimeInterval(3)
        state.withLock {
            while activeHandlers > 0 || senders > 0, state.wait(until: deadline) {}
        }
    }

    var isRunning: Bool { state.withLock { running } }

    private func acceptLoop(_ fd: Int32) {
        defer {
            close(fd)
            state.withLock {
                activeHandlers -= 1
                state.broadcast()
            }
        }
        var n = 0
        while isRunning {
            guard FakeSockets.waitReadable(fd, milliseconds: 50) else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            n += 1
            let ok: Bool = state.withLock {
                guard running else { return false }
                connections.insert(client)
                activeHandlers += 1
                return true
            }
            guard ok else {
                close(client)
                break
            }
            DispatchQueue(label: "fake-line.connection.\(n)").async { self.serve(client) }
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            state.withLock {
                _ = connections.remove(fd)
                activeHandlers -= 1
                state.broadcast()
            }
            close(fd)
        }
        var buffer = Data()
        while let request = FakeSockets.read(fd, buffer: &buffer, deadline: .distantFuture, keepGoing: { isRunning }) {
            let path = request.startLine.count > 1 ? request.startLine[1] : ""
            var fault = takeFault(for: path)
            if case .slow(let seconds)? = fault {
                let until = Date().addingTimeInterval(seconds)
                state.withLock { while running, state.wait(until: until) {} }
                fault = nil
            }
            if fault == .dropConnection { return }
            let (status, body, extra) = answer(request, path: path, fault: fault)
            state.withLock { apiLog.append((path, status)) }
            if fault == .dropAfterAccepting { return }
            let reasons = [200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 409: "Conflict", 429: "Too Many Requests",
                           500: "Internal Server Error"]
            var head = "HTTP/1.1 \(status) \(reasons[status] ?? "Status")\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n"
            for (name, value) in extra { head += "\(name): \(value)\r\n" }
            head += "\r\n"
            guard FakeSockets.write(fd, Data(head.utf8) + body) else { return }
        }
    }

    /// The API's answer: status, JSON body, extra headers.
    private func answer(_ request: FakeHTTPMessage, path: String, fault: Fault?) -> (Int, Data, [String: String]) {
        func error(_ status: Int, _ message: String, _ details: [[String: String]] = []) -> (Int, Data, [String: String]) {
            var object: [String: Any] = ["message": message]
            if !details.isEmpty { object["details"] = details }
            return (status, (try? JSONSerialization.data(withJSONObject: object)) ?? Data(), [:])
        }
        guard request.startLine.first == "POST", path == "/v2/bot/message/reply" || path == "/v2/bot/message/push" else {
            return error(404, "Not found")
        }
        guard request.headers["authorization"] == "Bearer \(accessToken)" else {
            return error(401, "Authentication failed. Confirm that the access token in the authorization header is valid.")
        }
        switch fault {
        case .internalServerError?: return error(500, "An error occurred in the internal server.")
        case .rateLimited(let seconds)?:
            var e = error(429, "The API rate limit has been exceeded. Try again later.")
            e.2 = ["Retry-After": "\(seconds)"]
            return e
        default: break
        }
        guard let object = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any],
              let messages = object["messages"] as? [[String: Any]] else { return error(400, "The request body has 1 error(s)") }
        guard (1...5).contains(messages.count) else {
            return error(400, "The request body has 1 error(s)", [["message": "Size must be between 1 and 5", "property": "messages"]])
        }
        var texts: [(String, [String])] = []
        for (n, m) in messages.enumerated() {
            guard m["type"] as? String == "text", let text = m["text"] as? String, !text.isEmpty else {
                return error(400, "The request body has 1 error(s)", [["message": "Must be specified", "property": "messages[\(n)].text"]])
            }
            guard text.utf16.count <= 5_000 else {
                return error(400, "The request body has 1 error(s)", [["message": "Length must be between 0 and 5000", "property": "messages[\(n)].text"]])
            }
            var buttons: [String] = []
            if let quick = m["quickReply"] as? [String: Any] {
                let items = quick["items"] as? [[String: Any]] ?? []
                guard items.count <= 13 else {
                    return error(400, "The request body has 1 error(s)", [["message": "Size must be between 0 and 13", "property": "messages[\(n)].quickReply.items"]])
                }
                for item in items {
                    let action = item["action"] as? [String: Any] ?? [:]
                    guard item["type"] as? String == "action", action["type"] as? String == "message",
                          let label = action["label"] as? String, (1...20).contains(label.utf16.count),
                          let said = action["text"] as? String, (1...300).contains(said.utf16.count) else {
                        return error(400, "The request body has 1 error(s)", [["message": "invalid action", "property": "messages[\(n)].quickReply"]])
                    }
                    buttons.append("\(label)=\(said)")
                }
            }
            texts.append((text, buttons))
        }
        return state.withLock { () -> (Int, Data, [String: String]) in
            if path == "/v2/bot/message/reply" {
                guard let token = object["replyToken"] as? String, let entry = tokens[token], !entry.used,
                      Date().timeIntervalSince(entry.issued) <= replyTokenLifetime else { return error(400, "Invalid reply token") }
                tokens[token]?.used = true
                counter += 1
                for (n, (text, buttons)) in texts.enumerated() {
                    delivered.append(Delivered(to: entry.chat, text: text, via: "reply", eventID: entry.eventID, quickReplies: buttons,
                                               messageID: "\(counter)\(n)"))
                }
            } else {
                guard let to = object["to"] as? String, !to.isEmpty else { return error(400, "The request body has 1 error(s)") }
                let key = request.headers["x-line-retry-key"]
                if let key, acceptedRetryKeys.contains(key) {
                    return (409, Data(#"{"message":"The retry key is already accepted","sentMessages":[]}"#.utf8), ["x-line-accepted-request-id": "fake"])
                }
                let cost = texts.count * (to.hasPrefix("C") || to.hasPrefix("R") ? groupMembers : 1)
                guard pushesCounted + cost <= pushQuota else { return error(429, "You have reached your monthly limit.") }
                pushesCounted += cost
                if let key { acceptedRetryKeys.insert(key) }
                counter += 1
                for (n, (text, buttons)) in texts.enumerated() {
                    delivered.append(Delivered(to: to, text: text, via: "push", eventID: nil, quickReplies: buttons, messageID: "\(counter)\(n)"))
                }
            }
            let sent = texts.indices.map { ["id": "\(counter)\($0)", "quoteToken": "q\(counter)"] }
            return (200, (try? JSONSerialization.data(withJSONObject: ["sentMessages": sent])) ?? Data(), [:])
        }
    }
}
