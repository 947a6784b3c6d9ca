import CivicBotCore
import GRDB

extension AppDatabase {
    /// The province's line in each register (core first), with per-agency counts.
    public func trainerCounts(province: String) throws -> [ProvinceRegisterEntry] {
        try writer.read { db in
            let types = try String.fetchAll(db, sql: "SELECT trainerType FROM register ORDER BY trainerType = 'extended', trainerType")
            return try types.map { type in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.code, c.count FROM registerCount c
                    JOIN province p ON p.id = c.provinceID
                    JOIN agency a ON a.code = c.agencyCode
                    WHERE c.trainerType = ? AND p.name = ?
                    ORDER BY a.rowid
                    """, arguments: [type, province])
                let counts: [AgencyCount]
                if rows.isEmpty {
                    counts = try String.fetchAll(db, sql: "SELECT code FROM agency WHERE registerColumn = 1 ORDER BY rowid")
                        .map { AgencyCount(agency: $0, count: 0) }
                } else {
                    counts = rows.map { AgencyCount(agency: $0[0], count: $0[1]) }
                }
                return ProvinceRegisterEntry(trainerType: type, listed: !rows.isEmpty, counts: counts)
            }
        }
    }

    /// National figures of each register (core first).
    public func registerTotals() throws -> [RegisterTotals] {
        try writer.read { db in
            let registers = try Row.fetchAll(db, sql: "SELECT trainerType, yearBE, publishedTotal FROM register ORDER BY trainerType = 'extended'")
            return try registers.map { r in
                let type: String = r[0]
                let counts = try Row.fetchAll(db, sql: """
                    SELECT a.code, COALESCE(SUM(c.count), 0) FROM agency a
                    LEFT JOIN registerCount c ON c.agencyCode = a.code AND c.trainerType = ?
                    WHERE a.registerColumn = 1 GROUP BY a.code ORDER BY a.rowid
                    """, arguments: [type]).map { AgencyCount(agency: $0[0], count: $0[1]) }
                let listed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM registerRow WHERE trainerType = ?", arguments: [type]) ?? 0
                return RegisterTotals(trainerType: type, yearBE: r[1], counts: counts, publishedTotal: r[2], provincesListed: listed)
            }
        }
    }

    /// Provinces ranked by trainers of `trainerType` (both registers when nil), of `agency` (all when nil).
    /// Every one of the 77 provinces takes part; a province a register does not list counts 0.
    public func trainerRanking(trainerType: String?, agency: String?, mostFirst: Bool) throws -> [ProvinceCount] {
        try writer.read { db in
            let order = mostFirst ? "DESC" : "ASC"
            return try Row.fetchAll(db, sql: """
                SELECT p.name, COALESCE(SUM(c.count), 0) AS n FROM province p
                LEFT JOIN registerCount c ON c.provinceID = p.id
                    AND (?1 IS NULL OR c.trainerType = ?1) AND (?2 IS NULL OR c.agencyCode = ?2)
                GROUP BY p.id ORDER BY n \(order), p.id
                """, arguments: [trainerType, agency]).map { ProvinceCount(province: $0[0], count: $0[1]) }
        }
    }

    /// The duties of `agency` under each MOU it is party to (empty when it is party to none).
    public func duties(agency: String) throws -> [AgencyDuties] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT mouID, heading, number, text FROM mouClause WHERE agencyCode = ? ORDER BY mouID, number
                """, arguments: [agency])
            var result: [AgencyDuties] = []
            for mou in Array(uniqueInOrder(rows.map { $0[0] as String })) {
                let mine = rows.filter { ($0[0] as String) == mou }
                result.append(AgencyDuties(mouID: mou, heading: mine[0][1], clauses: mine.map { ($0[2], $0[3]) }))
            }
            return result
        }
    }

    /// Both MOUs with parties, term, notice, amendment and signatories.
    public func mouSummaries() throws -> [MOUSummary] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, termYears, termText, noticeDays, terminationText, amendmentText FROM mou ORDER BY id").map { r in
                let id: String = r[0]
                let parties = try String.fetchAll(db, sql: "SELECT agencyCode FROM mouParty WHERE mouID = ? ORDER BY position", arguments: [id])
                let signatories = try Row.fetchAll(db, sql: "SELECT name, rank, title, role, agencyCode FROM mouSignatory WHERE mouID = ? ORDER BY position", arguments: [id])
                    .map { MOUSummary.Signatory(name: $0[0], rank: $0[1], title: $0[2], role: $0[3], agency: $0[4]) }
                return MOUSummary(id: id, title: r[1], parties: parties, termYears: r[2], termText: r[3], noticeDays: r[4],
                                  terminationText: r[5], amendmentText: r[6], signatories: signatories)
            }
        }
    }

    /// The covering letter.
    public func letter() throws -> LetterInfo? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM letter WHERE id = 1").map { r in
                LetterInfo(reference: r["reference"], date: r["date"], dateISO: r["dateISO"], sender: r["sender"], subject: r["subject"],
                           addressees: r["addressees"], attachments: (r["attachments"] as String).split(separator: "\n").map(String.init),
                           body: (r["body"] as String).split(separator: "\n").map(String.init),
                           signerName: r["signerName"], signerTitle: r["signerTitle"], responsibleOffice: r["responsibleOffice"],
                           phone: r["phone"], fax: r["fax"], coordinator: r["coordinator"])
            }
        }
    }

    /// What the MOUs say about ศส.ปชต.
    public func centerInfo() throws -> CenterInfo {
        try writer.read { db in
            let facts = try Row.fetchAll(db, sql: "SELECT key, quote FROM centerFact")
            let rollout = try Row.fetchAll(db, sql: "SELECT fiscalYearBE, scope FROM centerRollout ORDER BY fiscalYearBE")
            let programmes = try Row.fetchAll(db, sql: "SELECT name, quote FROM programme ORDER BY position")
            return CenterInfo(facts: Dictionary(uniqueKeysWithValues: facts.map { ($0[0], $0[1]) }),
                              rollout: rollout.map { ($0[0], $0[1]) }, programmes: programmes.map { ($0[0], $0[1]) })
        }
    }

    /// Trainers registered individually (not deleted), filtered by province and agency when given.
    public func registeredTrainers(province: String?, agency: String?) throws -> [TrainerRecord] {
        try writer.read { db in try Self.activeTrainers(db) }
            .filter { (province == nil || $0.province == province) && (agency == nil || $0.agency == agency) }
    }

    /// Every active trainer, by province, agency and name; a phone only when the trainer agreed to
    /// share it (so no answer can show another).
    static func activeTrainers(_ db: Database) throws -> [TrainerRecord] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.id, t.name, p.name, t.agencyCode, t.trainerType, CASE WHEN t.phoneConsent = 1 THEN t.phone END FROM trainer t
            JOIN province p ON p.id = t.provinceID
            WHERE t.deletedAt IS NULL
            ORDER BY p.id, t.agencyCode, t.name
            """)).map {
            TrainerRecord(id: $0[0], name: $0[1], province: $0[2], agency: $0[3], trainerType: $0[4], phone: $0[5])
        }
    }

    /// Counts of rows per table, for `civicbot check`.
    public func tableCounts() throws -> [String: Int] {
        try writer.read { db in
            var result: [String: Int] = [:]
            for table in ["province", "agency", "registerRow", "registerCount", "mou", "mouClause", "mouSignatory", "interaction"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return result
        }
    }
}

/// Unique elements of a sequence in first-seen order.
private func uniqueInOrder(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}
