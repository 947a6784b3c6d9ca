import Foundation

/// Everything `civicbot serve` is set up with, read once at start. Secrets come only from the
/// environment or a file, never from argv.
public struct ServeConfiguration: Sendable {
    /// The Bot API token (from `CIVICBOT_TOKEN` or `--token-file`).
    public var token: String
    /// The Bot API base URL; requests go to `{apiBase}/bot{token}/{method}`.
    public var apiBase: String
    /// getUpdates long-poll timeout, seconds.
    public var pollTimeout: Int
    /// getUpdates batch size.
    public var pollLimit: Int
    /// Telegram's flood limits applied before Telegram's own (off only for benchmarks and tests).
    public var floodControl: Bool
    /// First backoff delay after a failure.
    public var backoffInitial: Duration
    /// Backoff cap.
    public var backoffMaximum: Duration
    /// How often the outbox sender looks for new rows when idle.
    public var outboxIdleInterval: Duration
    /// How long the final outbox attempt may take at shutdown.
    public var shutdownGrace: Duration
    /// Connect timeout of every HTTP request.
    public var connectTimeout: Duration
    /// Total timeout of calls other than long polls.
    public var requestTimeout: Duration
    /// Days message texts, usernames and ids are kept (then erased by `RetentionService`).
    public var retentionDays: Int = 90
    /// Chats whose next part the outbox sender sends at once (each chat's parts still in order).
    public var sendConcurrency: Int = 3
    /// How often the retention period is applied while serve runs.
    public var pruneInterval: Duration = .seconds(3_600)

    /// A configuration with production defaults.
    public init(token: String, apiBase: String = "https://api.telegram.org", pollTimeout: Int = 50, pollLimit: Int = 100,
                floodControl: Bool = true, backoffInitial: Duration = .seconds(1), backoffMaximum: Duration = .seconds(30),
                outboxIdleInterval: Duration = .milliseconds(50), shutdownGrace: Duration = .seconds(3),
                connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(30)) {
        self.token = token
        self.apiBase = apiBase
        self.pollTimeout = pollTimeout
        self.pollLimit = pollLimit
        self.floodControl = floodControl
        self.backoffInitial = backoffInitial
        self.backoffMaximum = backoffMaximum
        self.outboxIdleInterval = outboxIdleInterval
        self.shutdownGrace = shutdownGrace
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
    }

    /// The token from `CIVICBOT_TOKEN`, or from the first line of `tokenFile`; nil when neither gives one.
    public static func token(environment: [String: String] = ProcessInfo.processInfo.environment, tokenFile: String?) throws -> String? {
        if let tokenFile {
            let text = try String(contentsOfFile: tokenFile, encoding: .utf8)
            let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return token.isEmpty ? nil : token
        }
        let token = environment["CIVICBOT_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return token.isEmpty ? nil : token
    }
}

extension ServeConfiguration: CustomStringConvertible, CustomReflectable {
    /// The settings without the token.
    public var description: String {
        "ServeConfiguration(apiBase: \(apiBase), token: <redacted>, pollTimeout: \(pollTimeout), floodControl: \(floodControl))"
    }

    /// Hides the token from `dump`, debuggers and loggers that reflect.
    public var customMirror: Mirror {
        Mirror(self, children: ["apiBase": apiBase, "token": "<redacted>", "pollTimeout": pollTimeout, "floodControl": floodControl])
    }
}

/// Why the service stopped on its own.
public enum ServeError: Error, CustomStringConvertible, Equatable {
    /// The API refused the token (401): nothing will work until it is fixed.
    case unauthorized
    /// Another `civicbot serve` holds the database.
    case alreadyRunning(lockFile: String)
    /// The lock file cannot be created or locked; the system's reason (e.g. "Permission denied").
    case lockUnavailable(lockFile: String, reason: String)
    /// LINE refused the channel access token (401).
    case lineUnauthorized
    /// Neither Telegram nor LINE is configured.
    case nothingToServe
    /// The webhook server could not listen where asked.
    case cannotListen(String)
    /// SQLite found the database file damaged (SQLITE_CORRUPT, SQLITE_NOTADB); its error.
    case databaseDamaged(String)

    /// A message for the operator.
    public var description: String {
        switch self {
        case .unauthorized: return "the Bot API refused the token (401 Unauthorized): check CIVICBOT_TOKEN or --token-file"
        case .lineUnauthorized: return "LINE refused the channel access token (401): check LINE_CHANNEL_ACCESS_TOKEN"
        case .nothingToServe:
            return "nothing to serve: set CIVICBOT_TOKEN (Telegram) or LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN (LINE)"
        case .cannotListen(let reason): return "cannot listen: \(reason)"
        case .alreadyRunning(let file): return "another civicbot serve is already using this database (lock \(file) is held)"
        case .lockUnavailable(let file, let reason):
            return "cannot create or lock \(file): \(reason) (the database folder must be writable by this user)"
        case .databaseDamaged(let error):
            return "the database is damaged (\(error)): restore it from a backup; civicbot status checks it"
        }
    }
}
