import CivicBotTestSupport
import Foundation
import Testing

/// The blind sets of Tests/Blind as a regression test: every case and chatter line through
/// `repl --jsonl` (the public contract), judged as `scripts/score_blind.py` judges them, each set
/// held to its floor in `Tests/Blind/floors.json` (a few cases below the score when the floor was
/// set, so that a change may trade one case for another but not lose ground).
@Suite struct BlindSetTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/Blind")

    struct Floor {
        let passed: Int
        let chatterReplies: Int
        let aliases: [String: [String]]
        /// Slots the writer added beyond DESIGN.md's (their figures are still checked), and the
        /// writer's names of slot values we name otherwise (`score_blind.py` reads the same entry).
        var ignoredSlots: Set<String> = []
        var slotValues: [String: [String: String]] = [:]
    }

    static func floors() throws -> [String: Floor] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("floors.json"))) as? [String: Any])
        var floors: [String: Floor] = [:]
        for (name, value) in object {
            guard let v = value as? [String: Any], let passed = v["passed"] as? Int, let chatter = v["chatter_replies"] as? Int else { continue }
            floors[name] = Floor(passed: passed, chatterReplies: chatter, aliases: v["aliases"] as? [String: [String]] ?? [:],
                                 ignoredSlots: Set(v["ignore_slots"] as? [String] ?? []), slotValues: v["slot_values"] as? [String: [String: String]] ?? [:])
        }
        return floors
    }

    /// The numbers a reply states (Thai digits read as Arabic, thousands separators dropped).
    static func numbers(_ text: String) -> [Int] {
        var out: [Int] = [], current = "", inNumber = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) { current.unicodeScalars.append(scalar); inNumber = true; continue }
            if (0x0E50...0x0E59).contains(v), let s = Unicode.Scalar(v - 0x0E50 + 0x30) { current.unicodeScalars.append(s); inNumber = true; continue }
            if scalar == ",", inNumber { continue }
            if let n = Int(current) { out.append(n) }
            current = ""
            inNumber = false
        }
        if let n = Int(current) { out.append(n) }
        return out
    }

    static func passes(_ expect: [String: Any], lastText: String, got: [String: Any], floor: Floor) -> Bool {
        let reply = got["reply"] as? String
        let kind = expect["reply"] as? String ?? "answer"
        if kind == "silent" { return reply == nil }
        guard let reply else { return false }
        let figures = (expect["figures"] as? [Int]) ?? []
        if kind == "clarify" {
            let asked = Set(numbers(lastText))
            return !numbers(reply).contains { n in (n >= 10 || figures.contains(n)) && !asked.contains(n) && ![2563, 2564, 2565, 77].contains(n) }
        }
        if let intent = expect["intent"] as? String, let gotIntent = got["intent"] as? String, gotIntent != intent {
            let alternatives = ((expect["intent_alt"] as? [String]) ?? []) + (floor.aliases[intent] ?? [])
            if !alternatives.contains(gotIntent) { return false }
        }
        let slots = got["slots"] as? [String: String] ?? [:]
        for (key, written) in expect["slots"] as? [String: String] ?? [:] where !floor.ignoredSlots.contains(key) {
            if slots[key] != floor.slotValues[key]?[written] ?? written { return false }
        }
        let stated = Set(numbers(reply))
        if figures.contains(where: { !stated.contains($0) }) { return false }
        if expect["lang"] as? String == "en" {
            let latin = reply.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
            let thai = reply.unicodeScalars.filter { (0x0E00...0x0E7F).contains($0.value) }.count
            if latin <= thai { return false }
        }
        return true
    }

    @Test("every blind set scores at least its floor, and its chatter gets no more replies than its floor allows",
          arguments: ["batch1", "batch2", "batch3", "batch4", "batch5", "batch6", "batch7", "batch8", "batch9", "batch10", "batch11", "batch12", "batch13", "batch14", "batch15", "batch16", "batch17", "batch18", "batch19", "batch20", "batch21"])
    func score(_ name: String) throws {
        let floor = try #require(try Self.floors()[name], "no floor for \(name)")
        let set = Self.folder.appendingPathComponent(name)
        let cases = try String(contentsOf: set.appendingPathComponent("messages.jsonl"), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let chatter = try String(contentsOf: set.appendingPathComponent("chatter.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var lines: [String] = [], last: [Int] = []
        func line(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        for (n, c) in cases.enumerated() {
            for turn in c["turns"] as? [[String: Any]] ?? [] {
                let chatType = turn["chat_type"] as? String ?? "private"
                // Every case its own chat and user: no context leaks between cases.
                let user = ((turn["user_id"] as? Int) ?? 10_000 + n) * 1_000 + n
                lines.append(try line(["text": turn["text"] as? String ?? "", "user_id": user, "chat_id": chatType == "private" ? user : -(n + 1),
                                       "chat_type": chatType, "reply_to_bot": turn["reply_to_bot"] as? Bool ?? false]))
            }
            last.append(lines.count - 1)
        }
        let chatterStart = lines.count
        for (n, text) in chatter.enumerated() {
            lines.append(try line(["text": text, "user_id": 900_000 + n, "chat_id": -900_000, "chat_type": "group"]))
        }
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("blind.sqlite").path
        let result = try BinaryRunner.run(["repl", "--jsonl", "--db", db, "--intents", Fixtures.intents.path], input: lines.joined(separator: "\n") + "\n")
        let out = result.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        try #require(out.count == lines.count, "one output line per input line: \(out.count) of \(lines.count)")
        var passed = 0
        var failing: [String] = []
        for (c, i) in zip(cases, last) {
            let turns = c["turns"] as? [[String: Any]] ?? []
            if Self.passes(c["expect"] as? [String: Any] ?? [:], lastText: turns.last?["text"] as? String ?? "", got: out[i], floor: floor) {
                passed += 1
            } else if failing.count < 10 {
                failing.append("\(c["id"] ?? "?"): \(turns.last?["text"] ?? "")")
            }
        }
        let replies = out[chatterStart...].filter { $0["reply"] is String }.count
        #expect(passed >= floor.passed, "\(name): \(passed)/\(cases.count) passed, floor \(floor.passed); failing include \(failing)")
        #expect(replies <= floor.chatterReplies, "\(name): \(replies) chatter replies, at most \(floor.chatterReplies)")
    }
}
