import CivicBotStore
import Foundation

/// The knowledge the answers read, kept in memory after the first read. Everything here comes from
/// the source document (registers of 2563, MOUs, the letter, the glossary) and never changes while
/// the bot runs, so one SQL round trip per fact per process is enough. The trainers admins register
/// change at any time and are not here: they are always read from the store.
final class KnowledgeCache: @unchecked Sendable {
    private let store: AppDatabase
    // Guards every dictionary and optional below; held only to look up or insert, never across SQL.
    private let lock = NSLock()
    private var registerTotalsValue: [RegisterTotals]?
    private var trainerCountsByProvince: [String: [ProvinceRegisterEntry]] = [:]
    private var rankings: [RankingKey: [ProvinceCount]] = [:]
    private var dutiesByAgency: [String: [AgencyDuties]] = [:]
    private var mouSummariesValue: [MOUSummary]?
    private var letterValue: LetterInfo??
    private var centerInfoValue: CenterInfo?
    private var glossaryEntries: [String: GlossaryEntry?] = [:]
    private var glossaryValue: [GlossaryEntry]?

    /// Most keys a keyed table holds; keys come from the lexicon, so this is never reached in practice.
    private static let keyLimit = 1_024

    private struct RankingKey: Hashable {
        let trainerType: String?
        let agency: String?
        let mostFirst: Bool
    }

    /// A cache in front of `store`.
    init(store: AppDatabase) {
        self.store = store
    }

    /// `AppDatabase.registerTotals()`, read once.
    func registerTotals() throws -> [RegisterTotals] {
        try once(\.registerTotalsValue) { try store.registerTotals() }
    }

    /// `AppDatabase.trainerCounts(province:)`, read once per province.
    func trainerCounts(province: String) throws -> [ProvinceRegisterEntry] {
        try keyed(\.trainerCountsByProvince, province) { try store.trainerCounts(province: province) }
    }

    /// `AppDatabase.trainerRanking(trainerType:agency:mostFirst:)`, read once per combination.
    func trainerRanking(trainerType: String?, agency: String?, mostFirst: Bool) throws -> [ProvinceCount] {
        try keyed(\.rankings, RankingKey(trainerType: trainerType, agency: agency, mostFirst: mostFirst)) {
            try store.trainerRanking(trainerType: trainerType, agency: agency, mostFirst: mostFirst)
        }
    }

    /// `AppDatabase.duties(agency:)`, read once per agency.
    func duties(agency: String) throws -> [AgencyDuties] {
        try keyed(\.dutiesByAgency, agency) { try store.duties(agency: agency) }
    }

    /// `AppDatabase.mouSummaries()`, read once.
    func mouSummaries() throws -> [MOUSummary] {
        try once(\.mouSummariesValue) { try store.mouSummaries() }
    }

    /// `AppDatabase.letter()`, read once.
    func letter() throws -> LetterInfo? {
        try once(\.letterValue) { try store.letter() }
    }

    /// `AppDatabase.centerInfo()`, read once.
    func centerInfo() throws -> CenterInfo {
        try once(\.centerInfoValue) { try store.centerInfo() }
    }

    /// `AppDatabase.glossaryEntry(term:)`, read once per term.
    func glossaryEntry(term: String) throws -> GlossaryEntry? {
        try keyed(\.glossaryEntries, term) { try store.glossaryEntry(term: term) }
    }

    /// `AppDatabase.glossary()`, read once.
    func glossary() throws -> [GlossaryEntry] {
        try once(\.glossaryValue) { try store.glossary() }
    }

    // A failed read is not remembered: the next call asks the store again.
    private func once<T>(_ slot: ReferenceWritableKeyPath<KnowledgeCache, T?>, _ load: () throws -> T) throws -> T {
        if let value = lock.withLock({ self[keyPath: slot] }) { return value }
        let value = try load()
        lock.withLock { self[keyPath: slot] = value }
        return value
    }

    private func keyed<K: Hashable, T>(_ table: ReferenceWritableKeyPath<KnowledgeCache, [K: T]>, _ key: K, _ load: () throws -> T) throws -> T {
        if let value = lock.withLock({ self[keyPath: table][key] }) { return value }
        let value = try load()
        lock.withLock { if self[keyPath: table].count < Self.keyLimit { self[keyPath: table][key] = value } }
        return value
    }
}
