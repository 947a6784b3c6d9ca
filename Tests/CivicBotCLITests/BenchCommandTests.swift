import CivicBotTestSupport
import Foundation
import Testing

/// `civicbot bench --json` through the binary, on a small run: every phase measured, and the
/// webhook through a `civicbot serve` child process with its CPU time read (figures only; their
/// size is the bench's to report, not a test's to assert on shared machines).
@Suite struct BenchCommandTests {
    @Test("bench --json measures every webhook figure, the serve process's CPU time among them, with every reply checked")
    func webhookFigures() throws {
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("bench.sqlite").path
        let result = try BinaryRunner.run(["bench", "--json", "--messages", "300", "--db", database, "--intents", Fixtures.intents.path])
        #expect(result.status == 0, "\(result.stderr.suffix(2_000))")
        let last = try #require(result.stdout.split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let webhook = try #require(object["webhook"] as? [String: Any])
        for key in ["events_per_sec", "batched_events_per_sec", "serve_events_per_sec", "events_per_cpu_sec", "p99_ms"] {
            let value = try #require(webhook[key] as? Double, "\(key) not measured: \(result.stderr.suffix(2_000))")
            #expect(value > 0, "\(key)")
        }
        // The serve process answered all 300 events, each checked against the REPL's answer.
        #expect(result.stderr.contains("webhook (serve process): 300 events answered and checked"), "\(result.stderr.suffix(2_000))")
    }
}
