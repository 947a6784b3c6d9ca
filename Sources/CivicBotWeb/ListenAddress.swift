/// Where the webhook server binds: `HOST:PORT` (`[::1]:8080` for IPv6); 127.0.0.1:8080 by default,
/// behind the operator's TLS proxy. Port 0 picks a free port (tests), logged at start.
public struct ListenAddress: Sendable, Equatable, CustomStringConvertible {
    /// Host name or address.
    public let host: String
    /// TCP port.
    public let port: Int

    /// 127.0.0.1:8080.
    public static let `default` = ListenAddress(host: "127.0.0.1", port: 8080)

    /// Makes an address.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; nil when it is not of that form or the port is out of range.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else { return nil }
        self.init(host: host, port: port)
    }

    /// `HOST:PORT`.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
