/// Fills `{name}` placeholders of a Thai reply template from Intents/.
public enum Template {
    /// `template` with every `{name}` replaced by `values[name]`; unknown names are left as written
    /// (`civicbot check` reports them before they can reach a chat).
    public static func render(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count)
        var rest = template[...]
        while let open = firstBrace("{", in: rest) {
            out += rest[..<open]
            guard let close = firstBrace("}", in: rest[open...]) else {
                out += rest[open...]
                return out
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The first `brace` that is a character of its own in `s`: the same index as
    /// `s.firstIndex(of: Character(brace))`, found by scanning scalars instead of breaking all of
    /// the Thai text into grapheme clusters. A brace a combining mark clings to is passed over, as
    /// the character search passes it over.
    static func firstBrace(_ brace: Unicode.Scalar, in s: Substring) -> String.Index? {
        let scalars = s.unicodeScalars
        var from = scalars.startIndex
        while let at = scalars[from...].firstIndex(of: brace) {
            let after = scalars.index(after: at)
            if String.Index(at, within: s) != nil, after == scalars.endIndex || String.Index(after, within: s) != nil {
                return at
            }
            from = after
        }
        return nil
    }

    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
