import ArgumentParser
import CivicBotBench
import CivicBotCore
import CivicBotService
import CivicBotStore
import Foundation

/// `civicbot bench`: the performance figures of DESIGN.md (understand, pipeline, cold start,
/// memory, serve), as a table or, with `--json`, as one JSON object on the last line of stdout.
/// Run it on a release build; progress goes to stderr.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure the bot's speed and memory.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Print the figures as one JSON object (the last line of stdout).")
    var json = false

    @Option(name: .long, help: "Messages per timed phase, cycling the corpus.")
    var messages: Int = 100_000

    @Option(name: .long, help: "Corpus file, one message a line (default: Intents/ examples, variants, and ../shared/corpora chatter).")
    var corpus: String?

    @Option(name: .long, help: "Also write the corpus used, one message a line (for scripts/compare_pythainlp.py).")
    var writeCorpus: String?

    func validate() throws {
        guard messages > 0 else { throw ValidationError("--messages must be positive") }
    }

    func run() async throws {
        let logger = LogSetup.make(label: "civicbot.bench", level: options.logLevel)
        let folder = Paths.intents(options.intents)
        var clock = MonotonicClock.now()
        func lap() -> Double {
            let now = MonotonicClock.now()
            defer { clock = now }
            return Double(now - clock) / 1e6
        }
        let catalogue: IntentCatalogue
        do { catalogue = try IntentCatalogue.load(from: folder) } catch { throw Failure("Intents (\(folder.path)): \(error)") }
        let loadMillis = lap()
        let matcher = IntentMatcher(catalogue: catalogue)
        let matcherMillis = lap()
        let corpus = try loadCorpus(catalogue: catalogue, intents: folder)
        progress("corpus: \(corpus.messages.count) messages (\(corpus.origin))")
        if let writeCorpus {
            try corpus.fileText.write(toFile: writeCorpus, atomically: true, encoding: .utf8)
            progress("corpus written to \(writeCorpus)")
        }

        // A file database (WAL), as in production; a fresh temporary one unless --db names one.
        var temporary: URL?
        let databasePath: String
        if let db = options.db {
            databasePath = db
        } else {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-bench-\(UUID().uuidString)")
            temporary = dir
            databasePath = dir.appendingPathComponent("bench.sqlite").path
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        _ = lap()
        let store: AppDatabase
        do { store = try AppDatabase.open(path: databasePath, lexicon: catalogue.lexicon) } catch { throw Failure("database \(databasePath): \(error)") }
        let openMillis = lap()
        progress(String(format: "start-up in this process: Intents/ %.1f ms, matcher %.1f ms, database %@ %.1f ms",
                        loadMillis, matcherMillis, temporary == nil ? "open" : "create and seed", openMillis))
        let bot = try Bot(matcher: matcher, store: store, logger: logger)
        let bench = Benchmark(bot: bot, corpus: corpus.messages, progress: progress)
        if let start = MemoryUsage.current() { progress("memory with the bot loaded: \(start.description)") }

        let understand = bench.understand(messages: messages)
        let pipeline = bench.pipeline(messages: messages)
        let growing: Bool
        if let warm = pipeline.afterWarmUp, let end = pipeline.atEnd {
            growing = MemoryUsage.isGrowing(afterWarmUpKB: warm.residentKB, atEndKB: end.residentKB)
            progress("memory after warm-up: \(warm.description)")
            progress("memory at the end: \(end.description)\(growing ? " (growing)" : "")")
        } else {
            growing = false
            progress("memory: /proc/self/status is not readable here; rss_mb is null")
        }
        let inRuns = bench.pipelineInRuns(messages: messages, run: REPL.maxRun)
        progress(String(format: "pipeline in runs of %d (repl --jsonl on piped input, one transaction a run): %.0f msgs/s", REPL.maxRun, inRuns))
        let parts = bench.pipelineBreakdown()
        progress(String(format: "pipeline breakdown: reply %.1f µs, log row %.1f µs, log write %.1f µs a message", parts.reply, parts.record, parts.log))

        var coldStart: Double?
        do {
            coldStart = try BenchmarkColdStart.measure(
                executable: BenchmarkColdStart.currentExecutable(),
                arguments: ["repl", "--jsonl", "--db", databasePath, "--intents", folder.path],
                line: "เชียงใหม่มีวิทยากรกี่คน")
            progress(String(format: "cold start: %.1f ms (median of 5 spawns of repl --jsonl, to the first answer)", coldStart ?? 0))
        } catch {
            progress("cold start: not measured: \(error)")
        }

        let rss = pipeline.atEnd.map { MemoryUsage.megabytes($0.peakKB) }
        var serve: Double?
        do {
            serve = try await ServeBench.run(corpus: corpus.messages, matcher: matcher, lexicon: catalogue.lexicon,
                                             updates: min(messages, 5_000), progress: progress).updatesPerSecond
        } catch {
            progress("serve: not measured: \(error)")
        }
        var webhook: WebhookBench.Result?
        var batched: WebhookBench.Result?
        do {
            webhook = try await WebhookBench.run(corpus: corpus.messages, matcher: matcher, lexicon: catalogue.lexicon,
                                                 events: min(messages, 5_000), progress: progress)
            batched = try await WebhookBench.run(corpus: corpus.messages, matcher: matcher, lexicon: catalogue.lexicon,
                                                 events: min(messages, 5_000), eventsPerRequest: 10, progress: progress)
        } catch {
            progress("webhook: not measured: \(error)")
        }
        var serveProcess: WebhookServeBench.Result?
        do {
            serveProcess = try await WebhookServeBench.run(executable: BenchmarkColdStart.currentExecutable(), intents: folder.path,
                                                           corpus: corpus.messages, matcher: matcher, lexicon: catalogue.lexicon,
                                                           events: min(messages, 5_000), progress: progress)
        } catch {
            progress("webhook (serve process): not measured: \(error)")
        }
        let report = BenchmarkReport(
            understand: understand, pipeline: pipeline.latency, coldStartMillis: coldStart,
            rssMB: rss, rssGrowing: growing, serveUpdatesPerSecond: serve,
            webhookEventsPerSecond: webhook?.eventsPerSecond, webhookP99Millis: webhook?.p99Millis,
            webhookBatchedEventsPerSecond: batched?.eventsPerSecond, webhookServeEventsPerSecond: serveProcess?.eventsPerSecond,
            webhookEventsPerCPUSecond: serveProcess?.eventsPerCPUSecond)
        print(json ? report.jsonLine : report.table)
    }

    func loadCorpus(catalogue: IntentCatalogue, intents: URL) throws -> BenchmarkCorpus {
        if let corpus {
            let loaded: BenchmarkCorpus
            do { loaded = try BenchmarkCorpus.read(file: URL(fileURLWithPath: corpus)) } catch { throw Failure("corpus \(corpus): \(error)") }
            guard !loaded.messages.isEmpty else { throw Failure("corpus \(corpus) has no messages") }
            return loaded
        }
        let chatterFile = BenchmarkCorpus.chatterFile(besideIntents: intents)
        var chatter: [String] = []
        if let text = try? String(contentsOf: chatterFile, encoding: .utf8) {
            chatter = BenchmarkCorpus.lines(of: text)
        } else {
            progress("note: no group chatter at \(chatterFile.path); the corpus holds the Intents/ examples and their variants only")
        }
        return BenchmarkCorpus.build(catalogue: catalogue, chatter: chatter)
    }

    func progress(_ line: String) {
        Console.err("bench: " + line + "\n")
    }
}
