import Foundation

/// Every figure `civicbot bench` measures, and its two renderings: the one-line JSON object of
/// DESIGN.md (`--json`) and a table for people.
public struct BenchmarkReport: Sendable, Equatable {
    /// Normalise + intent + slots.
    public var understand: LatencySummary
    /// `Bot.handle`: understand, decide, answer from the store, interaction log.
    public var pipeline: LatencySummary
    /// Process start to the first answer on an existing database (median); nil when it could not be measured.
    public var coldStartMillis: Double?
    /// Peak resident memory (VmHWM) at the end, MiB; nil without `/proc`.
    public var rssMB: Double?
    /// True when resident memory rose after warm-up (see `MemoryUsage.isGrowing`).
    public var rssGrowing: Bool
    /// Updates per second through `civicbot serve` on loopback; nil when it could not be measured.
    public var serveUpdatesPerSecond: Double?
    /// LINE webhook: events per second (one event a request), end to end with every reply checked; nil when not measured.
    public var webhookEventsPerSecond: Double?
    /// LINE webhook: p99 of the time to the 200, milliseconds.
    public var webhookP99Millis: Double?
    /// LINE webhook: events per second with 10 events a request (one transaction each).
    public var webhookBatchedEventsPerSecond: Double?
    /// LINE webhook through a `civicbot serve` child process: events per second of wall time.
    public var webhookServeEventsPerSecond: Double?
    /// The same run: events per second of the serve process's own CPU time (one core's worth).
    public var webhookEventsPerCPUSecond: Double?

    /// Makes a report.
    public init(understand: LatencySummary, pipeline: LatencySummary, coldStartMillis: Double?, rssMB: Double?,
                rssGrowing: Bool, serveUpdatesPerSecond: Double?, webhookEventsPerSecond: Double? = nil, webhookP99Millis: Double? = nil,
                webhookBatchedEventsPerSecond: Double? = nil, webhookServeEventsPerSecond: Double? = nil,
                webhookEventsPerCPUSecond: Double? = nil) {
        self.webhookServeEventsPerSecond = webhookServeEventsPerSecond
        self.webhookEventsPerCPUSecond = webhookEventsPerCPUSecond
        self.webhookEventsPerSecond = webhookEventsPerSecond
        self.webhookP99Millis = webhookP99Millis
        self.webhookBatchedEventsPerSecond = webhookBatchedEventsPerSecond
        self.understand = understand
        self.pipeline = pipeline
        self.coldStartMillis = coldStartMillis
        self.rssMB = rssMB
        self.rssGrowing = rssGrowing
        self.serveUpdatesPerSecond = serveUpdatesPerSecond
    }

    /// The DESIGN.md object on one line, keys in the documented order:
    /// `{"understand": {"msgs_per_sec", "p50_us", "p99_us"}, "pipeline": {…}, "cold_start_ms",
    /// "rss_mb", "rss_growing", "serve": {"updates_per_sec"}, "webhook": {"events_per_sec", "p99_ms",
    /// "batched_events_per_sec", "serve_events_per_sec", "events_per_cpu_sec"}}`. Rates are whole numbers, times and
    /// sizes have one decimal; a figure that could not be measured is `null`.
    public var jsonLine: String {
        func phase(_ s: LatencySummary) -> String {
            "{\"msgs_per_sec\": \(Self.number(s.messagesPerSecond, decimals: 0)), \"p50_us\": \(Self.number(s.p50Micros, decimals: 1)), \"p99_us\": \(Self.number(s.p99Micros, decimals: 1))}"
        }
        return "{\"understand\": \(phase(understand)), \"pipeline\": \(phase(pipeline)), "
            + "\"cold_start_ms\": \(Self.number(coldStartMillis, decimals: 1)), \"rss_mb\": \(Self.number(rssMB, decimals: 1)), "
            + "\"rss_growing\": \(rssGrowing), \"serve\": {\"updates_per_sec\": \(Self.number(serveUpdatesPerSecond, decimals: 0))}, "
            + "\"webhook\": {\"events_per_sec\": \(Self.number(webhookEventsPerSecond, decimals: 0)), \"p99_ms\": \(Self.number(webhookP99Millis, decimals: 1)), "
            + "\"batched_events_per_sec\": \(Self.number(webhookBatchedEventsPerSecond, decimals: 0)), "
            + "\"serve_events_per_sec\": \(Self.number(webhookServeEventsPerSecond, decimals: 0)), "
            + "\"events_per_cpu_sec\": \(Self.number(webhookEventsPerCPUSecond, decimals: 0))}}"
    }

    /// The figures as a table, each beside its budget.
    public var table: String {
        func row(_ name: String, _ value: String, _ budget: String) -> String {
            name.padding(toLength: 26, withPad: " ", startingAt: 0) + value.padding(toLength: 16, withPad: " ", startingAt: 0) + budget
        }
        return [
            row("figure", "measured", "budget"),
            row("understand msgs/s", Self.number(understand.messagesPerSecond, decimals: 0), "≥ 50000" + (understand.messagesPerSecond >= 50_000 ? "" : "  (missed)")),
            row("understand p50 / p99 µs", "\(Self.number(understand.p50Micros, decimals: 1)) / \(Self.number(understand.p99Micros, decimals: 1))", "p99 ≤ 50" + (understand.p99Micros <= 50 ? "" : "  (missed)")),
            row("pipeline msgs/s", Self.number(pipeline.messagesPerSecond, decimals: 0), "≥ 10000" + (pipeline.messagesPerSecond >= 10_000 ? "" : "  (missed)")),
            row("pipeline p50 / p99 µs", "\(Self.number(pipeline.p50Micros, decimals: 1)) / \(Self.number(pipeline.p99Micros, decimals: 1))", ""),
            row("cold start ms", Self.number(coldStartMillis, decimals: 1), "≤ 100" + ((coldStartMillis ?? .infinity) <= 100 ? "" : "  (missed)")),
            row("peak RSS MiB", Self.number(rssMB, decimals: 1), "≤ 30" + ((rssMB ?? .infinity) <= 30 ? "" : "  (missed)")),
            row("RSS grows after warm-up", rssGrowing ? "yes" : "no", "no"),
            row("serve updates/s", Self.number(serveUpdatesPerSecond, decimals: 0), "≥ 1000"),
            row("LINE webhook events/s", Self.number(webhookEventsPerSecond, decimals: 0), "(fake platform in the same process)"),
            row("LINE webhook p99 ms", Self.number(webhookP99Millis, decimals: 1), "≤ 20"),
            row("  10 events a request/s", Self.number(webhookBatchedEventsPerSecond, decimals: 0), ""),
            row("  serve process events/s", Self.number(webhookServeEventsPerSecond, decimals: 0), ""),
            row("  events a CPU second", Self.number(webhookEventsPerCPUSecond, decimals: 0),
                "≥ 3000 on one core" + (webhookEventsPerCPUSecond.map { $0 < 3_000 } ?? false ? "  (missed)" : "")),
        ].joined(separator: "\n")
    }

    /// A JSON number with `decimals` places (`null` for nil or a non-finite value).
    static func number(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return "null" }
        return decimals == 0 ? String(Int(value.rounded())) : String(format: "%.\(decimals)f", value)
    }
}
