import CivicBotCore
import GRDB

/// Loads the source document into an empty database in one transaction, checking it as it goes:
/// every register row maps to one of the 77 provinces (known misspellings through the lexicon's
/// source variants, never by guessing), "-" and empty cells are 0, and every column adds up to
/// the published total. Any failure throws and nothing is stored.
struct SeedImporter {
    let lexicon: Lexicon
    let document: SeedDocument

    func importAll(_ db: Database) throws {
        var provinceID: [String: Int64] = [:]
        for (i, p) in lexicon.provinces.enumerated() {
            let id = Int64(i + 1)
            try db.execute(sql: "INSERT INTO province (id, name, english) VALUES (?, ?, ?)", arguments: [id, p.name, p.english])
            provinceID[p.name] = id
        }
        for a in lexicon.agencies {
            try db.execute(sql: "INSERT INTO agency (code, name, short, english, registerColumn) VALUES (?, ?, ?, ?, ?)",
                           arguments: [a.code, a.name, a.short, a.english, a.registerColumn])
        }
        for register in document.registers {
            try importRegister(register, provinceID: provinceID, db)
        }
        try importLetter(db)
        try importMOUs(db)
        try importCenter(db)
    }

    func importRegister(_ register: SeedDocument.Register, provinceID: [String: Int64], _ db: Database) throws {
        let meta = register.meta
        var codes: [String] = []
        for header in register.headers {
            guard let agency = lexicon.agency(named: header), agency.registerColumn else {
                throw SeedError.unknownAgency(file: meta.file, header: header)
            }
            codes.append(agency.code)
        }
        try db.execute(sql: "INSERT INTO register (trainerType, title, yearBE, publishedTotal) VALUES (?, ?, ?, ?)",
                       arguments: [meta.type, meta.title, meta.yearBE, meta.publishedTotal])
        var sums = Array(repeating: 0, count: codes.count)
        var seen: Set<String> = []
        for row in register.rows {
            let written = row[1]
            guard let province = lexicon.province(named: written), let id = provinceID[province.name] else {
                throw SeedError.unknownProvince(file: meta.file, name: written)
            }
            guard seen.insert(province.name).inserted else { throw SeedError.duplicateProvince(file: meta.file, name: written) }
            try db.execute(sql: "INSERT INTO registerRow (trainerType, provinceID, rowNumber, sourceName) VALUES (?, ?, ?, ?)",
                           arguments: [meta.type, id, Int(row[0]) ?? 0, written])
            for (k, code) in codes.enumerated() {
                let count = try Self.count(row[2 + k], file: meta.file, province: written)
                sums[k] += count
                try db.execute(sql: "INSERT INTO registerCount (trainerType, provinceID, agencyCode, count) VALUES (?, ?, ?, ?)",
                               arguments: [meta.type, id, code, count])
            }
        }
        for (k, code) in codes.enumerated() {
            guard let published = meta.publishedColumnTotals[code] else {
                throw SeedError.totalsDiffer(file: meta.file, agency: code, computed: sums[k], published: -1)
            }
            if sums[k] != published {
                throw SeedError.totalsDiffer(file: meta.file, agency: code, computed: sums[k], published: published)
            }
            if let total = register.totalRow {
                let printed = try Self.count(total[k], file: meta.file, province: "รวมจำนวน")
                if printed != published {
                    throw SeedError.totalsDiffer(file: meta.file, agency: code, computed: printed, published: published)
                }
            }
        }
        let grand = sums.reduce(0, +)
        if grand != meta.publishedTotal {
            throw SeedError.totalsDiffer(file: meta.file, agency: "ทั้งหมด", computed: grand, published: meta.publishedTotal)
        }
    }

    /// A register cell as a count: "-" and empty are 0; digits (Thai or Arabic) are the count.
    static func count(_ cell: String, file: String, province: String) throws -> Int {
        let text = ThaiNormalizer.normalize(cell).text
        if text.isEmpty || text == "-" { return 0 }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value >= 0 else {
            throw SeedError.badCell(file: file, province: province, value: cell)
        }
        return value
    }

    func importLetter(_ db: Database) throws {
        let l = document.letter
        try db.execute(sql: """
            INSERT INTO letter (id, reference, date, dateISO, sender, senderAddress, subject, addressees, attachments,
                body, signerName, signerTitle, responsibleOffice, phone, fax, coordinator)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [l.reference, l.date, l.dateISO, l.sender, l.senderAddress, l.subject, l.addressees,
                             l.attachments.joined(separator: "\n"), l.body.joined(separator: "\n"),
                             l.signer.name, l.signer.title, l.responsibleOffice, l.phone, l.fax, l.coordinator])
    }

    func importMOUs(_ db: Database) throws {
        for m in document.mous {
            try db.execute(sql: """
                INSERT INTO mou (id, title, preamble, background, closing, termYears, termText, noticeDays, terminationText, amendmentText)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [m.id, m.title, m.preamble, m.background, m.closing, m.term?.years, m.term?.text,
                                 m.termination?.noticeDays, m.termination?.text, m.amendment?.text])
            for (i, code) in m.parties.enumerated() {
                try db.execute(sql: "INSERT INTO mouParty (mouID, agencyCode, position) VALUES (?, ?, ?)", arguments: [m.id, code, i + 1])
            }
            for duties in m.duties {
                for clause in duties.clauses {
                    try db.execute(sql: "INSERT INTO mouClause (mouID, agencyCode, heading, number, text) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [m.id, duties.agency, duties.heading, clause.number, clause.text])
                }
            }
            for (i, s) in m.signatories.enumerated() {
                try db.execute(sql: """
                    INSERT INTO mouSignatory (mouID, position, name, rank, title, agencyCode, role, sourceSpelling)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [m.id, i + 1, s.name, s.rank, s.title, s.agency, s.role, s.sourceSpelling])
            }
        }
    }

    func importCenter(_ db: Database) throws {
        let c = document.center
        let texts = Dictionary(uniqueKeysWithValues: document.mous.map { ($0.id, $0.fullText) })
        for f in c.facts {
            guard texts[f.source]?.contains(f.quote) == true else { throw SeedError.quoteNotFound(key: f.key, source: f.source) }
            try db.execute(sql: "INSERT INTO centerFact (key, source, quote) VALUES (?, ?, ?)", arguments: [f.key, f.source, f.quote])
        }
        for r in c.rollout {
            try db.execute(sql: "INSERT INTO centerRollout (fiscalYearBE, scope) VALUES (?, ?)", arguments: [r.fiscalYearBE, r.scope])
        }
        for (i, p) in c.programmes.enumerated() {
            guard texts[p.source]?.contains(p.quote) == true else { throw SeedError.quoteNotFound(key: p.name, source: p.source) }
            try db.execute(sql: "INSERT INTO programme (position, name, source, quote) VALUES (?, ?, ?, ?)",
                           arguments: [i + 1, p.name, p.source, p.quote])
        }
    }
}
