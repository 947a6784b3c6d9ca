/// A count for one agency.
public struct AgencyCount: Sendable, Equatable {
    /// Agency code.
    public let agency: String
    /// Number of trainers.
    public let count: Int
}

/// One province's line in one register.
public struct ProvinceRegisterEntry: Sendable, Equatable {
    /// `core` or `extended`.
    public let trainerType: String
    /// True when the register lists the province at all (the core register lists 32).
    public let listed: Bool
    /// Counts per register column, in the register's column order.
    public let counts: [AgencyCount]
    /// Sum of `counts`.
    public var total: Int { counts.reduce(0) { $0 + $1.count } }
}

/// A register's national figures.
public struct RegisterTotals: Sendable, Equatable {
    /// `core` or `extended`.
    public let trainerType: String
    /// Year of the register (Buddhist era).
    public let yearBE: Int
    /// Column totals in column order.
    public let counts: [AgencyCount]
    /// Total as published in the source.
    public let publishedTotal: Int
    /// Number of provinces the register lists.
    public let provincesListed: Int
    /// Sum of `counts`.
    public var total: Int { counts.reduce(0) { $0 + $1.count } }
}

/// A province and a count, for rankings.
public struct ProvinceCount: Sendable, Equatable {
    /// Canonical province name.
    public let province: String
    /// Count.
    public let count: Int
}

/// One agency's duties under one MOU.
public struct AgencyDuties: Sendable, Equatable {
    /// MOU id (MOU1, MOU2).
    public let mouID: String
    /// The heading as the MOU writes it.
    public let heading: String
    /// Clause texts by number, as in the source.
    public let clauses: [(number: Int, text: String)]

    /// Equal when every field is.
    public static func == (a: AgencyDuties, b: AgencyDuties) -> Bool {
        a.mouID == b.mouID && a.heading == b.heading && a.clauses.map(\.number) == b.clauses.map(\.number) && a.clauses.map(\.text) == b.clauses.map(\.text)
    }
}

/// An MOU's parties, term and signatories.
public struct MOUSummary: Sendable, Equatable {
    /// A person who signed or witnessed.
    public struct Signatory: Sendable, Equatable {
        /// Name as written.
        public let name: String
        /// Rank, if any (พันตำรวจเอก).
        public let rank: String?
        /// Title or position as written.
        public let title: String
        /// `signatory` or `witness`.
        public let role: String
    }
    /// MOU id.
    public let id: String
    /// Title.
    public let title: String
    /// Party codes in order.
    public let parties: [String]
    /// Term in years, when the MOU states one.
    public let termYears: Int?
    /// Term clause text.
    public let termText: String?
    /// Notice period for termination, in days, when stated.
    public let noticeDays: Int?
    /// Termination text.
    public let terminationText: String?
    /// Amendment text.
    public let amendmentText: String?
    /// Signatories and witnesses in order.
    public let signatories: [Signatory]
}

/// The letter's facts.
public struct LetterInfo: Sendable, Equatable {
    /// Reference number as printed (Thai digits).
    public let reference: String
    /// Date as printed (Thai).
    public let date: String
    /// Date in ISO 8601 (Gregorian).
    public let dateISO: String
    /// The sending department.
    public let sender: String
    /// Subject line (เรื่อง).
    public let subject: String
    /// Addressees (เรียน).
    public let addressees: String
    /// Attachments (สิ่งที่ส่งมาด้วย), in order.
    public let attachments: [String]
    /// Body paragraphs, in order.
    public let body: [String]
    /// Signer's name.
    public let signerName: String
    /// Signer's title.
    public let signerTitle: String
    /// Office responsible for the matter.
    public let responsibleOffice: String
    /// Phone number as printed.
    public let phone: String
    /// Fax number as printed.
    public let fax: String
    /// Named coordinator (ผู้ประสานงาน).
    public let coordinator: String
}

/// What the MOUs say about ศส.ปชต.
public struct CenterInfo: Sendable, Equatable {
    /// Quoted facts by key (founded, purpose, rollout, members).
    public let facts: [String: String]
    /// Rollout by fiscal year.
    public let rollout: [(year: Int, scope: String)]
    /// Programmes with their quoted purpose.
    public let programmes: [(name: String, quote: String)]

    /// Equal when every field is.
    public static func == (a: CenterInfo, b: CenterInfo) -> Bool {
        a.facts == b.facts && a.rollout.map(\.year) == b.rollout.map(\.year) && a.programmes.map(\.name) == b.programmes.map(\.name)
    }
}

/// A glossary entry from the store.
public struct GlossaryEntry: Sendable, Equatable {
    /// The term clause, if the MOU has one.
    public let term: String
    /// What the abbreviation stands for.
    public let expansion: String
    /// English gloss.
    public let english: String?
    /// One short sentence on what it is.
    public let meaning: String
    /// True when the expansion is written in the source document.
    public let inSource: Bool
}

/// A trainer registered by an admin (individuals; the 2563 registers hold only counts).
public struct TrainerRecord: Sendable, Equatable {
    /// Stable id.
    public let id: Int64
    /// Name as written.
    public let name: String
    /// Canonical province name.
    public let province: String
    /// Agency code (ECT, DOPA, DLA, HSS, CDD, DOP).
    public let agency: String
    /// `core` or `extended`.
    public let trainerType: String
    /// Phone number as printed.
    public let phone: String?
}

/// One handled message, for the interaction log.
public struct InteractionRecord: Sendable, Equatable {
    /// When (UTC, ISO 8601).
    public var at: String
    /// Chat id.
    public var chatID: Int64
    /// `private` or `group`.
    public var chatType: String
    /// Sender's user id.
    public var userID: Int64
    /// Sender's username, if any.
    public var username: String?
    /// Text as written in the source.
    public var text: String
    /// Intent id.
    public var intent: String
    /// Slots as compact JSON.
    public var slotsJSON: String
    /// Reply text, or nil for silence.
    public var reply: String?
    /// Time spent deciding the reply, microseconds.
    public var processingMicros: Int64

    /// Makes a record.
    public init(at: String, chatID: Int64, chatType: String, userID: Int64, username: String?, text: String,
                intent: String, slotsJSON: String, reply: String?, processingMicros: Int64) {
        self.at = at
        self.chatID = chatID
        self.chatType = chatType
        self.userID = userID
        self.username = username
        self.text = text
        self.intent = intent
        self.slotsJSON = slotsJSON
        self.reply = reply
        self.processingMicros = processingMicros
    }
}
