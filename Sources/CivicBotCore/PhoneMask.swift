/// Hides Thai phone numbers in text the bot keeps (the interaction log's copy of a reply, of an
/// admin's form): every digit of each number `ThaiPhone` accepts becomes `x`, separators stay
/// (`081-234-5678` → `xxx-xxx-xxxx`). Pure; text without nine
/// digits in it is returned as it is, at the cost of one pass over its bytes.
public enum PhoneMask {
    /// `text` with every Thai phone number in it masked.
    public static func mask(_ text: String) -> String {
        var digits = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { digits += 1 }
        // Thai digits (๐-๙) are counted only when the Arabic ones are too few.
        if digits < 9 {
            for scalar in text.unicodeScalars where (0x0E50...0x0E59).contains(scalar.value) { digits += 1 }
            if digits < 9 { return text }
        }
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) || scalars[i] == "+" else { i += 1; continue }
            var j = i
            while j < scalars.count, isDigit(scalars[j]) || isSeparator(scalars[j]) { j += 1 }
            var end = j
            while end > i, !isDigit(scalars[end - 1]) { end -= 1 }
            let run = String(String.UnicodeScalarView(scalars[i..<end]))
            if run.unicodeScalars.filter(isDigit).count >= 9, (try? ThaiPhone.parse(run)) != nil {
                for k in i..<end where isDigit(scalars[k]) { scalars[k] = "x" }
            }
            i = max(j, i + 1)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x0E50...0x0E59).contains(s.value)
    }

    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "-" || s == "." || s == "(" || s == ")" || s == "+" || s == "\u{A0}"
    }
}
