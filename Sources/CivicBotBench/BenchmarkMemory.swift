import Foundation

/// Resident memory of this process, from `/proc/self/status` (Linux): VmRSS now, VmHWM the peak.
public struct MemoryUsage: Sendable, Equatable, CustomStringConvertible {
    /// Resident set size now, kilobytes (VmRSS).
    public let residentKB: Int
    /// Peak resident set size since start, kilobytes (VmHWM).
    public let peakKB: Int
    /// The anonymous part of `residentKB` (RssAnon): heap and stacks, what the process itself
    /// allocated. The rest is pages of the binary and shared libraries, shared with other processes.
    public let anonymousKB: Int?

    /// Makes a reading.
    public init(residentKB: Int, peakKB: Int, anonymousKB: Int? = nil) {
        self.residentKB = residentKB
        self.peakKB = peakKB
        self.anonymousKB = anonymousKB
    }

    /// `RSS 39224 kB (anonymous 5120 kB), peak 39292 kB`.
    public var description: String {
        "RSS \(residentKB) kB" + (anonymousKB.map { " (anonymous \($0) kB)" } ?? "") + ", peak \(peakKB) kB"
    }

    /// Reads this process's figures; nil where `/proc` is not available.
    public static func current() -> MemoryUsage? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return parse(status: text)
    }

    /// Reads VmRSS, VmHWM and RssAnon (`VmHWM:     23456 kB`) out of a `/proc/<pid>/status` text.
    public static func parse(status: String) -> MemoryUsage? {
        var rss: Int?
        var hwm: Int?
        var anon: Int?
        for line in status.split(separator: "\n") {
            if line.hasPrefix("VmRSS:") { rss = kilobytes(line) }
            if line.hasPrefix("VmHWM:") { hwm = kilobytes(line) }
            if line.hasPrefix("RssAnon:") { anon = kilobytes(line) }
        }
        guard let rss, let hwm else { return nil }
        return MemoryUsage(residentKB: rss, peakKB: hwm, anonymousKB: anon)
    }

    private static func kilobytes(_ line: Substring) -> Int? {
        line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
    }

    /// Megabytes (MiB) of a kilobyte figure.
    public static func megabytes(_ kb: Int) -> Double { Double(kb) / 1024 }

    /// Whether memory still grows after warm-up: the resident size at the end exceeds the one
    /// after warm-up by more than 2 MiB AND by more than 5 %. Both, so that neither the allocator's
    /// slack on a small heap nor a few pages of SQLite cache count as growth, while a leak of
    /// 20+ bytes a message (2 MiB over 100,000 messages) does.
    public static func isGrowing(afterWarmUpKB: Int, atEndKB: Int) -> Bool {
        let rise = atEndKB - afterWarmUpKB
        return rise > 2 * 1024 && Double(rise) > 0.05 * Double(afterWarmUpKB)
    }
}
