import CivicBotCore
import GRDB

extension AppDatabase {
    /// Everything the answers read, loaded once: registers, MOUs, letter, centre, and the register
    /// of individual trainers with its version.
    public func knowledgeSnapshot() throws -> KnowledgeSnapshot {
        let (provinces, entries) = try writer.read { db in (try String.fetchAll(db, sql: "SELECT name FROM province ORDER BY id"),
                                                            try Self.allTrainerCounts(db)) }
        let agencies = try writer.read { db in try String.fetchAll(db, sql: "SELECT code FROM agency ORDER BY rowid") }
        var duties: [String: [AgencyDuties]] = [:]
        for agency in agencies { duties[agency] = try self.duties(agency: agency) }
        let (trainers, version) = try registerSnapshot()
        return KnowledgeSnapshot(registers: try registerTotals(), provinces: provinces, entries: entries, duties: duties,
                                 mous: try mouSummaries(), letter: try letter(), center: try centerInfo(),
                                 trainers: trainers, trainersVersion: version)
    }

    /// Every province's line in each register, as `trainerCounts(province:)` gives it, in one read
    /// (the snapshot is loaded at every start: one query, not three for each of 77 provinces).
    static func allTrainerCounts(_ db: Database) throws -> [String: [ProvinceRegisterEntry]] {
        let types = try String.fetchAll(db, sql: "SELECT trainerType FROM register ORDER BY trainerType = 'extended', trainerType")
        let columns = try String.fetchAll(db, sql: "SELECT code FROM agency WHERE registerColumn = 1 ORDER BY rowid")
        var lines: [String: [String: [AgencyCount]]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT p.name, c.trainerType, a.code, c.count FROM registerCount c
            JOIN province p ON p.id = c.provinceID
            JOIN agency a ON a.code = c.agencyCode
            ORDER BY p.id, c.trainerType, a.rowid
            """) {
            lines[row[0], default: [:]][row[1], default: []].append(AgencyCount(agency: row[2], count: row[3]))
        }
        var entries: [String: [ProvinceRegisterEntry]] = [:]
        for province in try String.fetchAll(db, sql: "SELECT name FROM province ORDER BY id") {
            entries[province] = types.map { type in
                if let counts = lines[province]?[type] { return ProvinceRegisterEntry(trainerType: type, listed: true, counts: counts) }
                return ProvinceRegisterEntry(trainerType: type, listed: false, counts: columns.map { AgencyCount(agency: $0, count: 0) })
            }
        }
        return entries
    }

    /// The version of the register of individual trainers: the id of the last audit row (every
    /// change to the register is audited in the change's own transaction).
    public func registerVersion() async throws -> Int64 {
        try await writer.read { db in try Self.registerVersion(db) }
    }

    /// `registerVersion()` for the REPL and tools (never the cooperative pool).
    public func registerVersion() throws -> Int64 {
        try writer.read { db in try Self.registerVersion(db) }
    }

    /// The active trainers and the version they were read at, in one read.
    public func registerSnapshot() throws -> ([TrainerRecord], Int64) {
        try writer.read { db in (try Self.activeTrainers(db), try Self.registerVersion(db)) }
    }

    /// `registerSnapshot()` through GRDB's async API, for the running service.
    public func registerSnapshot() async throws -> ([TrainerRecord], Int64) {
        try await writer.read { db in (try Self.activeTrainers(db), try Self.registerVersion(db)) }
    }

    static func registerVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0
    }
}
