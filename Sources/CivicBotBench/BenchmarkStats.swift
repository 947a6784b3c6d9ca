#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Throughput and latency of one benchmark phase, from per-message timings.
public struct LatencySummary: Sendable, Equatable {
    /// Messages handled per second of wall time (the timed loop, clock reads included).
    public let messagesPerSecond: Double
    /// Median time per message, microseconds.
    public let p50Micros: Double
    /// 99th percentile time per message, microseconds.
    public let p99Micros: Double

    /// Makes a summary from its figures.
    public init(messagesPerSecond: Double, p50Micros: Double, p99Micros: Double) {
        self.messagesPerSecond = messagesPerSecond
        self.p50Micros = p50Micros
        self.p99Micros = p99Micros
    }

    /// Summarises per-message durations in nanoseconds, over `totalNanos` of wall time.
    public init(samples: [UInt64], totalNanos: UInt64) {
        let sorted = samples.sorted()
        self.messagesPerSecond = totalNanos == 0 ? 0 : Double(samples.count) * 1e9 / Double(totalNanos)
        self.p50Micros = Double(Self.percentile(sorted, 0.50)) / 1_000
        self.p99Micros = Double(Self.percentile(sorted, 0.99)) / 1_000
    }

    /// Nearest-rank percentile of sorted values: the smallest value with at least `q` of the
    /// values at or below it (q in 0...1); 0 for no values.
    public static func percentile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// A monotonic clock in nanoseconds (CLOCK_MONOTONIC), cheap enough to read around every message.
public enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point.
    @inline(__always)
    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
