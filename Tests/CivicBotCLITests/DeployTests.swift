import CivicBotTestSupport
import Foundation
import Testing

/// Issue 12: Deploy/install.sh into a temporary DESTDIR and prefix, and the unit's hardening.
@Suite(.serialized) struct DeployTests {
    static let script = Fixtures.root.appendingPathComponent("Deploy/install.sh")
    static let unit = Fixtures.root.appendingPathComponent("Deploy/civicbot.service")

    /// Runs install.sh with `args` and DESTDIR.
    func install(_ args: [String], destdir: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script.path] + args
        var env = ProcessInfo.processInfo.environment
        env["DESTDIR"] = destdir.path
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("install.sh into a DESTDIR: the installed binary answers repl --jsonl from there; again is idempotent; --uninstall keeps the data")
    func installIntoDestdir() throws {
        let stage = try Fixtures.temporaryDirectory().appendingPathComponent("stage")
        let prefix = "/opt/civicbot-test"
        let first = try install(["--prefix", prefix, "--binary", BinaryRunner.binary.path], destdir: stage)
        #expect(first.status == 0, "\(first.output)")
        let installed = stage.appendingPathComponent(prefix + "/bin/civicbot")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path))
        let env = stage.appendingPathComponent("etc/civicbot/civicbot.env").path
        let mode = try FileManager.default.attributesOfItem(atPath: env)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the secrets file must be mode 0600")
        let unit = try String(contentsOf: stage.appendingPathComponent("etc/systemd/system/civicbot.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=\(prefix)/bin/civicbot serve") && !unit.contains("@PREFIX@"))

        // The installed copy, from a folder far from the checkout, with no CIVICBOT_INTENTS: it finds
        // its own Intents/ and seed next to it.
        let state = stage.appendingPathComponent("var/lib/civicbot")
        #expect(FileManager.default.fileExists(atPath: state.path))
        let database = state.appendingPathComponent("civicbot.sqlite").path
        let process = Process()
        process.executableURL = installed
        process.arguments = ["repl", "--jsonl", "--db", database]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CIVICBOT_") }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        BinaryRunner.writeAll(Data("เชียงใหม่มีวิทยากรกี่คน\n".utf8), to: input.fileHandleForWriting)
        try input.fileHandleForWriting.close()
        let line = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["intent"] as? String == "trainer_count", "\(line)")
        #expect((object?["slots"] as? [String: String])?["province"] == "เชียงใหม่")

        // The token an operator wrote survives a second install (an upgrade).
        try "CIVICBOT_TOKEN=kept-secret\n".write(toFile: env, atomically: false, encoding: .utf8)
        let second = try install(["--prefix", prefix, "--binary", BinaryRunner.binary.path], destdir: stage)
        #expect(second.status == 0, "\(second.output)")
        #expect(try String(contentsOfFile: env, encoding: .utf8).contains("kept-secret"))

        let removed = try install(["--uninstall", "--prefix", prefix], destdir: stage)
        #expect(removed.status == 0, "\(removed.output)")
        #expect(!FileManager.default.fileExists(atPath: installed.path))
        #expect(!FileManager.default.fileExists(atPath: stage.appendingPathComponent("etc/systemd/system/civicbot.service").path))
        #expect(FileManager.default.fileExists(atPath: database), "uninstall must keep the database")
        #expect(FileManager.default.fileExists(atPath: env), "uninstall must keep the token file")
    }

    @Test("install.sh refuses what it cannot install, with a clear message")
    func installErrors() throws {
        let stage = try Fixtures.temporaryDirectory()
        let missing = try install(["--binary", "/nonexistent/civicbot"], destdir: stage)
        #expect(missing.status != 0 && missing.output.contains("not an executable"))
        let relative = try install(["--prefix", "opt/x", "--binary", BinaryRunner.binary.path], destdir: stage)
        #expect(relative.status != 0 && relative.output.contains("absolute"))
        let unknown = try install(["--frobnicate"], destdir: stage)
        #expect(unknown.status != 0 && unknown.output.contains("unknown argument"))
    }

    /// The unit's `[Service]` settings, each key with every value it is given.
    static func serviceSettings() throws -> [String: [String]] {
        var section = ""
        var settings: [String: [String]] = [:]
        for raw in try String(contentsOf: unit, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = line; continue }
            guard section == "[Service]", let eq = line.firstIndex(of: "=") else { continue }
            settings[String(line[..<eq]), default: []].append(String(line[line.index(after: eq)...]))
        }
        return settings
    }

    static let systemdAnalyze = "/usr/bin/systemd-analyze"

    /// Runs a program, its output (stdout and stderr) and status.
    func run(_ executable: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("systemd-analyze verify accepts the installed unit, and security rates it OK (where systemd is installed)",
          .enabled(if: FileManager.default.isExecutableFile(atPath: systemdAnalyze)))
    func unitVerifies() throws {
        let stage = try Fixtures.temporaryDirectory().appendingPathComponent("stage")
        let prefix = "/usr/local"
        #expect(try install(["--prefix", prefix, "--binary", BinaryRunner.binary.path], destdir: stage).status == 0)
        // The unit as installed, its paths pointed into the stage (verify checks that ExecStart exists).
        let unit = try String(contentsOf: stage.appendingPathComponent("etc/systemd/system/civicbot.service"), encoding: .utf8)
            .replacingOccurrences(of: "=" + prefix, with: "=" + stage.path + prefix)
            .replacingOccurrences(of: "EnvironmentFile=/etc", with: "EnvironmentFile=" + stage.path + "/etc")
        let file = stage.appendingPathComponent("civicbot.service")
        try unit.write(to: file, atomically: true, encoding: .utf8)
        let verify = try run(Self.systemdAnalyze, ["verify", file.path])
        #expect(verify.status == 0 && verify.output.isEmpty, "\(verify.output)")
        let security = try run(Self.systemdAnalyze, ["security", "--offline=true", file.path])
        let line = security.output.split(separator: "\n").first { $0.contains("Overall exposure level") }.map(String.init) ?? ""
        print("systemd-analyze security: \(line)")
        let score = line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }
        #expect((score ?? 10) <= 2.0, "\(line)")
    }

    @Test("the unit: notify with a watchdog, a dedicated user, its state directory, secrets from a file, and the hardening keys")
    func unitHardening() throws {
        let s = try Self.serviceSettings()
        let expected: [String: String] = [
            "Type": "notify", "User": "civicbot", "StateDirectory": "civicbot", "EnvironmentFile": "/etc/civicbot/civicbot.env",
            "Restart": "on-failure", "NoNewPrivileges": "true", "ProtectSystem": "strict", "ProtectHome": "true", "PrivateTmp": "true",
            "PrivateDevices": "true", "ProtectKernelTunables": "true", "ProtectKernelModules": "true", "ProtectKernelLogs": "true",
            "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX", "CapabilityBoundingSet": "", "NotifyAccess": "main",
        ]
        for (key, value) in expected { #expect(s[key]?.last == value, "\(key)=\(s[key] ?? [])") }
        #expect(s["SystemCallFilter"]?.contains("@system-service") == true)
        #expect(s["MemoryMax"]?.last?.isEmpty == false)
        #expect(Int(s["WatchdogSec"]?.last ?? "") ?? 0 > 60, "the watchdog must outlast a 50 s long poll")
        #expect(s["ExecStart"]?.last?.contains("--token") == false, "no secret on the command line")
        #expect(s["ExecStart"]?.last?.hasPrefix("@PREFIX@/bin/civicbot serve") == true)
    }
}
