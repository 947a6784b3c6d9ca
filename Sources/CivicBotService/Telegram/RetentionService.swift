import CivicBotStore
import Foundation
import Logging
import ServiceLifecycle

/// Applies the retention period while serve runs: at start, then every `interval`, erases message
/// texts, usernames and ids older than the period, delivered outbox parts, and removed trainers'
/// phones (see `AppDatabase.prune(before:)`). A failed prune is logged and tried again next time.
public struct RetentionService: Service {
    let store: AppDatabase
    let days: Int
    let interval: Duration
    let logger: Logger
    let now: @Sendable () -> Date
    let clock: ServeClock

    /// Keeps `days` days of personal data in `store`, pruning every `interval`.
    public init(store: AppDatabase, days: Int, interval: Duration, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init, clock: ServeClock = .real) {
        self.store = store
        self.days = days
        self.interval = interval
        self.logger = logger
        self.now = now
        self.clock = clock
    }

    /// Prunes until graceful shutdown.
    public func run() async throws {
        while !shouldStop {
            await pruneOnce()
            await clock.sleep(interval)
        }
    }

    /// One pass; what it erased goes to the log at info when anything was.
    func pruneOnce() async {
        let cutoff = RetentionService.cutoff(days: days, now: now())
        do {
            let report = try await store.pruneAsync(before: cutoff)
            if !report.isEmpty {
                logger.info("retention applied", metadata: [
                    "retention.days": "\(days)", "erased.messages": "\(report.interactions)", "removed.outbox": "\(report.outbox)",
                    "erased.trainer_phones": "\(report.trainerPhones)",
                ])
            }
        } catch {
            logger.error("retention not applied", metadata: ["error": "\(error)"])
        }
    }

    /// The instant before which personal data is erased: `days` days before `now`.
    public static func cutoff(days: Int, now: Date) -> Date {
        now.addingTimeInterval(-Double(days) * 86_400)
    }
}

extension RetentionService: CustomStringConvertible {
    /// A short name for the service group's logs.
    public var description: String { "RetentionService(days: \(days))" }
}
