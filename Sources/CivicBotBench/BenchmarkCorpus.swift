import CivicBotCore
import CivicBotService
import Foundation

/// The messages `civicbot bench` feeds the bot: every example and counter-example in Intents/,
/// variants of them as people type them (polite particles, Thai digits, zero-width characters, a
/// typo), and real group chatter from `../shared/corpora/wisesight-q.txt`. One message a line when
/// written out, so another tool (scripts/compare_pythainlp.py) can run the very same text.
public struct BenchmarkCorpus: Sendable, Equatable {
    /// The messages, in a fixed order (the same catalogue always gives the same corpus).
    public let messages: [String]
    /// Where the messages came from, for the progress line ("482 examples, 2410 variants, …").
    public let origin: String

    /// Makes a corpus from messages already at hand.
    public init(messages: [String], origin: String) {
        self.messages = messages
        self.origin = origin
    }

    /// Polite particles appended to make variants: people end most questions with one.
    public static let particles = ["ค่ะ", "ครับ", "จ้า", "นะคะ"]

    /// The group chatter beside an Intents/ folder: `<checkout>/../shared/corpora/wisesight-q.txt`.
    public static func chatterFile(besideIntents intents: URL) -> URL {
        intents.standardizedFileURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpora/wisesight-q.txt")
    }

    /// Builds the corpus from the catalogue's examples and `chatter` lines (empty when the file is missing).
    public static func build(catalogue: IntentCatalogue, chatter: [String]) -> BenchmarkCorpus {
        let examples = ExampleRunner.cases(catalogue).map { oneLine($0.text) }.filter { !$0.isEmpty }
        var variants: [String] = []
        for (n, text) in examples.enumerated() {
            variants += particles.map { text + $0 }
            if let thai = withThaiDigits(text) { variants.append(thai) }
            variants.append(withZeroWidth(text, seed: n))
            if let typo = withTypo(text, seed: n) { variants.append(typo) }
        }
        let chat = chatter.map(oneLine).filter { !$0.isEmpty }
        let origin = "\(examples.count) examples and counter-examples, \(variants.count) variants, \(chat.count) chatter lines"
        return BenchmarkCorpus(messages: examples + variants + chat, origin: origin)
    }

    /// Reads a corpus file: one message a line, blank lines skipped.
    public static func read(file: URL) throws -> BenchmarkCorpus {
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = lines(of: text)
        return BenchmarkCorpus(messages: lines, origin: "\(lines.count) lines of \(file.path)")
    }

    /// Non-empty lines of a text file, trailing carriage returns dropped.
    public static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The corpus as a file body: one message a line.
    public var fileText: String { messages.joined(separator: "\n") + "\n" }

    // MARK: - Variants

    /// The message on one line (a multi-line example would break the one-message-a-line file).
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Arabic digits written as Thai digits (๐–๙); nil when the message has no digit.
    static func withThaiDigits(_ s: String) -> String? {
        guard s.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        var view = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0x30 && u.value <= 0x39, let thai = Unicode.Scalar(u.value - 0x30 + 0x0E50) {
                view.append(thai)
            } else {
                view.append(u)
            }
        }
        return String(view)
    }

    /// A zero-width space (and, every other message, a zero-width joiner) inside the message, as
    /// copied text from the web carries them.
    static func withZeroWidth(_ s: String, seed: Int) -> String {
        var scalars = Array(s.unicodeScalars)
        let at = scalars.count / 2
        scalars.insert("\u{200B}", at: at)
        if seed % 2 == 0 { scalars.insert("\u{200D}", at: min(scalars.count, at / 2 + 1)) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// One typo: two neighbouring Thai consonants swapped, or (when there are none) one letter
    /// doubled; nil for messages too short to hold a typo.
    static func withTypo(_ s: String, seed: Int) -> String? {
        var scalars = Array(s.unicodeScalars)
        guard scalars.count >= 4 else { return nil }
        let pairs = (0..<(scalars.count - 1)).filter {
            ThaiScript.isConsonant(scalars[$0].value) && ThaiScript.isConsonant(scalars[$0 + 1].value) && scalars[$0] != scalars[$0 + 1]
        }
        if !pairs.isEmpty {
            let i = pairs[seed % pairs.count]
            scalars.swapAt(i, i + 1)
        } else {
            let i = seed % scalars.count
            scalars.insert(scalars[i], at: i)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
