/// Fills `{name}` placeholders of a Thai reply template from Intents/.
public enum Template {
    /// `template` with every `{name}` replaced by `values[name]`; unknown names are left as written
    /// (`civicbot check` reports them before they can reach a chat).
    public static func render(_ template: String, _ values: [String: String]) -> String {
        CompiledTemplate(template).render(values)
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

/// A reply template split once, when Intents/ is loaded, into literal text and `{name}`
/// placeholders, so that filling it for a reply is concatenation (it runs for every reply, and
/// scanning the Thai text for braces each time was a third of a reply's cost). Filling gives
/// exactly what `Template.render` gives.
public struct CompiledTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        /// A placeholder's name and its text as written (kept when no value is given).
        case name(String, written: String)
    }

    let parts: [Part]
    let literalLength: Int

    /// Splits `template` at its placeholders.
    public init(_ template: String) {
        var parts: [Part] = []
        var rest = template[...]
        while let open = Template.firstBrace("{", in: rest) {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = Template.firstBrace("}", in: rest[open...]) else {
                parts.append(.text(String(rest[open...])))
                rest = rest[rest.endIndex...]
                break
            }
            parts.append(.name(String(rest[rest.index(after: open)..<close]), written: String(rest[open...close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
        self.literalLength = template.utf8.count
    }

    /// The template with every placeholder that has a value replaced by it; the others as written.
    public func render(_ values: [String: String]) -> String {
        if parts.count == 1, case .text(let text) = parts[0] { return text }
        var out = ""
        out.reserveCapacity(literalLength + 16 * parts.count)
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .name(let name, let written): out += values[name] ?? written
            }
        }
        return out
    }
}

extension String {
    /// The string without the line breaks at either end (the scalars of `CharacterSet.newlines`),
    /// found by scanning scalars: Foundation's `trimmingCharacters(in:)` cost more than filling the
    /// template it trimmed.
    func trimmingNewlines() -> String {
        func isNewline(_ s: Unicode.Scalar) -> Bool {
            (0x0A...0x0D).contains(s.value) || s.value == 0x85 || s.value == 0x2028 || s.value == 0x2029
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isNewline(first) || isNewline(last) else { return self }
        guard let start = scalars.firstIndex(where: { !isNewline($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isNewline($0) }).map(scalars.index(after:)) ?? scalars.endIndex
        return String(scalars[start..<end])
    }
}
