import Foundation

/// Where the bot finds its files when the command line does not say.
public enum Paths {
    /// The database path: `--db`, else `CIVICBOT_DB`, else `./civicbot.sqlite`.
    public static func database(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["CIVICBOT_DB"], !env.isEmpty { return env }
        return "civicbot.sqlite"
    }

    /// The Intents/ folder: `--intents`, else `CIVICBOT_INTENTS`, else `./Intents`, else the
    /// `Intents` folder of the checkout the binary was built in (found upwards from the binary).
    public static func intents(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let env = environment["CIVICBOT_INTENTS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let fm = FileManager.default
        let local = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Intents")
        if fm.fileExists(atPath: local.appendingPathComponent("lexicon").path) { return local }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Intents")
            if fm.fileExists(atPath: candidate.appendingPathComponent("lexicon").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return local
    }
}
