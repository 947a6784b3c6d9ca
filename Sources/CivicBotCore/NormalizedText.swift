/// A message after normalisation: the forms the matchers work on, computed once at the edge.
public struct NormalizedText: Sendable, Equatable {
    /// Cleaned text: zero-width and control characters gone, Thai spelling repaired, Thai digits
    /// made Arabic, Latin lower-cased, white space collapsed; punctuation and spaces kept.
    public let text: String
    /// `text` without spaces or punctuation: the form Thai phrases are found in (Thai is written
    /// without spaces between words, so phrases are never found by splitting on spaces).
    public let compact: String
    /// Unicode scalar values of `text`.
    public let textScalars: [UInt32]
    /// Unicode scalar values of `compact`.
    public let compactScalars: [UInt32]

    /// Makes the forms from an already normalised `text`.
    public init(text: String) {
        self.text = text
        self.textScalars = text.unicodeScalars.map(\.value)
        let compactScalars = textScalars.filter { !ThaiNormalizer.isSeparator($0) }
        self.compactScalars = compactScalars
        var compact = String.UnicodeScalarView()
        compact.append(contentsOf: compactScalars.compactMap(Unicode.Scalar.init))
        self.compact = String(compact)
    }

    /// True when nothing but separators is left.
    public var isEmpty: Bool { compactScalars.isEmpty }
}
