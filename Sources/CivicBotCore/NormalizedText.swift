import Synchronization

/// A message after normalisation: the forms the matchers work on, computed once at the edge.
public struct NormalizedText: Sendable, Equatable {
    /// Cleaned text: zero-width and control characters gone, Thai spelling repaired, Thai digits
    /// made Arabic, Latin lower-cased, white space collapsed; punctuation and spaces kept.
    public let text: String
    /// `text` without spaces or punctuation: the form Thai phrases are found in (Thai is written
    /// without spaces between words, so phrases are never found by splitting on spaces).
    /// Made when asked for: the matchers work on `compactScalars`.
    public var compact: String { Self.string(compactScalars) }
    /// Unicode scalar values of `text`.
    public let textScalars: [UInt32]
    /// Unicode scalar values of `compact`.
    public let compactScalars: [UInt32]
    /// The phrase hits already found in this text, by index (`PhraseIndex.hits(in:)`): the
    /// matcher's helpers ask the same index about the same message several times.
    let found = FoundHits()

    /// Makes the forms from an already normalised `text`.
    public init(text: String) {
        self.text = text
        self.textScalars = text.unicodeScalars.map(\.value)
        self.compactScalars = textScalars.filter { !ThaiNormalizer.isSeparator($0) }
    }

    /// Texts are equal when their scalars are; what was found in them is not part of the value.
    public static func == (lhs: NormalizedText, rhs: NormalizedText) -> Bool {
        lhs.textScalars == rhs.textScalars
    }

    /// Makes the forms from the normaliser's scalars, without decoding the text again.
    init(cleanedScalars scalars: [UInt32]) {
        self.text = Self.string(scalars)
        self.textScalars = scalars
        self.compactScalars = scalars.filter { !ThaiNormalizer.isSeparator($0) }
    }

    /// The string of scalar values, encoded straight to UTF-8 (values that are not scalars are skipped).
    static func string(_ scalars: [UInt32]) -> String {
        guard !scalars.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for v in scalars {
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    guard v < 0xD800 || v > 0xDFFF else { continue }  // surrogates are not scalars
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else if v <= 0x10FFFF {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    /// True when nothing but separators is left.
    public var isEmpty: Bool { compactScalars.isEmpty }
}

/// Phrase hits found in one text, keyed by the index that found them (its `PhraseIndex.id`, and
/// whether overlaps were resolved). Copies of a text share it; a lock keeps it safe when a copy
/// is read on another thread.
/// A short list searched in order, not a dictionary: a message is asked about a few dozen
/// indexes, and hashing each key cost more than the search.
final class FoundHits: Sendable {
    private let found = Mutex<[(key: Int, hits: [PhraseHit])]>([])

    /// The hits stored under `key`, or those `find` returns, stored for the next ask.
    func hits(_ key: Int, _ find: () -> [PhraseHit]) -> [PhraseHit] {
        if let known = found.withLock({ list in list.first { $0.key == key }?.hits }) { return known }
        let new = find()
        found.withLock { list in
            if list.isEmpty { list.reserveCapacity(32) }
            list.append((key, new))
        }
        return new
    }
}
