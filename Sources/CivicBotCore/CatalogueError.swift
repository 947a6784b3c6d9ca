/// A problem in the Intents/ folder, located by file and key so a maintainer can fix it.
public struct CatalogueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// File name inside Intents/ (or the folder itself).
    public let file: String
    /// Key path inside the file, e.g. `examples[3].slots`.
    public let key: String
    /// What is wrong, in plain words.
    public let reason: String

    /// Makes an error.
    public init(file: String, key: String, reason: String) {
        self.file = file
        self.key = key
        self.reason = reason
    }

    /// `file: key: reason`.
    public var description: String { "\(file): \(key.isEmpty ? "-" : key): \(reason)" }
}
