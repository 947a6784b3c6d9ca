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

        try text.replacingOccurrences(of: "  - text: อสม. ย่อมาจากอะไร\n    slots: {agency: HSS, term: อสม.}", with: "  - text: ขายเสื้อค่ะ")
            .write(to: file, atomically: true, encoding: .utf8)
        let example = try BinaryRunner.run(["check", "--intents", dir.path])
        #expect(example.status != 0)
        #expect(example.stderr.contains("ขายเสื้อค่ะ"))
    }

    @Test("check presses every quick-reply button: a text the bot would not read as its follow-up, a label over LINE's 20 characters and a slot the intent lacks are each reported")
    func quickReplies() throws {
        let dir = try Fixtures.temporaryDirectory().appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Fixtures.intents, to: dir)
        let file = dir.appendingPathComponent("trainer_count.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("    label: จังหวัดอื่น\n    text: จังหวัดอื่น\n", "    label: จังหวัดอื่น\n    text: ขอบคุณค่ะ\n", "ขอบคุณค่ะ"),
            ("    label: ทุกหน่วยงาน\n", "    label: ทุกหน่วยงานของทุกจังหวัดทั่วประเทศ\n", "1 to 20"),
            ("  - when: {province: any}\n    label: จังหวัดอื่น", "  - when: {district: any}\n    label: จังหวัดอื่น", "no slot 'district'"),
        ]
        for (from, to, reported) in cases {
            #expect(text.contains(from), "the fixture changed: \(from)")
            try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
            let broken = try BinaryRunner.run(["check", "--intents", dir.path])
            #expect(broken.status == 1, "\(to)")
            #expect(broken.stderr.contains("trainer_count.yaml quick_replies"), "\(broken.stderr.prefix(2_000))")
            #expect(broken.stderr.contains(reported), "\(broken.stderr.prefix(2_000))")
        }
    }

    @Test("a missing Intents folder is a clear error, not a crash")
    func missing() throws {
        let result = try BinaryRunner.run(["repl", "--jsonl", "--intents", "/nonexistent/Intents", "--db", ":memory:"], input: "x\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("folder not found"))
    }

    @Test("issue 9 item 9: a missing lexicon file is reported as missing; broken YAML gives file, line and column")
    func honestFileErrors() throws {
        let dir = try Fixtures.temporaryDirectory().appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Fixtures.intents, to: dir)
        let provinces = dir.appendingPathComponent("lexicon/provinces.yaml")
        try FileManager.default.removeItem(at: provinces)
        let missing = try BinaryRunner.run(["check", "--intents", dir.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("lexicon/provinces.yaml"), "\(missing.stderr)")
        #expect(missing.stderr.contains("missing"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("UTF-8"))

        try FileManager.default.copyItem(at: Fixtures.intents.appendingPathComponent("lexicon/provinces.yaml"), to: provinces)
        // Line 3 opens a flow sequence that never closes; the parser stops where the mapping resumes.
        try "id: help\ndescription: x\nsignals: [ขอบคุณ, สวัสดี\npriority: 1\n".write(to: dir.appendingPathComponent("help.yaml"), atomically: true, encoding: .utf8)
        let broken = try BinaryRunner.run(["check", "--intents", dir.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("help.yaml:4:9:"), "\(broken.stderr)")
    }
}
