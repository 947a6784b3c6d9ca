import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One parsed HTTP/1.1 request or response head and body, for the fake platform's two sides.
struct FakeHTTPMessage {
    /// Request line or status line, split on spaces.
    var startLine: [String]
    /// Header names lowercased.
    var headers: [String: String]
    /// Content-Length bytes.
    var body: Data
}

/// Blocking socket helpers of the fake LINE platform (loopback only).
enum FakeSockets {
    /// A listening socket on 127.0.0.1 and its port.
    static func listen() throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FakeLineError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 128) == 0 else {
            close(fd)
            throw FakeLineError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    /// A connection to 127.0.0.1:`port`, or nil when refused.
    static func connect(host: String, port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else {
            close(fd)
            return nil
        }
        var yes: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    /// True when `fd` has data within `milliseconds`.
    static func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    /// Writes all of `data`; false on a broken connection.
    static func write(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0, errno == EINTR { continue }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    /// Reads one message (head, then Content-Length bytes) before `deadline`; nil on EOF, error,
    /// timeout, or when `keepGoing` turns false.
    static func read(_ fd: Int32, buffer: inout Data, deadline: Date, keepGoing: () -> Bool) -> FakeHTTPMessage? {
        let separator = Data("\r\n\r\n".utf8)
        func more() -> Bool {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while keepGoing(), Date() < deadline {
                guard waitReadable(fd, milliseconds: 20) else { continue }
                let count = recv(fd, &chunk, chunk.count, 0)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
            return false
        }
        var headEnd = buffer.range(of: separator)
        while headEnd == nil {
            guard more() else { return nil }
            headEnd = buffer.range(of: separator)
        }
        guard let headEnd else { return nil }
        let headText = String(decoding: buffer[buffer.startIndex..<headEnd.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let start = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.distance(from: headEnd.upperBound, to: buffer.endIndex) < length {
            guard more() else { return nil }
        }
        let bodyEnd = buffer.index(headEnd.upperBound, offsetBy: length)
        let body = Data(buffer[headEnd.upperBound..<bodyEnd])
        buffer = Data(buffer[bodyEnd...])
        return FakeHTTPMessage(startLine: start, headers: headers, body: body)
    }
}

/// Why the fake platform could not start.
public enum FakeLineError: Error {
    /// A socket call failed with this errno.
    case socket(Int32)
}
