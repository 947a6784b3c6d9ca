/// Character classes of the Thai script (U+0E00–U+0E7F) that the normaliser and matchers need.
public enum ThaiScript {
    /// A Thai consonant, ก (U+0E01) to ฮ (U+0E2E).
    @inlinable public static func isConsonant(_ v: UInt32) -> Bool { v >= 0x0E01 && v <= 0x0E2E }

    /// A leading vowel written before its consonant: เ แ โ ใ ไ.
    @inlinable public static func isLeadingVowel(_ v: UInt32) -> Bool { v >= 0x0E40 && v <= 0x0E44 }

    /// A vowel written after its consonant on the line: ะ า ำ (and ๅ).
    @inlinable public static func isFollowingVowel(_ v: UInt32) -> Bool {
        v == 0x0E30 || v == 0x0E32 || v == 0x0E33 || v == 0x0E45
    }

    /// An above or below vowel: ั ิ ี ึ ื ุ ู ฺ.
    @inlinable public static func isAboveBelowVowel(_ v: UInt32) -> Bool {
        v == 0x0E31 || (v >= 0x0E34 && v <= 0x0E3A)
    }

    /// A tone mark or other mark written above: ็ ่ ้ ๊ ๋ ์ ํ ๎.
    @inlinable public static func isToneOrSign(_ v: UInt32) -> Bool { v >= 0x0E47 && v <= 0x0E4E }

    /// A tone mark proper: ่ ้ ๊ ๋.
    @inlinable public static func isToneMark(_ v: UInt32) -> Bool { v >= 0x0E48 && v <= 0x0E4B }

    /// Any mark that attaches to the consonant before it (above/below vowels, tones, signs).
    @inlinable public static func isCombining(_ v: UInt32) -> Bool { isAboveBelowVowel(v) || isToneOrSign(v) }

    /// A Thai digit ๐–๙.
    @inlinable public static func isDigit(_ v: UInt32) -> Bool { v >= 0x0E50 && v <= 0x0E59 }

    /// Any letter, vowel or mark of the Thai block that is part of a word (not digits, ฯ or ๆ).
    @inlinable public static func isWordCharacter(_ v: UInt32) -> Bool {
        (v >= 0x0E01 && v <= 0x0E3A) || (v >= 0x0E40 && v <= 0x0E4E)
    }
}
