/// A registered trainer's id as people see it: `T-0007` (zero-padded to four digits).
public struct TrainerID: Sendable, Hashable, CustomStringConvertible {
    /// The row id in the store.
    public let value: Int64

    /// Wraps a row id.
    public init(_ value: Int64) { self.value = value }

    /// `T-0007`.
    public var description: String {
        let digits = String(value)
        return "T-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Every id written in `text`, in order, each once: `T-0007`, `t7`, `T 12`, `T–๐๐๐๗`.
    public static func all(in text: String) -> [TrainerID] {
        let s = Array(ThaiNormalizer.normalize(text).text.unicodeScalars.map(\.value))
        var ids: [TrainerID] = []
        var i = 0
        while i < s.count {
            defer { i += 1 }
            guard s[i] == 0x74, i == 0 || !RegistrationForm.isASCIIAlphanumeric(s[i - 1]) else { continue }  // t
            var j = i + 1
            while j < s.count, s[j] == 0x20 || s[j] == 0x2D || s[j] == 0x2013 || s[j] == 0x2E || s[j] == 0x23 { j += 1 }
            var value: Int64 = 0
            var count = 0
            while j < s.count, s[j] >= 0x30 && s[j] <= 0x39, count < 12 {
                value = value * 10 + Int64(s[j] - 0x30)
                count += 1
                j += 1
            }
            guard count > 0, value > 0, j == s.count || !RegistrationForm.isASCIIAlphanumeric(s[j]) else { continue }
            let id = TrainerID(value)
            if !ids.contains(id) { ids.append(id) }
            i = j - 1
        }
        return ids
    }
}
