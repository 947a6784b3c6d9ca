import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FakeLinePlatform {
    /// An id as LINE makes them (26 characters).
    static func eventID() -> String { "01FAKE" + hex(10).uppercased() }

    /// A text message event from `user`, in `group` (a group id) or a one-to-one chat; with
    /// `mentionSelf`, the text starts with an `@CivicBot` mention of the bot. A reply token is issued.
    /// With `quoting`, the message quotes the message of that id (LINE's reply: `quotedMessageId`).
    public func messageEvent(_ text: String, from user: String, group: String? = nil, mentionSelf: Bool = false,
                             quoting: String? = nil) -> [String: Any] {
        let id = Self.eventID()
        let chat = group ?? user
        var message: [String: Any] = ["type": "text", "id": String(Int.random(in: 100_000_000...999_999_999)), "quoteToken": "q" + Self.hex(8)]
        if let quoting { message["quotedMessageId"] = quoting }
        if mentionSelf {
            let mention = "@CivicBot"
            message["text"] = mention + " " + text
            message["mention"] = ["mentionees": [["index": 0, "length": mention.utf16.count, "type": "user", "userId": botUserID, "isSelf": true]]]
        } else {
            message["text"] = text
        }
        return event("message", id: id, chat: chat, user: user, group: group, extra: ["message": message], token: true)
    }

    /// A `join` (the bot added to `group`), `leave`, `follow` or `unfollow` (by `user`) event.
    public func chatEvent(_ type: String, user: String? = nil, group: String? = nil) -> [String: Any] {
        let chat = group ?? user ?? ""
        return event(type, id: Self.eventID(), chat: chat, user: user, group: group, extra: [:], token: type == "join" || type == "follow")
    }

    private func event(_ type: String, id: String, chat: String, user: String?, group: String?, extra: [String: Any], token: Bool) -> [String: Any] {
        var source: [String: Any] = group.map { ["type": "group", "groupId": $0] } ?? ["type": "user"]
        if let user { source["userId"] = user }
        var e: [String: Any] = ["type": type, "webhookEventId": id, "deliveryContext": ["isRedelivery": false],
                                "timestamp": Int64(Date().timeIntervalSince1970 * 1_000), "source": source, "mode": "active"]
        if token { e["replyToken"] = issueToken(chat: chat, eventID: id) }
        for (k, v) in extra { e[k] = v }
        return e
    }

    /// The body LINE posts for `events`.
    public func body(_ events: [[String: Any]]) -> Data {
        (try? JSONSerialization.data(withJSONObject: ["destination": botUserID, "events": events])) ?? Data()
    }

    /// Posts `body` to the bot once with `signature` (the right one unless given); the status, or
    /// nil when there was no answer within `timeout` (refused, dropped, slow).
    public func post(_ body: Data, to port: UInt16, signature: String? = nil, path: String = "/line/webhook", timeout: TimeInterval = 2) -> Int? {
        guard let fd = FakeSockets.connect(host: "127.0.0.1", port: port) else { return nil }
        defer { close(fd) }
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json; charset=utf-8\r\n"
            + "User-Agent: LineBotWebhook/2.0\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        let sig = signature ?? sign(body)
        if !sig.isEmpty { head += "x-line-signature: \(sig)\r\n" }
        head += "\r\n"
        guard FakeSockets.write(fd, Data(head.utf8) + body) else { return nil }
        var buffer = Data()
        guard let answer = FakeSockets.read(fd, buffer: &buffer, deadline: Date().addingTimeInterval(timeout), keepGoing: { true }),
              answer.startLine.count > 1 else { return nil }
        return Int(answer.startLine[1])
    }

    /// Starts delivering queued events to the bot on `port`: `concurrency` senders, up to
    /// `eventsPerRequest` events a request; what is not answered 200 within `timeout` is sent again
    /// as a redelivery after `retryInterval`, until acknowledged or the platform stops.
    public func startWebhooks(port: UInt16, concurrency: Int = 2, eventsPerRequest: Int = 1, timeout: TimeInterval = 2,
                              retryInterval: TimeInterval = 0.05) {
        state.withLock {
            webhookTarget = ("127.0.0.1", port)
            senders += concurrency
        }
        for n in 0..<concurrency {
            DispatchQueue(label: "fake-line.webhook.\(n)").async {
                self.sendLoop(eventsPerRequest: eventsPerRequest, timeout: timeout, retryInterval: retryInterval)
            }
        }
    }

    /// Points the senders at another port (a restarted bot).
    public func retarget(port: UInt16) { state.withLock { webhookTarget = ("127.0.0.1", port) } }

    /// Queues events for the webhook senders.
    public func enqueue(_ events: [[String: Any]]) {
        state.withLock {
            for e in events { webhookPending.append((e["webhookEventId"] as? String ?? "", e, 0)) }
            state.broadcast()
        }
    }

    private func sendLoop(eventsPerRequest: Int, timeout: TimeInterval, retryInterval: TimeInterval) {
        defer {
            state.withLock {
                senders -= 1
                state.broadcast()
            }
        }
        while true {
            let taken: ([(id: String, json: [String: Any], attempts: Int)], UInt16)? = state.withLock {
                while running, webhookPending.isEmpty { _ = state.wait(until: Date().addingTimeInterval(0.05)) }
                guard running, let target = webhookTarget else { return nil }
                let batch = Array(webhookPending.prefix(eventsPerRequest))
                webhookPending.removeFirst(batch.count)
                webhookInFlight += batch.count
                return (batch, target.port)
            }
            guard let (batch, port) = taken else { return }
            let events = batch.map { item -> [String: Any] in
                var e = item.json
                if item.attempts > 0 { e["deliveryContext"] = ["isRedelivery": true] }
                return e
            }
            let started = Date()
            let status = post(body(events), to: port, timeout: timeout)
            let elapsed = Date().timeIntervalSince(started)
            state.withLock {
                webhookInFlight -= batch.count
                webhookAnswers.append(status ?? 0)
                if status == 200 {
                    webhookLatencies.append(elapsed)
                } else {
                    webhookPending.insert(contentsOf: batch.map { ($0.id, $0.json, $0.attempts + 1) }, at: 0)
                }
                state.broadcast()
            }
            if status != 200 { Thread.sleep(forTimeInterval: retryInterval) }
        }
    }

    /// Waits until every queued event was acknowledged, or `timeout` passes; true when all were.
    public func waitUntilAcknowledged(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        return state.withLock {
            while webhookPending.count + webhookInFlight > 0, running, state.wait(until: deadline) {}
            return webhookPending.count + webhookInFlight == 0
        }
    }
}
