import Foundation
import GRDB

/// Who made a change: a user in a chat, or someone at the command line (optionally on behalf of a user).
public enum AuditActor: Sendable, Equatable {
    /// A user, by numeric id, through a chat.
    case user(Int64)
    /// The command line; `--by USER_ID` when given.
    case cli(Int64?)

    /// The user id recorded, if any.
    public var userID: Int64? {
        switch self {
        case .user(let id): return id
        case .cli(let id): return id
        }
    }

    /// `chat` or `cli`.
    public var via: String {
        if case .user = self { return "chat" }
        return "cli"
    }

    /// How the log prints it: `12345`, `cli`, `cli:12345`.
    public var label: String {
        switch self {
        case .user(let id): return String(id)
        case .cli(nil): return "cli"
        case .cli(let id?): return "cli:\(id)"
        }
    }
}

/// What a row of the audit log records.
public enum AuditAction: String, Sendable, Equatable, CaseIterable {
    /// A trainer registered (by message or CSV import).
    case register
    /// A trainer corrected.
    case update
    /// A trainer removed (soft delete).
    case remove
    /// A removal undone.
    case restore
    /// A non-admin tried an admin intent; nothing changed.
    case refused
    /// The admin role granted.
    case adminAdd = "admin_add"
    /// The admin role revoked.
    case adminRemove = "admin_remove"
    /// The officer role granted (sees trainers' phones in private chats).
    case officerAdd = "officer_add"
    /// The officer role revoked.
    case officerRemove = "officer_remove"
    /// One person's messages and identifiers erased (`civicbot forget`); the subject is never the id.
    case forget
}

/// One row of the audit log: who, when, what, and the record before and after as JSON.
public struct AuditEntry: Sendable, Equatable {
    /// Row id, in order of writing.
    public let id: Int64
    /// UTC time, ISO 8601.
    public let at: String
    /// Who (`AuditActor.label`).
    public let actor: String
    /// What.
    public let action: AuditAction
    /// The thing changed: `T-0007`, a user id, or an intent for a refusal.
    public let subject: String
    /// JSON of the record before, if there was one.
    public let before: String?
    /// JSON of the record after, if there is one.
    public let after: String?
}

extension AppDatabase {
    /// Records that a non-admin tried an admin intent (nothing changed).
    public func recordRefusal(of userID: Int64, intent: String, chatType: String, at date: Date = Date()) throws {
        try writer.write { db in try StoreTransaction(db: db).recordRefusal(of: userID, intent: intent, chatType: chatType, at: date) }
    }

    /// The audit log, oldest first; the last `limit` rows when given.
    public func auditLog(limit: Int? = nil) throws -> [AuditEntry] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM (SELECT * FROM audit ORDER BY id DESC LIMIT ?) ORDER BY id",
                                        arguments: [limit ?? -1])
            return rows.map { r in
                let via: String = r["via"]
                let actorID: Int64? = r["actorID"]
                let actor: AuditActor = via == "chat" ? .user(actorID ?? 0) : .cli(actorID)
                // A chat actor without an id was erased by `civicbot forget`.
                let label = via == "chat" && actorID == nil ? AppDatabase.forgottenLabel : actor.label
                return AuditEntry(id: r["id"], at: r["at"], actor: label, action: AuditAction(rawValue: r["action"]) ?? .refused,
                                  subject: r["subject"], before: r["before"], after: r["after"])
            }
        }
    }

    /// Writes one audit row inside the caller's transaction.
    static func audit<B: Encodable, A: Encodable>(_ db: Database, at: String, actor: AuditActor, action: AuditAction, subject: String,
                                                  before: B?, after: A?) throws {
        try insertAudit(db, at: at, actor: actor, action: action, subject: subject,
                        before: try before.map { try json($0) }, after: try after.map { try json($0) })
    }

    /// The audit row itself, its JSON already written (prepared once per connection: volunteers'
    /// refused admin commands write one with their message).
    static func insertAudit(_ db: Database, at: String, actor: AuditActor, action: AuditAction, subject: String,
                            before: String?, after: String?) throws {
        try db.cachedStatement(sql: "INSERT INTO audit (at, actorID, via, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [at, actor.userID, actor.via, action.rawValue, subject, before, after])
    }

    /// Compact JSON with sorted keys, Thai kept as is.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// UTC time as `2026-11-28T03:18:26.123Z`, the form of every timestamp in the database.
    /// The `Date` a stored timestamp stands for (the epoch for text that is not one).
    public static func date(fromTimestamp text: String) -> Date {
        (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))) ?? Date(timeIntervalSince1970: 0)
    }

    /// Every time the store writes goes through here: callers pass `Date`, never text.
    public static func timestamp(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        var seconds = time_t(t.rounded(.down))
        let millis = min(999, Int(((t - t.rounded(.down)) * 1_000).rounded(.down)))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Written digit by digit into 24 bytes (it runs for every logged message).
        return String(unsafeUninitializedCapacity: 24) { out in
            var i = 0
            func put(_ n: Int32, _ width: Int) {
                var n = Int(max(0, n)), k = width  // years 0-9999: the form has four digits
                while k > 0 {
                    k -= 1
                    out[i + k] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
                i += width
            }
            func mark(_ c: Unicode.Scalar) {
                out[i] = UInt8(ascii: c)
                i += 1
            }
            put(parts.tm_year + 1900, 4); mark("-"); put(parts.tm_mon + 1, 2); mark("-"); put(parts.tm_mday, 2); mark("T")
            put(parts.tm_hour, 2); mark(":"); put(parts.tm_min, 2); mark(":"); put(parts.tm_sec, 2); mark("."); put(Int32(millis), 3); mark("Z")
            return i
        }
    }
}
