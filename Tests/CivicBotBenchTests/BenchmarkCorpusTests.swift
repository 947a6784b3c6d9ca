import CivicBotBench
import CivicBotCore
import CivicBotService
import CivicBotTestSupport
import Foundation
import Testing

@Suite struct BenchmarkCorpusTests {
    static let chatter: [String] = {
        let file = BenchmarkCorpus.chatterFile(besideIntents: Fixtures.intents)
        return (try? String(contentsOf: file, encoding: .utf8)).map(BenchmarkCorpus.lines(of:)) ?? []
    }()
    static let corpus = BenchmarkCorpus.build(catalogue: Fixtures.catalogue, chatter: chatter)

    @Test("the chatter file is found beside the Intents folder, in ../shared/corpora")
    func chatterFile() {
        let file = BenchmarkCorpus.chatterFile(besideIntents: Fixtures.intents)
        #expect(file.standardizedFileURL.path == Fixtures.corpora.appendingPathComponent("wisesight-q.txt").standardizedFileURL.path)
        #expect(Self.chatter.count > 500)
    }

    @Test("at least 1,000 messages: every example and counter-example, then variants, then the chatter")
    func size() {
        let examples = ExampleRunner.cases(Fixtures.catalogue).map(\.text)
        #expect(Self.corpus.messages.count >= 1_000)
        #expect(Array(Self.corpus.messages.prefix(examples.count)) == examples)
        #expect(Array(Self.corpus.messages.suffix(Self.chatter.count)) == Self.chatter)
    }

    @Test("variants: polite particles, Thai digits, zero-width characters")
    func variants() {
        let messages = Set(Self.corpus.messages)
        let first = ExampleRunner.cases(Fixtures.catalogue)[0].text
        for particle in BenchmarkCorpus.particles { #expect(messages.contains(first + particle)) }
        #expect(Self.corpus.messages.contains { $0.unicodeScalars.contains { ThaiScript.isDigit($0.value) } })
        #expect(Self.corpus.messages.contains { $0.unicodeScalars.contains("\u{200B}") })
    }

    @Test("every example has a zero-width variant, and the normaliser removes the zero-width characters")
    func zeroWidthVariant() {
        let examples = ExampleRunner.cases(Fixtures.catalogue).map(\.text)
        let variants = Self.corpus.messages[examples.count..<(Self.corpus.messages.count - Self.chatter.count)]
        let zeroWidth = variants.filter { $0.unicodeScalars.contains("\u{200B}") }
        #expect(zeroWidth.count >= examples.count)
        let kept = zeroWidth.filter { ThaiNormalizer.normalize($0).textScalars.contains { $0 == 0x200B || $0 == 0x200D } }
        #expect(kept.isEmpty, "\(kept)")
    }

    @Test("without the chatter file the corpus still holds the examples and their variants")
    func noChatter() {
        let corpus = BenchmarkCorpus.build(catalogue: Fixtures.catalogue, chatter: [])
        #expect(corpus.messages.count == Self.corpus.messages.count - Self.chatter.count)
        #expect(corpus.messages.count >= 1_000)
    }

    @Test("the same catalogue gives the same corpus, one message a line")
    func deterministic() {
        #expect(BenchmarkCorpus.build(catalogue: Fixtures.catalogue, chatter: Self.chatter) == Self.corpus)
        #expect(!Self.corpus.messages.contains { $0.contains("\n") || $0.contains("\r") || $0.isEmpty })
    }

    @Test("a written corpus reads back as the same messages")
    func roundTrip() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("corpus.txt")
        try Self.corpus.fileText.write(to: file, atomically: true, encoding: .utf8)
        #expect(try BenchmarkCorpus.read(file: file).messages == Self.corpus.messages)
    }

    @Test("a corpus file: one message a line, blank lines and carriage returns dropped")
    func lines() {
        #expect(BenchmarkCorpus.lines(of: "เชียงใหม่\r\n\n  \nน่าน\n") == ["เชียงใหม่", "น่าน"])
        #expect(BenchmarkCorpus.lines(of: "").isEmpty)
    }
}
