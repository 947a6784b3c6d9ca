/// A Thai telephone number, validated and kept in one form: national digits only, leading 0
/// (`0812345678`, `021234567`, `053123456`). Pure: no lookups, no network.
///
/// Accepted as typed: Thai or Arabic digits, spaces, dashes, dots, brackets, and the
/// international forms `+66 81 234 5678`, `(+66) 2 123 4567`, `66812345678`, `0066…`.
public struct ThaiPhone: Sendable, Equatable, CustomStringConvertible {
    /// Why a text is not a Thai number.
    public enum Problem: Error, Sendable, Equatable {
        /// Nothing but separators.
        case empty
        /// A character that is neither a digit nor a separator (letters, emoji, `#`).
        case invalidCharacters
        /// An extension (`ext 123`, `# 123`, or a marker the caller names) was given; the register keeps the line only.
        case hasExtension
        /// Digits of the wrong count for the prefix (the count found).
        case wrongLength(Int)
        /// A prefix no Thai number has (`01…`, `1…`).
        case unknownPrefix
    }

    /// What kind of line the number is.
    public enum Kind: String, Sendable, Equatable {
        /// 06, 08, 09 + 8 digits.
        case mobile
        /// 02 + 7 digits (Bangkok) or 03/04/05/07 + 7 digits (the provinces' 0XX + 6).
        case landline
    }

    /// The stored form: ten digits for a mobile, nine for a landline, leading 0.
    public let digits: String
    /// Mobile or landline.
    public let kind: Kind

    /// The stored form.
    public var description: String { digits }

    /// The number grouped for reading and for spreadsheets (which keep dashed numbers as text):
    /// `081-234-5678`, `02-123-4567`, `053-123-456`.
    public var display: String {
        let d = Array(digits)
        func part(_ r: Range<Int>) -> String { String(d[r]) }
        switch kind {
        case .mobile: return part(0..<3) + "-" + part(3..<6) + "-" + part(6..<10)
        case .landline where digits.hasPrefix("02"): return part(0..<2) + "-" + part(2..<5) + "-" + part(5..<9)
        case .landline: return part(0..<3) + "-" + part(3..<6) + "-" + part(6..<9)
        }
    }

    /// Parses a number as people type it. `extensionMarkers` are the words that introduce an
    /// extension (the registration form lists the Thai ones in Intents/).
    public static func parse(_ text: String, extensionMarkers: [String] = ["ext", "#"]) throws(Problem) -> ThaiPhone {
        let lowered = text.lowercased()
        if extensionMarkers.contains(where: { !$0.isEmpty && lowered.contains($0.lowercased()) }) {
            throw .hasExtension
        }
        var digits: [UInt32] = []
        var plus = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39: digits.append(v - 0x30)
            case 0x0E50...0x0E59: digits.append(v - 0x0E50)
            case 0x2B where digits.isEmpty && !plus: plus = true
            case 0x20, 0x09, 0x2D, 0x2E, 0x28, 0x29, 0x2F, 0xA0, 0x2010...0x2015, 0x2212, 0x200B...0x200D, 0xFEFF: continue
            default: throw .invalidCharacters
            }
        }
        guard !digits.isEmpty else { throw .empty }
        // International forms: +66 / 0066 / 66 followed by the national number without its 0.
        if plus {
            guard digits.starts(with: [6, 6]) else { throw .unknownPrefix }
            digits = [0] + digits.dropFirst(2).drop { $0 == 0 }
        } else if digits.starts(with: [0, 0, 6, 6]) {
            digits = [0] + digits.dropFirst(4).drop { $0 == 0 }
        } else if digits.starts(with: [6, 6]), digits.count == 10 || digits.count == 11 {
            digits = [0] + digits.dropFirst(2)
        }
        guard digits.first == 0, digits.count >= 2 else { throw digits.count < 2 ? .wrongLength(digits.count) : .unknownPrefix }
        let kind: Kind
        let expected: Int
        switch digits[1] {
        case 6, 8, 9: kind = .mobile; expected = 10
        case 2, 3, 4, 5, 7: kind = .landline; expected = 9
        default: throw .unknownPrefix
        }
        guard digits.count == expected else { throw .wrongLength(digits.count) }
        return ThaiPhone(digits: digits.map(String.init).joined(), kind: kind)
    }

    private init(digits: String, kind: Kind) {
        self.digits = digits
        self.kind = kind
    }
}
