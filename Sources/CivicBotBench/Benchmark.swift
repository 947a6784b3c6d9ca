import CivicBotCore
import CivicBotService
import Foundation

/// Runs the phases of `civicbot bench` over a corpus: the pure understanding, the whole pipeline
/// with its store, and the memory it takes. Timing is per message on a monotonic clock, after an
/// untimed warm-up pass; progress goes to `progress` (stderr in the command).
public struct Benchmark {
    /// The bot under test (its store should be a file database, as in production).
    public let bot: Bot
    /// Messages, cycled as often as the phase needs.
    public let corpus: [String]
    /// Receives one line per step.
    public let progress: (String) -> Void

    /// Makes a benchmark; `corpus` must not be empty.
    public init(bot: Bot, corpus: [String], progress: @escaping (String) -> Void = { _ in }) {
        precondition(!corpus.isEmpty, "the benchmark corpus is empty")
        self.bot = bot
        self.corpus = corpus
        self.progress = progress
    }

    /// Normalise + intent + slots, `messages` times, cycling the corpus.
    public func understand(messages: Int) -> LatencySummary {
        let matcher = bot.matcher
        var sink = 0
        for text in corpus { sink &+= matcher.understand(matcher.normalize(text)).slots.count }  // warm-up
        var samples = [UInt64]()
        samples.reserveCapacity(messages)
        // Each corpus text's fastest time: what a text costs, without the machine's interruptions.
        var fastest = [UInt64](repeating: .max, count: corpus.count)
        let start = MonotonicClock.now()
        var i = 0
        for _ in 0..<messages {
            let text = corpus[i]
            let t0 = MonotonicClock.now()
            let u = matcher.understand(matcher.normalize(text))
            let t1 = MonotonicClock.now()
            sink &+= u.slots.count
            samples.append(t1 &- t0)
            fastest[i] = min(fastest[i], t1 &- t0)
            i += 1
            if i == corpus.count { i = 0 }
        }
        let total = MonotonicClock.now() - start
        progress("understand: \(messages) messages in \(total / 1_000_000) ms (checksum \(sink))")
        let slowest = fastest.indices.filter { fastest[$0] != .max }.sorted { fastest[$0] > fastest[$1] }.prefix(5)
        for index in slowest {
            let text = corpus[index]
            progress("understand: slow text, \(fastest[index] / 1_000) µs at best, \(text.unicodeScalars.count) scalars: \(text.prefix(40))")
        }
        return LatencySummary(samples: samples, totalNanos: total)
    }

    /// What the pipeline phase measured: speed, and memory after warm-up and at the end.
    public struct PipelineResult: Sendable {
        /// Throughput and latency of `Bot.handle`.
        public let latency: LatencySummary
        /// Memory after the warm-up pass (nil without `/proc`).
        public let afterWarmUp: MemoryUsage?
        /// Memory after the last message (nil without `/proc`).
        public let atEnd: MemoryUsage?
        /// Messages the bot answered (not silent).
        public let answered: Int
    }

    /// `Bot.handle` (understand, decide, answer from the store, interaction log) `messages` times,
    /// alternating a private chat and a group chat so that group etiquette takes part.
    public func pipeline(messages: Int) -> PipelineResult {
        let privateChat = corpus.map { Message(text: $0, userID: 1_001, chatID: 1_001, chatType: .private) }
        let groupChat = corpus.map { Message(text: $0, userID: 1_002, chatID: -100_200, chatType: .group) }
        let warmUp = min(max(corpus.count * 2, 2_000), max(messages, 1))
        for n in 0..<warmUp { _ = bot.handle((n & 1 == 0 ? privateChat : groupChat)[n % corpus.count]) }
        let afterWarmUp = MemoryUsage.current()
        progress("pipeline: warm-up of \(warmUp) messages done")
        var samples = [UInt64]()
        samples.reserveCapacity(messages)
        var answered = 0
        let start = MonotonicClock.now()
        var i = 0
        for n in 0..<messages {
            let message = (n & 1 == 0 ? privateChat : groupChat)[i]
            i += 1
            if i == corpus.count { i = 0 }
            let t0 = MonotonicClock.now()
            let reply = bot.handle(message)
            let t1 = MonotonicClock.now()
            if reply.text != nil { answered += 1 }
            samples.append(t1 &- t0)
        }
        let total = MonotonicClock.now() - start
        let atEnd = MemoryUsage.current()
        progress("pipeline: \(messages) messages in \(total / 1_000_000) ms, \(answered) answered")
        return PipelineResult(latency: LatencySummary(samples: samples, totalNanos: total),
                              afterWarmUp: afterWarmUp, atEnd: atEnd, answered: answered)
    }

    /// The pipeline as `repl --jsonl` runs piped input: runs of `run` messages, each decided in
    /// order and logged in one transaction (`Bot.handle(batch:)`). Messages per second.
    public func pipelineInRuns(messages: Int, run: Int) -> Double {
        let chats = corpus.enumerated().map { n, text in
            n & 1 == 0 ? Message(text: text, userID: 1_001, chatID: 1_001, chatType: .private)
                : Message(text: text, userID: 1_002, chatID: -100_200, chatType: .group)
        }
        guard !chats.isEmpty, messages > 0 else { return 0 }
        let start = MonotonicClock.now()
        var done = 0
        while done < messages {
            let count = min(run, messages - done)
            let batch = (0..<count).map { chats[(done + $0) % chats.count] }
            _ = bot.handle(batch: batch)
            done += count
        }
        let nanos = MonotonicClock.now() - start
        return Double(messages) / (Double(nanos) / 1e9)
    }

    /// Where pipeline time goes, for the progress lines: mean microseconds a message for deciding
    /// the reply (`Bot.reply`), making the log row, and writing it (`AppDatabase.log`), over one
    /// pass of the corpus (alternating private and group chats, as `pipeline` does).
    public func pipelineBreakdown() -> (reply: Double, record: Double, log: Double) {
        var replyNanos: UInt64 = 0, recordNanos: UInt64 = 0, logNanos: UInt64 = 0
        for (n, text) in corpus.enumerated() {
            let message = n & 1 == 0
                ? Message(text: text, userID: 1_001, chatID: 1_001, chatType: .private)
                : Message(text: text, userID: 1_002, chatID: -100_200, chatType: .group)
            let t0 = MonotonicClock.now()
            let reply = bot.reply(to: message)
            let t1 = MonotonicClock.now()
            let record = bot.interactionRecord(message, reply, micros: Int64((t1 - t0) / 1_000))
            let t2 = MonotonicClock.now()
            try? bot.store.log(record)
            let t3 = MonotonicClock.now()
            replyNanos += t1 - t0
            recordNanos += t2 - t1
            logNanos += t3 - t2
        }
        let n = Double(corpus.count) * 1_000
        return (Double(replyNanos) / n, Double(recordNanos) / n, Double(logNanos) / n)
    }
}
