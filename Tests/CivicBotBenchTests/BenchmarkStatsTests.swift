import CivicBotBench
import Testing

@Suite struct BenchmarkStatsTests {
    @Test("nearest-rank percentiles of 1…100")
    func percentiles() {
        let values = (1...100).map(UInt64.init)
        #expect(LatencySummary.percentile(values, 0.50) == 50)
        #expect(LatencySummary.percentile(values, 0.99) == 99)
        #expect(LatencySummary.percentile(values, 1.0) == 100)
        #expect(LatencySummary.percentile(values, 0.0) == 1)
    }

    @Test("percentiles of a few values, one value, none")
    func small() {
        #expect(LatencySummary.percentile([10, 20, 30], 0.50) == 20)
        #expect(LatencySummary.percentile([10, 20, 30], 0.99) == 30)
        #expect(LatencySummary.percentile([10, 20, 30, 40], 0.50) == 20)
        #expect(LatencySummary.percentile([7], 0.99) == 7)
        #expect(LatencySummary.percentile([], 0.5) == 0)
    }

    @Test("a summary sorts its samples, reports microseconds, and counts messages a second of wall time")
    func summary() {
        // 1,000 samples: 990 of 2 µs and 10 of 100 µs, shuffled; 4 ms of wall time.
        let samples = (Array(repeating: UInt64(2_000), count: 990) + Array(repeating: UInt64(100_000), count: 10)).shuffled()
        let s = LatencySummary(samples: samples, totalNanos: 4_000_000)
        #expect(s.p50Micros == 2)
        #expect(s.p99Micros == 2)
        #expect(s.messagesPerSecond == 250_000)
        let tail = LatencySummary(samples: samples + [100_000], totalNanos: 4_000_000)
        #expect(tail.p99Micros == 100)
    }

    @Test("no wall time gives no rate, not a division by zero")
    func zeroTime() {
        #expect(LatencySummary(samples: [], totalNanos: 0).messagesPerSecond == 0)
    }

    @Test("the monotonic clock never goes back")
    func clock() {
        var last = MonotonicClock.now()
        for _ in 0..<1_000 {
            let now = MonotonicClock.now()
            #expect(now >= last)
            last = now
        }
    }
}
