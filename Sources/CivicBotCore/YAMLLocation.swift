import Yams

/// Where and why Yams could not parse a file, from its error (bare, or wrapped in the decoder's
/// `DecodingError.dataCorrupted`), for messages that name file, line and column.
struct YAMLLocation: Equatable {
    /// Line, from 1.
    let line: Int
    /// Column, from 1, in Unicode scalars.
    let column: Int
    /// libyaml's words, with what it was parsing and from where.
    let problem: String

    /// The location in `error`, or nil when it is not a YAML syntax error.
    init?(_ error: any Error) {
        var yaml = error as? YamlError
        if case .dataCorrupted(let context)? = error as? DecodingError { yaml = context.underlyingError as? YamlError }
        switch yaml {
        case .scanner(let context, let problem, let mark, _)?, .parser(let context, let problem, let mark, _)?,
             .composer(let context, let problem, let mark, _)?:
            line = mark.line
            column = mark.column
            let during = context.map { "\($0.text) (from line \($0.mark.line), column \($0.mark.column)): " } ?? ""
            self.problem = during + problem
        default:
            return nil
        }
    }
}
