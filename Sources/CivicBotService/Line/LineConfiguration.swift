import Foundation

/// How `civicbot serve` talks to LINE, read once at start. The channel secret and access token
/// come from the environment (`LINE_CHANNEL_SECRET`, `LINE_CHANNEL_ACCESS_TOKEN`) or the files
/// named by `LINE_CHANNEL_SECRET_FILE` / `LINE_CHANNEL_ACCESS_TOKEN_FILE`, never from argv.
public struct LineConfiguration: Sendable {
    /// Which chats may get a push when a reply token no longer works (pushes count against the
    /// channel's monthly quota; in a group, once per member).
    public enum PushFallback: String, Sendable, CaseIterable {
        /// Never push: an answer whose token expired is dropped.
        case none
        /// One-to-one chats only (the default).
        case `private`
        /// One-to-one chats, groups and rooms.
        case all

        /// Whether a chat of this kind may get a push.
        public func allows(isGroup: Bool) -> Bool {
            switch self {
            case .none: return false
            case .private: return !isGroup
            case .all: return true
            }
        }
    }

    /// Signs the webhooks.
    public var channelSecret: String
    /// `Authorization: Bearer` of the reply and push calls.
    public var accessToken: String
    /// LINE's API base (`https://api.line.me`), or a fake one.
    public var apiBase: String
    /// Who may get a push when the reply token expired.
    public var pushFallback: PushFallback
    /// Largest webhook body read, bytes; a larger one is refused with 413 and nothing stored.
    public var maxBodyBytes: Int
    /// How long a reply token is taken to live, counted from the event's receipt (LINE: about a minute).
    public var replyTokenLifetime: Duration
    /// Timeout of one reply or push call.
    public var requestTimeout: Duration
    /// How many replies are sent at once.
    public var concurrency: Int

    /// A configuration with production defaults.
    public init(channelSecret: String, accessToken: String, apiBase: String = "https://api.line.me", pushFallback: PushFallback = .private,
                maxBodyBytes: Int = 1 << 20, replyTokenLifetime: Duration = .seconds(60), requestTimeout: Duration = .seconds(10),
                concurrency: Int = 4) {
        self.channelSecret = channelSecret
        self.accessToken = accessToken
        self.apiBase = apiBase
        self.pushFallback = pushFallback
        self.maxBodyBytes = maxBodyBytes
        self.replyTokenLifetime = replyTokenLifetime
        self.requestTimeout = requestTimeout
        self.concurrency = max(1, concurrency)
    }

    /// The secret and token from the environment (or the files it names); nil when either is
    /// missing (LINE is then off). Throws when a named file cannot be read (its path in the error,
    /// never its content).
    public static func secrets(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (secret: String, token: String)? {
        func value(_ name: String) throws -> String? {
            if let file = environment[name + "_FILE"], !file.isEmpty {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw SecretFileError(variable: name + "_FILE", path: file) }
                let first = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                return first.isEmpty ? nil : first
            }
            let v = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return v.isEmpty ? nil : v
        }
        guard let secret = try value("LINE_CHANNEL_SECRET"), let token = try value("LINE_CHANNEL_ACCESS_TOKEN") else { return nil }
        return (secret, token)
    }

    /// A secrets file that cannot be read.
    public struct SecretFileError: Error, CustomStringConvertible {
        /// The variable that named it.
        public let variable: String
        /// Its path.
        public let path: String
        /// For the operator.
        public var description: String { "cannot read \(variable) (\(path))" }
    }
}

extension LineConfiguration: CustomStringConvertible, CustomReflectable {
    /// The settings without the secrets.
    public var description: String { "LineConfiguration(apiBase: \(apiBase), secret: <redacted>, token: <redacted>, push: \(pushFallback.rawValue))" }
    /// Hides the secrets from `dump`.
    public var customMirror: Mirror {
        Mirror(self, children: ["apiBase": apiBase, "channelSecret": "<redacted>", "accessToken": "<redacted>", "pushFallback": pushFallback.rawValue])
    }
}
