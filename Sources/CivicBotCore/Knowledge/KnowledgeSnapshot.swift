/// Everything the answers read, as one immutable value: the 2563 registers, the MOUs, the letter,
/// the centre, and the trainers admins have registered. The store loads it once at start; the shell
/// replaces the register part when admins change it (`replacingTrainers(_:version:)`). Rendering is
/// a pure function of an understanding, this snapshot and the templates.
public struct KnowledgeSnapshot: Sendable {
    /// National figures of each register, core first.
    public let registers: [RegisterTotals]
    /// Every province in the store's order (the order rankings break ties by).
    public let provinces: [String]
    /// Each province's line in each register (core first), with per-agency counts.
    public let entries: [String: [ProvinceRegisterEntry]]
    /// Each agency's duties under each MOU it is party to.
    public let duties: [String: [AgencyDuties]]
    /// Both MOUs with parties, term, notice, amendment and signatories.
    public let mous: [MOUSummary]
    /// The covering letter, if the store has it.
    public let letter: LetterInfo?
    /// What the MOUs say about ศส.ปชต.
    public let center: CenterInfo
    /// Trainers registered by admins (not removed), ordered by province, agency, name.
    public private(set) var trainers: [TrainerRecord]
    /// The register's version when `trainers` was read (the last audit row's id): the shell reloads when it moves.
    public private(set) var trainersVersion: Int64
    /// Each province's count (in `provinces` order) for every trainer type and agency a ranking can
    /// ask for (`nil` for all), computed once: rankings are asked for on every coverage question.
    private let rankCounts: [RankKey: [Int]]

    struct RankKey: Hashable, Sendable {
        let trainerType: String?
        let agency: String?
    }

    /// Makes a snapshot.
    public init(registers: [RegisterTotals], provinces: [String], entries: [String: [ProvinceRegisterEntry]],
                duties: [String: [AgencyDuties]], mous: [MOUSummary], letter: LetterInfo?, center: CenterInfo,
                trainers: [TrainerRecord], trainersVersion: Int64) {
        self.registers = registers
        self.provinces = provinces
        self.entries = entries
        self.duties = duties
        self.mous = mous
        self.letter = letter
        self.center = center
        self.trainers = trainers
        self.trainersVersion = trainersVersion
        var counts: [RankKey: [Int]] = [:]
        let all = entries.values.flatMap { $0 }
        let types: [String?] = [nil] + Set(all.map(\.trainerType)).sorted()
        let agencies: [String?] = [nil] + Set(all.flatMap { $0.counts.map(\.agency) }).sorted()
        for type in types {
            for agency in agencies {
                counts[RankKey(trainerType: type, agency: agency)] = provinces.map { province in
                    (entries[province] ?? [])
                        .filter { type == nil || $0.trainerType == type }
                        .flatMap(\.counts)
                        .filter { agency == nil || $0.agency == agency }
                        .reduce(0) { $0 + $1.count }
                }
            }
        }
        self.rankCounts = counts
    }

    /// The same knowledge with another register of individual trainers.
    public func replacingTrainers(_ trainers: [TrainerRecord], version: Int64) -> KnowledgeSnapshot {
        var copy = self
        copy.trainers = trainers
        copy.trainersVersion = version
        return copy
    }

    /// The year (B.E.) of the registers.
    public var yearBE: Int { registers.first?.yearBE ?? 0 }

    /// The province's line in each register; a province the store does not know has none.
    public func trainerCounts(province: String) -> [ProvinceRegisterEntry] { entries[province] ?? [] }

    /// The duties of `agency` (empty when it is party to no MOU).
    public func duties(agency: String) -> [AgencyDuties] { duties[agency] ?? [] }

    /// Registered trainers, filtered by province and agency when given.
    public func registeredTrainers(province: String?, agency: String?, trainerType: String? = nil) -> [TrainerRecord] {
        trainers.filter { (province == nil || $0.province == province) && (agency == nil || $0.agency == agency)
            && (trainerType == nil || $0.trainerType == trainerType) }
    }

    /// Provinces ranked by trainers of `trainerType` (both registers when nil), of `agency` (all when
    /// nil). Every province takes part (an unlisted one counts 0); equal counts keep the store's order.
    public func ranking(trainerType: String?, agency: String?, mostFirst: Bool) -> [ProvinceCount] {
        // A type or agency no register has counts 0 everywhere.
        let counts = rankCounts[RankKey(trainerType: trainerType, agency: agency)] ?? Array(repeating: 0, count: provinces.count)
        let order = provinces.indices.sorted { a, b in
            if counts[a] != counts[b] { return mostFirst ? counts[a] > counts[b] : counts[a] < counts[b] }
            return a < b
        }
        return order.map { ProvinceCount(province: provinces[$0], count: counts[$0]) }
    }
}
