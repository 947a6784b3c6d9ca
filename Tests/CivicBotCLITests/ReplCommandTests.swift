import CivicBotCore
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

/// The `repl --jsonl` contract of DESIGN.md, end to end through the built binary.
@Suite struct ReplCommandTests {
    func objects(_ result: BinaryRunner.Result) throws -> [[String: Any]] {
        try result.lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            return try #require(object as? [String: Any], "not an object: \(line)")
        }
    }

    @Test("one JSON object per input line, whatever the line: text, JSON, bad JSON, empty, 5,000 characters, control characters")
    func contract() throws {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let input = [
            "เชียงใหม่มีวิทยากรกี่คน",
            #"{"text":"ภูเก็ตมีสักสาขามั้ยคะ","chat_type":"group","user_id":9,"chat_id":-1}"#,
            "{bad json",
            "",
            String(repeating: "ข", count: 5_000),
            "วิทยากร\u{1}\u{7}\u{1B}[31mขอนแก่น\u{7F}กี่คน",
            #"{"text":"/help@civicbot","chat_type":"group"}"#,
            #"{"text":"/help@other_bot","chat_type":"group"}"#,
            #"{"text":"อสม คืออะไร","chat_type":"group","reply_to_bot":true}"#,
        ].joined(separator: "\n") + "\n"
        let result = try BinaryRunner.run(["repl", "--jsonl", "--db", db], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let out = try objects(result)
        try #require(out.count == 9)
        #expect(out[0]["intent"] as? String == "trainer_count")
        #expect((out[0]["slots"] as? [String: String]) == ["province": "เชียงใหม่"])
        let core = ["type": Fixtures.typeName("core"), "total": "6"]
        #expect((out[0]["reply"] as? String).map { Fixtures.fills($0, .trainerCount, "type_block", core) } == true)
        #expect(out[1]["reply"] is NSNull)
        #expect(out[2]["error"] as? String != nil)
        #expect((out[3]["reply"] as? String)?.isEmpty == false)
        #expect((out[4]["reply"] as? String).map { Fixtures.fills($0, .unknown, "too_long", ["max": "2000"]) } == true)
        #expect((out[5]["slots"] as? [String: String])?["province"] == "ขอนแก่น")
        #expect(out[6]["intent"] as? String == "help")
        #expect(out[6]["reply"] as? String != nil)
        #expect(out[7]["reply"] is NSNull)
        #expect(out[8]["intent"] as? String == "glossary")
    }

    @Test("a follow-up after a restart builds on the answer before it (contexts kept in SQLite: intent, slots and the answer's variant)")
    func contextAcrossRestart() throws {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("ctx.sqlite").path
        let first = try objects(try BinaryRunner.run(["repl", "--jsonl", "--db", db],
                                                     input: #"{"text":"ลำพูนมีวิทยากรขยายผลกี่คน","user_id":41,"chat_id":41}"# + "\n"))
        #expect((first.first?["slots"] as? [String: String]) == ["province": "ลำพูน", "trainer_type": "extended"])
        let input = [#"{"text":"แล้วแพร่ล่ะ","user_id":41,"chat_id":41}"#, #"{"text":"แล้วแพร่ล่ะ","user_id":42,"chat_id":42}"#].joined(separator: "\n") + "\n"
        let second = try objects(try BinaryRunner.run(["repl", "--jsonl", "--db", db], input: input))
        try #require(second.count == 2)
        #expect(second[0]["intent"] as? String == "trainer_count")
        #expect((second[0]["slots"] as? [String: String]) == ["province": "แพร่", "trainer_type": "extended"])
        #expect((second[1]["slots"] as? [String: String])?["trainer_type"] == nil, "another user has no context")
        // The answer's variant is kept too: a ranking's follow-up ranks again after a restart.
        // (The fewest, not the most: the most is also what a ranking without its variant gives.)
        _ = try BinaryRunner.run(["repl", "--jsonl", "--db", db], input: #"{"text":"จังหวัดไหนมีวิทยากรขยายผลน้อยที่สุด","user_id":43,"chat_id":43}"# + "\n")
        let rankInput = [#"{"text":"แล้ววิทยากรหลักล่ะ","user_id":43,"chat_id":43}"#, #"{"text":"จังหวัดไหนมีวิทยากรหลักน้อยที่สุด","user_id":44,"chat_id":44}"#]
        let ranked = try objects(try BinaryRunner.run(["repl", "--jsonl", "--db", db], input: rankInput.joined(separator: "\n") + "\n"))
        try #require(ranked.count == 2)
        #expect(ranked[0]["intent"] as? String == "trainer_coverage")
        #expect((ranked[0]["slots"] as? [String: String]) == ["trainer_type": "core"])
        #expect(ranked[0]["reply"] as? String == ranked[1]["reply"] as? String, "the fewest core trainers, as asked in full")
        // forget erases the kept context with the rest of the person's data.
        _ = try BinaryRunner.run(["forget", "--user", "41", "--db", db])
        let store = try AppDatabase.open(path: db, lexicon: Fixtures.catalogue.lexicon)
        #expect(try store.liveContexts(since: .distantPast).allSatisfy { $0.userID != 41 })
    }

    @Test("the database is created and seeded on first use; CIVICBOT_DB is honoured; --db wins")
    func databasePath() throws {
        let dir = try Fixtures.temporaryDirectory()
        let fromEnv = dir.appendingPathComponent("env.sqlite").path
        let result = try BinaryRunner.run(["repl", "--jsonl"], input: "วิทยากรทั้งหมดมีกี่คน\n", environment: ["CIVICBOT_DB": fromEnv])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: fromEnv))
        #expect(result.stdout.contains("158"))
        let explicit = dir.appendingPathComponent("explicit.sqlite").path
        _ = try BinaryRunner.run(["repl", "--jsonl", "--db", explicit], input: "สวัสดี\n", environment: ["CIVICBOT_DB": fromEnv])
        #expect(FileManager.default.fileExists(atPath: explicit))
        // --db won: the message went to the explicit database, not to CIVICBOT_DB's.
        let lexicon = Fixtures.catalogue.lexicon
        #expect(try AppDatabase.open(path: fromEnv, lexicon: lexicon).recentInteractions(limit: 10).count == 1)
        #expect(try AppDatabase.open(path: explicit, lexicon: lexicon).recentInteractions(limit: 10).map(\.text) == ["สวัสดี"])
        // Default: ./civicbot.sqlite in the working directory.
        _ = try BinaryRunner.run(["repl", "--jsonl", "--intents", Fixtures.intents.path], input: "สวัสดี\n", cwd: dir)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("civicbot.sqlite").path))
    }

    @Test("--bot-username changes which mentions and commands are ours")
    func botUsername() throws {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("u.sqlite").path
        let input = #"{"text":"/help@mybot","chat_type":"group"}"# + "\n" + #"{"text":"/help@civicbot","chat_type":"group"}"# + "\n"
        let out = try objects(try BinaryRunner.run(["repl", "--jsonl", "--db", db, "--bot-username", "mybot"], input: input))
        #expect(out.count == 2)
        #expect(out[0]["reply"] as? String != nil)
        #expect(out[1]["reply"] is NSNull)
    }

    @Test("interactive mode answers a person line by line")
    func interactive() throws {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("i.sqlite").path
        let result = try BinaryRunner.run(["repl", "--db", db], input: "ขอนแก่นมีวิทยากรกี่คน\n")
        #expect(result.status == 0)
        // The REPL's own prompt, then the reply rendered from the template.
        #expect(Fixtures.fills(result.stdout, .trainerCount, "province", ["province": "ขอนแก่น"]))
        #expect(result.stdout.contains("บอท> " + Fixtures.template(.trainerCount, "province", ["province": "ขอนแก่น"]).prefix { $0 != "{" }))
    }

    @Test("issue 9 item 11: repl --jsonl reads a 100 MB line in bounded memory, answers it with one {\"error\"}, stores it nowhere, and goes on")
    func boundedLine() async throws {
        let dir = try Fixtures.temporaryDirectory()
        let db = dir.appendingPathComponent("bounded.sqlite").path
        let out = dir.appendingPathComponent("out.jsonl")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = BinaryRunner.ignoreSIGPIPE
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["repl", "--jsonl", "--db", db, "--intents", Fixtures.intents.path]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = stdin.fileHandleForWriting
        let megabyte = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        let medium = String(repeating: "ข", count: 10_000)  // 30 KB: read whole, too long to answer
        DispatchQueue.global().async {
            for _ in 0..<100 { BinaryRunner.writeAll(megabyte, to: writer) }
            BinaryRunner.writeAll(Data("\nเชียงใหม่มีวิทยากรกี่คน\n\(medium)\n".utf8), to: writer)
        }
        func lines() -> [String] { ((try? String(contentsOf: out, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        let answered = await eventually(timeout: .seconds(60)) { lines().count >= 3 }
        // Peak memory while the process still runs (its stdin is open).
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let peakKB = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        try? writer.close()
        process.waitUntilExit()
        #expect(answered)
        let objects = try lines().map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        try #require(objects.count == 3)
        #expect(objects[0]["error"] as? String != nil)
        #expect(objects[1]["intent"] as? String == "trainer_count")
        #expect(objects[2]["intent"] as? String == "unknown")
        #expect(peakKB > 0 && peakKB < 90 * 1_024, "peak RSS \(peakKB) kB")
        let log = try AppDatabase.open(path: db, lexicon: Fixtures.catalogue.lexicon).recentInteractions(limit: 10)
        #expect(log.count == 2, "the over-long line is not stored")
        #expect((log.first?.text.count ?? 0) <= 4_096, "what is stored is bounded")
    }
}
