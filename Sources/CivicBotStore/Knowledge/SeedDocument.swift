import Foundation
import Yams

/// The source document as the project keeps it (Sources/CivicBotStore/Seed): the letter, the two
/// MOUs, the centre facts and the two 2563 registers, transcribed exactly.
public struct SeedDocument: Sendable {
    /// The covering letter.
    public struct Letter: Sendable, Decodable {
        /// Signer of the letter.
        public struct Signer: Sendable, Decodable { public let name: String; public let title: String }
        /// Reference number as printed (Thai digits).
        public let reference: String
        /// Date as printed (Thai).
        public let date: String
        /// Date in ISO 8601 (Gregorian).
        public let dateISO: String
        /// The sending department.
        public let sender: String
        /// The sender's address as printed.
        public let senderAddress: String
        /// Subject line (เรื่อง).
        public let subject: String
        /// Addressees (เรียน).
        public let addressees: String
        /// Attachments (สิ่งที่ส่งมาด้วย), in order.
        public let attachments: [String]
        /// Body paragraphs, in order.
        public let body: [String]
        /// Closing words.
        public let closing: String
        /// Who signed it.
        public let signer: Signer
        /// Office responsible for the matter.
        public let responsibleOffice: String
        /// Phone number as printed.
        public let phone: String
        /// Fax number as printed.
        public let fax: String
        /// Named coordinator (ผู้ประสานงาน).
        public let coordinator: String

        enum CodingKeys: String, CodingKey {
            case reference, date, sender, subject, addressees, attachments, body, closing, signer, phone, fax, coordinator
            case dateISO = "date_iso"
            case senderAddress = "sender_address"
            case responsibleOffice = "responsible_office"
        }
    }

    /// One MOU.
    public struct MOU: Sendable, Decodable {
        /// A numbered clause.
        public struct Clause: Sendable, Decodable { public let number: Int; public let text: String }
        /// One party's duties.
        public struct Duties: Sendable, Decodable {
            /// Agency code (ECT, DOPA, DLA, HSS, CDD, DOP).
            public let agency: String
            /// Heading as written in the source.
            public let heading: String
            /// Numbered clauses, in order.
            public let clauses: [Clause]
        }
        /// The term of the MOU.
        public struct Term: Sendable, Decodable { public let heading: String; public let years: Int; public let text: String }
        /// Termination by notice.
        public struct Termination: Sendable, Decodable {
            /// Notice period in days.
            public let noticeDays: Int
            /// Text as written in the source.
            public let text: String
            enum CodingKeys: String, CodingKey { case text; case noticeDays = "notice_days" }
        }
        /// How it may be amended.
        public struct Amendment: Sendable, Decodable { public let heading: String; public let text: String }
        /// A signatory or witness.
        public struct Signatory: Sendable, Decodable {
            /// Name as written.
            public let name: String
            /// Rank, if any (พันตำรวจเอก).
            public let rank: String?
            /// Title or position as written.
            public let title: String
            /// Agency code (ECT, DOPA, DLA, HSS, CDD, DOP).
            public let agency: String
            /// `signatory` or `witness`.
            public let role: String
            /// How this copy of the source spells the name, when it differs.
            public let sourceSpelling: String?
            enum CodingKeys: String, CodingKey {
                case name, rank, title, agency, role
                case sourceSpelling = "source_spelling"
            }
        }
        /// Stable id.
        public let id: String
        /// Title or position as written.
        public let title: String
        /// Party codes, in order.
        public let parties: [String]
        /// Opening paragraph.
        public let preamble: String
        /// Background paragraph (สืบเนื่องจาก…).
        public let background: String
        /// Each party's duties.
        public let duties: [Duties]
        /// The term clause, if the MOU has one.
        public let term: Term?
        /// The termination clause, if any.
        public let termination: Termination?
        /// The amendment clause, if any.
        public let amendment: Amendment?
        /// Closing words.
        public let closing: String
        /// Signatories and witnesses, in order.
        public let signatories: [Signatory]

        /// All the MOU's running text, for checking quotes against it.
        public var fullText: String {
            ([preamble, background] + duties.flatMap { $0.clauses.map(\.text) }).joined(separator: "\n")
        }
    }

    /// Metadata of one register file.
    public struct RegisterMeta: Sendable, Decodable {
        /// `core` or `extended`.
        public let type: String
        /// The TSV file with the rows.
        public let file: String
        /// Title or position as written.
        public let title: String
        /// Year of the register (Buddhist era).
        public let yearBE: Int
        /// Total as the source publishes it.
        public let publishedTotal: Int
        /// Column totals as published, by agency code.
        public let publishedColumnTotals: [String: Int]
        enum CodingKeys: String, CodingKey {
            case type, file, title
            case yearBE = "year_be"
            case publishedTotal = "published_total"
            case publishedColumnTotals = "published_column_totals"
        }
    }

    /// Facts about ศส.ปชต.
    public struct Center: Sendable, Decodable {
        /// A quoted fact.
        public struct Fact: Sendable, Decodable { public let key: String; public let source: String; public let quote: String }
        /// A rollout step.
        public struct Rollout: Sendable, Decodable {
            /// Fiscal year (Buddhist era).
            public let fiscalYearBE: Int
            /// How many centres that year.
            public let scope: String
            enum CodingKeys: String, CodingKey { case scope; case fiscalYearBE = "fiscal_year_be" }
        }
        /// A programme.
        public struct Programme: Sendable, Decodable { public let name: String; public let source: String; public let quote: String }
        /// Name as written.
        public let name: String
        /// Abbreviation (ศส.ปชต.).
        public let abbreviation: String
        /// Year founded (Buddhist era).
        public let foundedBE: Int
        /// Partner it was founded with.
        public let foundedWith: String
        /// Quoted facts.
        public let facts: [Fact]
        /// Rollout by fiscal year.
        public let rollout: [Rollout]
        /// Programmes with their quoted purpose.
        public let programmes: [Programme]
        enum CodingKeys: String, CodingKey {
            case name, abbreviation, facts, rollout, programmes
            case foundedBE = "founded_be"
            case foundedWith = "founded_with"
        }
    }

    /// A register: its metadata and its rows as text cells.
    public struct Register: Sendable {
        /// Metadata from registers.yaml.
        public let meta: RegisterMeta
        /// Column headers (agency names as the source writes them).
        public let headers: [String]
        /// Rows: number, province as written, and five cells.
        public let rows: [[String]]
        /// The source's total row, if it has one (five cells).
        public let totalRow: [String]?
    }

    /// The covering letter.
    public let letter: Letter
    /// Both MOUs.
    public let mous: [MOU]
    /// Facts about ศส.ปชต.
    public let center: Center
    /// The two 2563 registers.
    public let registers: [Register]

    /// Reads the seed files from `directory`.
    public static func load(from directory: URL) throws -> SeedDocument {
        struct LetterFile: Decodable { let letter: Letter }
        struct MOUFile: Decodable { let mous: [MOU] }
        struct CenterFile: Decodable { let center: Center }
        struct RegistersFile: Decodable { let registers: [RegisterMeta] }
        func yaml<T: Decodable>(_ name: String) throws -> T {
            let url = directory.appendingPathComponent(name)
            do {
                return try YAMLDecoder().decode(T.self, from: try String(contentsOf: url, encoding: .utf8))
            } catch {
                throw SeedError.unreadable(file: name, reason: "\(error)")
            }
        }
        let metas: RegistersFile = try yaml("registers.yaml")
        var registers: [Register] = []
        for meta in metas.registers {
            let url = directory.appendingPathComponent(meta.file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw SeedError.unreadable(file: meta.file, reason: "cannot read")
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            guard !lines.isEmpty else { throw SeedError.unreadable(file: meta.file, reason: "empty") }
            let header = lines.removeFirst()
            var rows: [[String]] = []
            var total: [String]?
            for (i, cells) in lines.enumerated() {
                guard cells.count == 7 else {
                    throw SeedError.malformedRow(file: meta.file, line: i + 2, reason: "expected 7 cells, found \(cells.count)")
                }
                if cells[0].hasPrefix("รวม") { total = Array(cells[2...]) } else { rows.append(cells) }
            }
            registers.append(Register(meta: meta, headers: Array(header.dropFirst(2)), rows: rows, totalRow: total))
        }
        let letter: LetterFile = try yaml("letter.yaml")
        let mous: MOUFile = try yaml("mous.yaml")
        let center: CenterFile = try yaml("center.yaml")
        return SeedDocument(letter: letter.letter, mous: mous.mous, center: center.center, registers: registers)
    }

    /// The seed files shipped with the program.
    public static func bundled() throws -> SeedDocument {
        guard let url = Bundle.module.url(forResource: "Seed", withExtension: nil) else {
            throw SeedError.unreadable(file: "Seed", reason: "the seed folder is missing from the program's resources")
        }
        return try load(from: url)
    }
}

/// Why the knowledge base could not be seeded; the bot refuses to start on any of these.
public enum SeedError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)
    case malformedRow(file: String, line: Int, reason: String)
    case unknownProvince(file: String, name: String)
    case unknownAgency(file: String, header: String)
    case badCell(file: String, province: String, value: String)
    case totalsDiffer(file: String, agency: String, computed: Int, published: Int)
    case duplicateProvince(file: String, name: String)
    case quoteNotFound(key: String, source: String)

    /// A message naming the file and what is wrong.
    public var description: String {
        switch self {
        case .unreadable(let f, let r): return "\(f): \(r)"
        case .malformedRow(let f, let l, let r): return "\(f): line \(l): \(r)"
        case .unknownProvince(let f, let n): return "\(f): unknown province '\(n)' (add it to a province's source_variants in Intents/lexicon/provinces.yaml if it is a known misspelling)"
        case .unknownAgency(let f, let h): return "\(f): unknown agency column '\(h)'"
        case .badCell(let f, let p, let v): return "\(f): \(p): '\(v)' is not a count"
        case .totalsDiffer(let f, let a, let c, let p): return "\(f): \(a) adds up to \(c), but the published total is \(p)"
        case .duplicateProvince(let f, let n): return "\(f): province '\(n)' appears twice"
        case .quoteNotFound(let k, let s): return "center.yaml: quote '\(k)' is not in \(s)"
        }
    }
}
