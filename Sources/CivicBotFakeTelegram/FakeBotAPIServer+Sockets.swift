import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a route decided to do with a request.
enum FakeReply {
    /// Send this status, content type and body (keep-alive).
    case respond(status: Int, contentType: String, body: Data)
    /// Send headers announcing `announced` bytes, send `body`, then close.
    case truncate(body: Data, announced: Int)
    /// Close without a word.
    case drop
}

/// One parsed HTTP/1.1 request.
struct FakeHTTPRequest {
    /// "GET", "POST".
    var verb: String
    /// The request target, e.g. "/bot123:abc/getUpdates?offset=3".
    var target: String
    /// Header names lowercased.
    var headers: [String: String]
    /// The body (Content-Length bytes).
    var body: Data
}

extension FakeBotAPIServer {
    /// Binds 127.0.0.1 on an ephemeral port and starts accepting on a dispatch queue.
    public func start() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM_VALUE), 0)
        guard fd >= 0 else { throw FakeServerError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw FakeServerError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        state.withLock {
            listener = fd
            boundPort = UInt16(bigEndian: address.sin_port)
            running = true
            activeHandlers += 1
        }
        DispatchQueue(label: "fake-bot-api.accept").async { self.acceptLoop(fd) }
    }

    /// Stops accepting, wakes held requests, closes every connection and waits (briefly) for handlers.
    public func stop() {
        let fds: [Int32] = state.withLock {
            guard running else { return [] }
            running = false
            state.broadcast()
            return Array(connections)
        }
        for fd in fds { shutdown(fd, Int32(SHUT_RDWR_VALUE)) }
        let deadline = Date().addingTimeInterval(3)
        state.withLock {
            while activeHandlers > 0, state.wait(until: deadline) {}
        }
    }

    private func acceptLoop(_ fd: Int32) {
        defer {
            close(fd)
            finishHandler()
        }
        var counter = 0
        while isRunning {
            guard waitReadable(fd, milliseconds: 50) else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            counter += 1
            let accepted: Bool = state.withLock {
                guard running else { return false }
                connections.insert(client)
                activeHandlers += 1
                return true
            }
            guard accepted else {
                close(client)
                break
            }
            DispatchQueue(label: "fake-bot-api.connection.\(counter)").async { self.serve(client) }
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            state.withLock { _ = connections.remove(fd) }
            close(fd)
            finishHandler()
        }
        var buffer = Data()
        while let request = readRequest(fd, buffer: &buffer) {
            switch route(request) {
            case .respond(let status, let contentType, let body):
                guard write(fd, head(status: status, contentType: contentType, length: body.count) + body) else { return }
            case .truncate(let body, let announced):
                _ = write(fd, head(status: 200, contentType: "application/json", length: announced) + body)
                return
            case .drop:
                return
            }
        }
    }

    private var isRunning: Bool { state.withLock { running } }

    private func finishHandler() {
        state.withLock {
            activeHandlers -= 1
            state.broadcast()
        }
    }

    private func head(status: Int, contentType: String, length: Int) -> Data {
        let reasons = [200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 409: "Conflict",
                       429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"]
        let text = "HTTP/1.1 \(status) \(reasons[status] ?? "Status")\r\nServer: fake-bot-api\r\n"
            + "Content-Type: \(contentType)\r\nContent-Length: \(length)\r\nConnection: keep-alive\r\n\r\n"
        return Data(text.utf8)
    }

    /// Reads one request (headers, then Content-Length bytes); nil on EOF, error or stop.
    private func readRequest(_ fd: Int32, buffer: inout Data) -> FakeHTTPRequest? {
        let separator = Data("\r\n\r\n".utf8)
        var headerEnd = buffer.range(of: separator)
        while headerEnd == nil {
            guard readMore(fd, into: &buffer) else { return nil }
            headerEnd = buffer.range(of: separator)
        }
        guard let headerEnd else { return nil }
        let headText = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ").map(String.init)
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.distance(from: headerEnd.upperBound, to: buffer.endIndex) < length {
            guard readMore(fd, into: &buffer) else { return nil }
        }
        let bodyStart = headerEnd.upperBound
        let bodyEnd = buffer.index(bodyStart, offsetBy: length)
        let body = Data(buffer[bodyStart..<bodyEnd])
        buffer = Data(buffer[bodyEnd...])
        return FakeHTTPRequest(verb: requestLine[0], target: requestLine[1], headers: headers, body: body)
    }

    private func readMore(_ fd: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while isRunning {
            guard waitReadable(fd, milliseconds: 50) else { continue }
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        return false
    }

    private func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    private func write(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(NO_SIGPIPE_FLAG))
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }
}

/// Why the fake server could not start.
enum FakeServerError: Error {
    /// A socket call failed with this errno.
    case socket(Int32)
}

#if canImport(Glibc)
private let SOCK_STREAM_VALUE = SOCK_STREAM.rawValue
private let SHUT_RDWR_VALUE = SHUT_RDWR
private let NO_SIGPIPE_FLAG = MSG_NOSIGNAL
#else
private let SOCK_STREAM_VALUE = SOCK_STREAM
private let SHUT_RDWR_VALUE = SHUT_RDWR
private let NO_SIGPIPE_FLAG = 0
#endif
