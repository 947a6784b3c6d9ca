/// A problem in the Intents/ folder, located by file and key so a maintainer can fix it.
public struct CatalogueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// File name inside Intents/ (or the folder itself).
    public let file: String
    /// Key path inside the file, e.g. `examples[3].slots`.
    public let key: String
    /// What is wrong, in plain words.
    public let reason: String
    /// Line (from 1) where the problem is, when the YAML parser says.
    public let line: Int?
    /// Column (from 1, in Unicode scalars) where the problem is, when the YAML parser says.
    public let column: Int?

    /// Makes an error.
    public init(file: String, key: String, reason: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.key = key
        self.reason = reason
        self.line = line
        self.column = column
    }

    /// `file: key: reason`, or `file:line:column: reason` when the place is known.
    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): \(key.isEmpty ? "" : key + ": ")\(reason)" }
        return "\(file): \(key.isEmpty ? "-" : key): \(reason)"
    }
}
