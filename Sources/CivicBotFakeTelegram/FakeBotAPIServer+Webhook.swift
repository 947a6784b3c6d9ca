import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FakeBotAPIServer {
    /// The webhook URL `setWebhook` set, nil when none.
    public var webhookURL: String? { state.withLock { webhook?.url } }

    /// Delivers the queued updates to the webhook as Telegram does with `max_connections` 1: one
    /// at a time, oldest first, with the secret token in `X-Telegram-Bot-Api-Secret-Token`; an
    /// update answered 2xx is confirmed (dropped from the queue), the first other answer (or none
    /// within `timeout`) stops the round, that update stays queued for the next. The statuses.
    @discardableResult
    public func deliverToWebhook(timeout: TimeInterval = 5) -> [Int?] {
        var statuses: [Int?] = []
        while let (hook, update) = state.withLock({ () -> ((url: String, secret: String?), (id: Int64, json: [String: Any]))? in
            guard let hook = webhook, let first = pending.first else { return nil }
            return (hook, first)
        }) {
            let status = postUpdate(update.json, to: hook.url, secret: hook.secret, timeout: timeout)
            statuses.append(status)
            guard let status, (200..<300).contains(status) else { break }
            state.withLock { pending.removeAll { $0.id == update.id } }
        }
        return statuses
    }

    /// Posts one update to the webhook set (or `url`) with `secret` (none: no header); the status,
    /// or nil when there was no answer. The queue is left as it is (for refusal tests).
    public func postToWebhook(_ update: [String: Any], secret: String?, url: String? = nil, timeout: TimeInterval = 5) -> Int? {
        guard let target = url ?? webhookURL else { return nil }
        return postUpdate(update, to: target, secret: secret, timeout: timeout)
    }

    /// The queued update with `id`, as it would be posted.
    public func queuedUpdate(_ id: Int64) -> [String: Any]? { state.withLock { pending.first { $0.id == id }?.json } }

    /// The secret token `setWebhook` set (for tests that post as Telegram would).
    public var webhookSecret: String? { state.withLock { webhook?.secret } }

    func postUpdate(_ update: [String: Any], to url: String, secret: String?, timeout: TimeInterval) -> Int? {
        guard let components = URLComponents(string: url), let host = components.host, let port = components.port,
              let body = try? JSONSerialization.data(withJSONObject: update) else { return nil }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr(host == "localhost" ? "127.0.0.1" : host)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let path = components.path.isEmpty ? "/" : components.path
        var head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        if let secret { head += "X-Telegram-Bot-Api-Secret-Token: \(secret)\r\n" }
        let request = Data((head + "\r\n").utf8) + body
        let sent = request.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard sent else { return nil }
        var answer = Data()
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while answer.range(of: Data("\r\n".utf8)) == nil {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            answer.append(contentsOf: chunk[0..<n])
        }
        let line = String(decoding: answer, as: UTF8.self).split(separator: "\r\n").first ?? ""
        let fields = line.split(separator: " ")
        return fields.count > 1 ? Int(fields[1]) : nil
    }
}
