import CivicBotCore
import Foundation

/// Shared by every test target: the project's real Intents/ folder, loaded once, and its paths.
public enum Fixtures {
    /// The checkout's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The project's Intents/ folder.
    public static let intents = root.appendingPathComponent("Intents")
    /// The real-chat corpus in ../shared/corpora.
    public static let corpora = root.deletingLastPathComponent().appendingPathComponent("shared/corpora")
    /// The catalogue loaded from Intents/.
    public static let catalogue: IntentCatalogue = {
        do { return try IntentCatalogue.load(from: intents) } catch { fatalError("Intents/ does not load: \(error)") }
    }()
    /// A matcher over `catalogue`.
    public static let matcher = IntentMatcher(catalogue: catalogue)

    /// Understands `text` as the bot would.
    public static func understand(_ text: String) -> Understanding { matcher.understand(matcher.normalize(text)) }

    /// A fresh temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("civicbot-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
