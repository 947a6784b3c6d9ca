import CivicBotBench
import Foundation
import Testing

@Suite struct BenchmarkReportTests {
    static let report = BenchmarkReport(
        understand: LatencySummary(messagesPerSecond: 123_456.7, p50Micros: 5.04, p99Micros: 21.96),
        pipeline: LatencySummary(messagesPerSecond: 9_876.4, p50Micros: 80.0, p99Micros: 412.36),
        coldStartMillis: 41.25, rssMB: 28.94, rssGrowing: false, serveUpdatesPerSecond: nil)

    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("the JSON line has exactly the keys of DESIGN.md")
    func keys() throws {
        let line = Self.report.jsonLine
        #expect(!line.contains("\n"))
        let object = try Self.object(line)
        #expect(Set(object.keys) == ["understand", "pipeline", "cold_start_ms", "rss_mb", "rss_growing", "serve", "webhook"])
        let webhook = try #require(object["webhook"] as? [String: Any])
        #expect(Set(webhook.keys) == ["events_per_sec", "p99_ms", "batched_events_per_sec", "serve_events_per_sec", "events_per_cpu_sec"])
        for phase in ["understand", "pipeline"] {
            let inner = try #require(object[phase] as? [String: Any])
            #expect(Set(inner.keys) == ["msgs_per_sec", "p50_us", "p99_us"])
        }
        let serve = try #require(object["serve"] as? [String: Any])
        #expect(Set(serve.keys) == ["updates_per_sec"])
    }

    @Test("values: whole rates, one decimal for times and sizes, a boolean, null for what is not measured")
    func values() throws {
        let line = Self.report.jsonLine
        #expect(line.hasPrefix("{\"understand\": {\"msgs_per_sec\": 123457, \"p50_us\": 5.0, \"p99_us\": 22.0}"))
        #expect(line.contains("\"pipeline\": {\"msgs_per_sec\": 9876, \"p50_us\": 80.0, \"p99_us\": 412.4}"))
        #expect(line.contains("\"cold_start_ms\": 41.2") || line.contains("\"cold_start_ms\": 41.3"))
        #expect(line.contains("\"rss_mb\": 28.9"))
        #expect(line.hasSuffix("\"rss_growing\": false, \"serve\": {\"updates_per_sec\": null}, "
                               + "\"webhook\": {\"events_per_sec\": null, \"p99_ms\": null, \"batched_events_per_sec\": null, "
                               + "\"serve_events_per_sec\": null, \"events_per_cpu_sec\": null}}"))
        let object = try Self.object(line)
        #expect(object["rss_growing"] as? Bool == false)
        #expect((object["serve"] as? [String: Any])?["updates_per_sec"] is NSNull)
    }

    @Test("a figure that could not be measured is null, and the line is still valid JSON")
    func nulls() throws {
        var report = Self.report
        report.coldStartMillis = nil
        report.rssMB = nil
        report.rssGrowing = true
        report.serveUpdatesPerSecond = 1_234.4
        let object = try Self.object(report.jsonLine)
        #expect(object["cold_start_ms"] is NSNull)
        #expect(object["rss_mb"] is NSNull)
        #expect(object["rss_growing"] as? Bool == true)
        #expect((object["serve"] as? [String: Any])?["updates_per_sec"] as? Int == 1_234)
    }

    @Test("the table names every figure beside its budget and marks what is missed")
    func table() {
        let table = Self.report.table
        for name in ["understand msgs/s", "pipeline msgs/s", "cold start ms", "peak RSS MiB", "RSS grows after warm-up", "serve updates/s"] {
            #expect(table.contains(name), "\(name)")
        }
        #expect(table.components(separatedBy: "(missed)").count - 1 == 1)  // only the pipeline rate
        // The webhook's events a CPU second are held to 3,000 on one core.
        for (rate, missed) in [(800.0, true), (3_500.0, false)] {
            var report = Self.report
            report.webhookEventsPerCPUSecond = rate
            let row = report.table.split(separator: "\n").first { $0.hasPrefix("  events a CPU second") } ?? ""
            #expect(row.contains("\(Int(rate))"), "\(row)")
            #expect(row.contains("(missed)") == missed, "\(row)")
        }
        // A p99 over budget marks its own row, not the rate beside it.
        var slow = Self.report
        slow.understand = LatencySummary(messagesPerSecond: 61_000, p50Micros: 14, p99Micros: 53.7)
        let rows = slow.table.split(separator: "\n")
        #expect(rows.first { $0.hasPrefix("understand msgs/s") }?.contains("(missed)") == false)
        #expect(rows.first { $0.hasPrefix("understand p50 / p99") }?.contains("(missed)") == true)
    }
}
