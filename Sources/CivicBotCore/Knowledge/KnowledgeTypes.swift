/// A count for one agency.
public struct AgencyCount: Sendable, Equatable {
    /// Agency code.
    public let agency: String
    /// Number of trainers.
    public let count: Int

    /// Makes a value.
    public init(agency: String, count: Int) {
        self.agency = agency
        self.count = count
    }
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

    /// Makes a value.
    public init(trainerType: String, listed: Bool, counts: [AgencyCount]) {
        self.trainerType = trainerType
        self.listed = listed
        self.counts = counts
    }
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

    /// Makes a value.
    public init(trainerType: String, yearBE: Int, counts: [AgencyCount], publishedTotal: Int, provincesListed: Int) {
        self.trainerType = trainerType
        self.yearBE = yearBE
        self.counts = counts
        self.publishedTotal = publishedTotal
        self.provincesListed = provincesListed
    }
}

/// A province and a count, for rankings.
public struct ProvinceCount: Sendable, Equatable {
    /// Canonical province name.
    public let province: String
    /// Count.
    public let count: Int

    /// Makes a value.
    public init(province: String, count: Int) {
        self.province = province
        self.count = count
    }
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

    /// Makes a value.
    public init(mouID: String, heading: String, clauses: [(number: Int, text: String)]) {
        self.mouID = mouID
        self.heading = heading
        self.clauses = clauses
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
        /// The party the person signed or witnessed for (agency code).
        public let agency: String

        /// Makes a value.
        public init(name: String, rank: String?, title: String, role: String, agency: String) {
            self.name = name
            self.rank = rank
            self.title = title
            self.role = role
            self.agency = agency
        }
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

    /// Makes a value.
    public init(id: String, title: String, parties: [String], termYears: Int?, termText: String?, noticeDays: Int?, terminationText: String?, amendmentText: String?, signatories: [Signatory]) {
        self.id = id
        self.title = title
        self.parties = parties
        self.termYears = termYears
        self.termText = termText
        self.noticeDays = noticeDays
        self.terminationText = terminationText
        self.amendmentText = amendmentText
        self.signatories = signatories
    }
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

    /// Makes a value.
    public init(reference: String, date: String, dateISO: String, sender: String, subject: String, addressees: String, attachments: [String], body: [String], signerName: String, signerTitle: String, responsibleOffice: String, phone: String, fax: String, coordinator: String) {
        self.reference = reference
        self.date = date
        self.dateISO = dateISO
        self.sender = sender
        self.subject = subject
        self.addressees = addressees
        self.attachments = attachments
        self.body = body
        self.signerName = signerName
        self.signerTitle = signerTitle
        self.responsibleOffice = responsibleOffice
        self.phone = phone
        self.fax = fax
        self.coordinator = coordinator
    }
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

    /// Makes a value.
    public init(facts: [String: String], rollout: [(year: Int, scope: String)], programmes: [(name: String, quote: String)]) {
        self.facts = facts
        self.rollout = rollout
        self.programmes = programmes
    }
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

    /// Makes a value.
    public init(id: Int64, name: String, province: String, agency: String, trainerType: String, phone: String?) {
        self.id = id
        self.name = name
        self.province = province
        self.agency = agency
        self.trainerType = trainerType
        self.phone = phone
    }
}
