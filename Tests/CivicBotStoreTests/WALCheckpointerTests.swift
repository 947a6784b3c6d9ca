import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Synchronization
import Testing

/// The writer's commits must not checkpoint the WAL (that is the background checkpointer's work),
/// and the checkpointer must copy the WAL back when something was committed, and only then.
@Suite struct WALCheckpointerTests {
    let lexicon = Fixtures.catalogue.lexicon

    func record(_ n: Int) -> InteractionRecord {
        InteractionRecord(at: Date(timeIntervalSince1970: 1_795_824_000), chatID: Int64(n), chatType: "private", userID: Int64(n), username: nil,
                          text: "ลำพูนมีวิทยากรกี่คน \(n)", intent: "trainer_count", slotsJSON: "{}",
                          reply: String(repeating: "ลำพูนมีวิทยากรหลัก ๓ คน ", count: 20), processingMicros: 5)
    }

    func fileSize(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test("commits past SQLite's 1,000-page checkpoint leave the file alone; one look copies them, a second look without commits does nothing")
    func checkpointsOffTheWritersPath() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("wal.sqlite").path
        // An interval longer than the test: only the test's own looks run.
        let db = try AppDatabase.open(path: path, lexicon: lexicon, checkpointEvery: .seconds(3_600))
        let checkpointer = try #require(db.checkpointer)
        checkpointer.checkpointNow()
        let baseline = checkpointer.checkpoints
        let before = try fileSize(path)

        for n in 0..<1_500 { try db.log(record(n)) }
        let wal = try fileSize(path + "-wal")
        #expect(wal > 1_000 * 4_096, "the log rows filled more than SQLite's default checkpoint of 1,000 pages (WAL \(wal) bytes)")
        #expect(try fileSize(path) == before, "the writer did not copy the WAL into the database file itself")

        checkpointer.checkpointNow()
        #expect(checkpointer.checkpoints == baseline + 1)
        #expect(try fileSize(path) > before + 1_500 * 1_400, "the look copied the 1,500 rows of about 1.5 kB into the database file")
        #expect(try db.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction") } == 1_500)

        checkpointer.checkpointNow()
        #expect(checkpointer.checkpoints == baseline + 1, "nothing committed since: no checkpoint")
        try db.log(record(1_500))
        checkpointer.checkpointNow()
        #expect(checkpointer.checkpoints == baseline + 2)
    }

    @Test("the running checkpointer keeps the WAL from reaching the writer's safety limit")
    func runsOnItsOwn() async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("wal-running.sqlite").path
        let db = try AppDatabase.open(path: path, lexicon: lexicon, checkpointEvery: .milliseconds(20))
        let checkpointer = try #require(db.checkpointer)
        let start = checkpointer.checkpoints
        for n in 0..<300 { try db.log(record(n)) }
        var waited = 0
        while checkpointer.checkpoints == start, waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(checkpointer.checkpoints > start, "the background thread checkpointed the committed rows")
    }

    @Test("emptying the WAL (prune, forget) is never refused because a background look is copying at that moment")
    func truncateWhileLooking() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("wal-truncate.sqlite").path
        // A look every 50 µs: without holding the checkpointer still, SQLite refuses most truncations (SQLITE_BUSY).
        let db = try AppDatabase.open(path: path, lexicon: lexicon, checkpointEvery: .microseconds(50))
        var refused = 0
        for n in 0..<200 {
            try db.log(record(n))
            do { try db.truncateWAL() } catch { refused += 1 }
            if try fileSize(path + "-wal") != 0 { refused += 1 }
        }
        #expect(refused == 0, "\(refused) of 200 truncations left the WAL in place")
    }

    @Test("emptying the WAL is not refused because another process's checkpointer (a running serve's) is copying at that moment")
    func truncateWhileAnotherProcessLooks() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("wal-other.sqlite").path
        let db = try AppDatabase.open(path: path, lexicon: lexicon, checkpointEvery: .seconds(3_600))
        // Another connection checkpointing without pause, as another process's checkpointer does every
        // 200 ms: SQLite's checkpoint lock takes no busy handler, so a truncation that meets it is refused.
        let other = try DatabaseQueue(path: path)
        let stop = StopFlag()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while !stop.isSet { _ = try? other.writeWithoutTransaction { try $0.checkpoint(.passive) } }
            done.signal()
        }
        var refused = 0
        for n in 0..<50 {
            try db.log(record(n))
            do { try db.truncateWAL() } catch { refused += 1 }
        }
        stop.set()
        done.wait()
        #expect(refused == 0, "\(refused) of 50 truncations refused")
        try db.truncateWAL()
        #expect(try fileSize(path + "-wal") == 0)
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
