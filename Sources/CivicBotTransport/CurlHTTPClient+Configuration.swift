extension CurlHTTPClient {
    /// Timeouts and limits applied to every request; read once when the client is made.
    public struct Configuration: Sendable {
        /// CURLOPT_CONNECTTIMEOUT_MS: time allowed to resolve, connect and finish TLS.
        public var connectTimeout: Duration
        /// CURLOPT_TIMEOUT_MS for requests that do not set their own `timeout`.
        public var timeout: Duration
        /// CURLOPT_LOW_SPEED_LIMIT in bytes per second.
        public var lowSpeedLimit: Int
        /// CURLOPT_LOW_SPEED_TIME for requests that do not set their own `lowSpeedTime`.
        public var lowSpeedTime: Duration
        /// CURLOPT_TCP_KEEPALIVE, so a silently dead connection is noticed.
        public var tcpKeepAlive: Bool
        /// How many requests may be in flight at once (one serial queue and one curl handle each).
        public var concurrency: Int
        /// Bodies larger than this are refused (the transfer is aborted as malformed).
        public var maxResponseBytes: Int
        /// The `User-Agent` header.
        public var userAgent: String
        /// CURLOPT_NOPROXY: hosts reached directly even when a proxy is set in the environment
        /// (e.g. "127.0.0.1,localhost" for a local fake API); nil keeps libcurl's default (`no_proxy`).
        public var noProxyHosts: String?

        /// Creates a configuration; the defaults suit the Telegram Bot API.
        public init(
            connectTimeout: Duration = .seconds(10),
            timeout: Duration = .seconds(30),
            lowSpeedLimit: Int = 1,
            lowSpeedTime: Duration = .seconds(30),
            tcpKeepAlive: Bool = true,
            concurrency: Int = 4,
            maxResponseBytes: Int = 8 << 20,
            userAgent: String = "civicbot",
            noProxyHosts: String? = nil
        ) {
            self.connectTimeout = connectTimeout
            self.timeout = timeout
            self.lowSpeedLimit = lowSpeedLimit
            self.lowSpeedTime = lowSpeedTime
            self.tcpKeepAlive = tcpKeepAlive
            self.concurrency = max(1, concurrency)
            self.maxResponseBytes = maxResponseBytes
            self.userAgent = userAgent
            self.noProxyHosts = noProxyHosts
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so that a tiny positive duration never becomes "no limit" (0).
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(max(1, millis))
    }

    /// Whole seconds, rounded up, at least 1.
    var roundedUpSeconds: Int {
        let (seconds, attoseconds) = components
        return Int(max(1, seconds + (attoseconds > 0 ? 1 : 0)))
    }
}
