/// Makes arbitrary text safe inside a `parse_mode: HTML` message.
public enum HTMLEscaper {
    /// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, in one pass so nothing is escaped twice.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
