/// Why a reply could not be rendered.
public enum RenderError: Error, Equatable, Sendable {
    /// Swift asked for templates that Intents/ does not have, or that `TemplateRequirements` does
    /// not declare (`intent.key` each): a typo in Swift, caught by the tests that render every example.
    case missingTemplates([String])
}

/// The reply templates of one rendering. Looks each up by intent and key, fills it, and remembers
/// every key it could not find, so that the rendering fails as a whole (`check()`) instead of
/// sending a reply with a hole in it. One per rendering, never shared between threads.
public final class TemplateBook {
    let catalogue: IntentCatalogue
    /// The language of the templates: `replies:` (Thai) or `replies_en:` (English). Admin intents
    /// answer in Thai whatever the language (`TemplateRequirements.englishIntents`).
    public let language: Language
    /// Keys asked for and not found, as `intent.key` (`intent.replies_en.key` for English).
    public private(set) var missing: [String] = []

    /// A book over the catalogue's reply templates in `language`.
    public init(catalogue: IntentCatalogue, language: Language = .thai) {
        self.catalogue = catalogue
        self.language = language
    }

    /// Template `key` of `intent` with its placeholders filled; "" (and remembered) when the key is
    /// not declared in `TemplateRequirements` or absent from the intent's file.
    public func text(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        let language = TemplateRequirements.englishIntents.contains(intent) ? self.language : .thai
        guard TemplateRequirements.required[intent]?[key] != nil, let template = catalogue.template(intent, key, in: language) else {
            missing.append(language == .english ? "\(intent.rawValue).replies_en.\(key)" : "\(intent.rawValue).\(key)")
            return ""
        }
        return template.render(values)
    }

    /// Throws when any template asked for was missing.
    public func check() throws(RenderError) {
        if !missing.isEmpty { throw .missingTemplates(missing) }
    }
}
