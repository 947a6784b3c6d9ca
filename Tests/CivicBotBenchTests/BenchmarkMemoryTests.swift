import CivicBotBench
import Testing

@Suite struct BenchmarkMemoryTests {
    static let status = """
        Name:\tcivicbot
        VmPeak:\t  412345 kB
        VmSize:\t  401234 kB
        VmHWM:\t   23456 kB
        VmRSS:\t   21000 kB
        RssAnon:\t    4668 kB
        Threads:\t3
        """

    @Test("VmRSS and VmHWM are read out of /proc/<pid>/status")
    func parse() {
        #expect(MemoryUsage.parse(status: Self.status) == MemoryUsage(residentKB: 21_000, peakKB: 23_456, anonymousKB: 4_668))
        #expect(MemoryUsage.parse(status: "VmHWM:\t 20 kB\nVmRSS:\t 10 kB\n") == MemoryUsage(residentKB: 10, peakKB: 20))
        #expect(MemoryUsage.parse(status: "Name:\tx\nVmRSS:\t 10 kB\n") == nil)
        #expect(MemoryUsage.parse(status: "") == nil)
    }

    @Test("growth: more than 2 MiB and more than 5 % after warm-up")
    func growing() {
        #expect(!MemoryUsage.isGrowing(afterWarmUpKB: 40_000, atEndKB: 40_000))
        #expect(!MemoryUsage.isGrowing(afterWarmUpKB: 40_000, atEndKB: 38_000))
        #expect(!MemoryUsage.isGrowing(afterWarmUpKB: 40_000, atEndKB: 42_000))  // under 2 MiB
        #expect(MemoryUsage.isGrowing(afterWarmUpKB: 40_000, atEndKB: 43_000))   // 3,000 kB: over 2 MiB and 5 %
        #expect(!MemoryUsage.isGrowing(afterWarmUpKB: 100_000, atEndKB: 103_000)) // over 2 MiB, under 5 %
        #expect(MemoryUsage.isGrowing(afterWarmUpKB: 100_000, atEndKB: 106_000))
    }

    @Test("a reading describes itself for the progress lines")
    func description() {
        #expect(MemoryUsage(residentKB: 10, peakKB: 20, anonymousKB: 5).description == "RSS 10 kB (anonymous 5 kB), peak 20 kB")
        #expect(MemoryUsage(residentKB: 10, peakKB: 20).description == "RSS 10 kB, peak 20 kB")
    }

    @Test("megabytes are MiB")
    func megabytes() {
        #expect(MemoryUsage.megabytes(1_024) == 1)
        #expect(MemoryUsage.megabytes(30_720) == 30)
    }

    #if os(Linux)
    @Test("this process's own figures are readable on Linux")
    func current() throws {
        let usage = try #require(MemoryUsage.current())
        #expect(usage.residentKB > 0)
        #expect(usage.peakKB >= usage.residentKB)
    }
    #endif
}
