import CivicBotTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test("check passes on the project's Intents/ and knowledge base")
    func passes() throws {
        let result = try BinaryRunner.run(["check", "--intents", Fixtures.intents.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("77 provinces"))
        #expect(result.stdout.hasSuffix("ok\n"))
    }

    @Test("check fails with file, key and reason on a broken intent, and on an example that no longer holds")
    func fails() throws {
        let dir = try Fixtures.temporaryDirectory().appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Fixtures.intents, to: dir)
        let file = dir.appendingPathComponent("glossary.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  ย่อมาจาก: 2\n", with: "  ย่อมาจาก: -2\n").write(to: file, atomically: true, encoding: .utf8)
        let broken = try BinaryRunner.run(["check", "--intents", dir.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("glossary.yaml"))
        #expect(broken.stderr.contains("ย่อมาจาก"))

        try text.replacingOccurrences(of: "  - text: อสม. ย่อมาจากอะไร\n    slots: {term: อสม.}", with: "  - text: ขายเสื้อค่ะ")
            .write(to: file, atomically: true, encoding: .utf8)
        let example = try BinaryRunner.run(["check", "--intents", dir.path])
        #expect(example.status != 0)
        #expect(example.stderr.contains("ขายเสื้อค่ะ"))
    }

    @Test("a missing Intents folder is a clear error, not a crash")
    func missing() throws {
        let result = try BinaryRunner.run(["repl", "--jsonl", "--intents", "/nonexistent/Intents", "--db", ":memory:"], input: "x\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("folder not found"))
    }
}
