import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// The decision and the rendering as pure functions: no database, a snapshot made by hand.
@Suite struct DeciderTests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// Two provinces, made up for the test: only the numbers the test checks.
    static let snapshot: KnowledgeSnapshot = {
        let agencies = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
        func entry(_ type: String, _ counts: [Int]) -> ProvinceRegisterEntry {
            ProvinceRegisterEntry(trainerType: type, listed: true, counts: zip(agencies, counts).map { AgencyCount(agency: $0, count: $1) })
        }
        let entries = [
            "ลำพูน": [entry("core", [1, 0, 2, 0, 0]), entry("extended", [7, 6, 5, 4, 3])],
            "แพร่": [entry("core", [0, 0, 0, 0, 0]), entry("extended", [1, 1, 1, 1, 11])],
        ]
        func totals(_ type: String, _ index: Int) -> RegisterTotals {
            let counts = agencies.indices.map { a in AgencyCount(agency: agencies[a], count: entries.values.map { $0[index].counts[a].count }.reduce(0, +)) }
            return RegisterTotals(trainerType: type, yearBE: 2563, counts: counts, publishedTotal: counts.map(\.count).reduce(0, +), provincesListed: 2)
        }
        return KnowledgeSnapshot(registers: [totals("core", 0), totals("extended", 1)], provinces: ["ลำพูน", "แพร่"], entries: entries,
                                 duties: [:], mous: [], letter: nil, center: CenterInfo(facts: [:], rollout: [], programmes: []),
                                 trainers: [], trainersVersion: 0)
    }()

    func decide(_ text: String, chat: ChatType = .private, role: SenderRole? = nil, repliesToBot: Bool = false) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 7, chatID: chat == .private ? 7 : -100, chatType: chat, repliesToBot: repliesToBot)
        return decider.decide(decider.interpret(message), role: role, context: nil, knowledge: Self.snapshot, now: now)
    }

    func template(_ intent: IntentID, _ key: String, _ values: [String: String] = [:]) -> String {
        Template.render(Fixtures.catalogue.intent(intent).replies[key] ?? "<missing>", values)
    }

    @Test("an answer states the snapshot's figures for the province asked, and becomes the context")
    func answerFromSnapshot() throws {
        let (decision, next) = decide("ลำพูนมีวิทยากรขยายผลกี่คน")
        guard case .answer(let reply) = decision else { Issue.record("expected an answer, got \(decision)"); return }
        #expect(reply.intent == .trainerCount)
        #expect(reply.slots == ["province": "ลำพูน", "trainer_type": "extended"])
        let text = try #require(reply.text)
        #expect(text.contains(template(.trainerCount, "type_block", ["type": "วิทยากรขยายผล", "total": "25"]).prefix(while: { $0 != "\n" })))
        #expect(next == ConversationContext(intent: .trainerCount, slots: reply.slots, at: now))
    }

    @Test("group etiquette: chatter, another bot's command and unreadable text are silent, each with its reason")
    func silence() {
        #expect(decide("เย็นนี้กินอะไรดี", chat: .group).0 == .silent(Reply(intent: .unknown, slots: [:], text: nil), .chatter))
        #expect(decide("/help@otherbot", chat: .group).0 == .silent(Reply(intent: .unknown, slots: [:], text: nil), .otherBot))
        #expect(decide(String(repeating: "ก", count: 5_000), chat: .group).0 == .silent(Reply(intent: .unknown, slots: [:], text: nil), .unreadable))
        #expect(decide("   ", chat: .group).0 == .silent(Reply(intent: .unknown, slots: [:], text: nil), .unreadable))
    }

    @Test("in a group an announcement with domain words stays silent; the same subject asked is answered")
    func questionOrAnnouncement() {
        #expect(decide("ภาพบรรยากาศอบรมวิทยากรขยายผลลำพูนค่ะ", chat: .group).0.reply.text == nil)
        #expect(decide("ขอบคุณวิทยากรขยายผลลำพูนทุกท่านค่ะ", chat: .group).0.reply.text == nil)
        #expect(decide("ลำพูนมีวิทยากรขยายผลกี่คนคะ", chat: .group).0.reply.text != nil)
        #expect(decide("ขอบคุณค่ะ ลำพูนมีวิทยากรขยายผลกี่คน", chat: .group, repliesToBot: true).0.reply.text != nil, "addressed: answered")
    }

    @Test("an everyday department word answers that department's figure, never the province total")
    func everydayDepartment() throws {
        let (decision, _) = decide("ลำพูนผู้สูงอายุมีวิทยากรขยายผลกี่คน")
        #expect(decision.reply.slots == ["province": "ลำพูน", "agency": "DOP", "trainer_type": "extended"])
        let text = try #require(decision.reply.text)
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.contains(3))
        #expect(!numbers.contains(25), "the province's total of 25 is not the figure asked for")
    }

    @Test("a follow-up inherits what it does not say; a question of its own after an answer does not")
    func followUps() throws {
        let context = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "agency": "DOP"], at: now)
        func after(_ text: String) -> Decision {
            let message = Message(text: text, userID: 7, chatID: -100, chatType: .group)
            return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: Self.snapshot, now: now).0
        }
        #expect(after("แล้วแพร่ล่ะ").reply.slots == ["province": "แพร่", "agency": "DOP"])
        let numbers = try #require(after("แล้วแพร่ล่ะ").reply.text).split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.contains(11), "แพร่'s DOP extended figure")
        #expect(after("ทั้งประเทศล่ะ").reply.slots == ["agency": "DOP"])
        #expect(after("ภูเก็ตมีสักสาขามั้ยคะ").reply.text == nil, "no follow-up word: a question of its own, silent in a group")
        let expired = decider.decide(decider.interpret(Message(text: "แล้วแพร่ล่ะ", userID: 7, chatID: 7, chatType: .private)),
                                     role: nil, context: nil, knowledge: Self.snapshot, now: now).0
        #expect(expired.reply.slots["agency"] == nil, "no context: nothing inherited")
    }

    @Test("too long and empty in private get their templates")
    func shortReplies() {
        #expect(decide(String(repeating: "ก", count: 5_000)).0.reply.text == template(.unknown, "too_long", ["max": "\(Decider.maxMessageLength)"]))
        #expect(decide("").0.reply.text == template(.unknown, "empty"))
    }

    @Test("admin intents: a volunteer is refused, an admin in a group is sent to a private chat, an admin in private gets a command")
    func adminRules() {
        let text = "ลบวิทยากร T-0001"
        #expect(decide(text, role: .volunteer).0 == .refuse(Reply(intent: .trainerRemove, slots: [:], text: template(.trainerRemove, "refused"))))
        #expect(decide(text, chat: .group, role: .admin).0.reply.text == template(.trainerRemove, "private_only"))
        #expect(decide(text, role: .admin).0 == .admin(AdminCommand(intent: .trainerRemove, slots: [:], mode: nil, text: text, userID: 7)))
        #expect(decide("แก้ไขวิทยากรหน่อยค่ะ", chat: .group, role: .admin).0.reply.text == nil, "an unaddressed group message without an id is chatter")
        #expect(decide(text).0 == decide(text, role: .volunteer).0, "no role counts as a volunteer")
    }

    @Test("a template key mistyped in Swift fails the rendering instead of sending a hole")
    func missingTemplate() throws {
        let book = TemplateBook(catalogue: Fixtures.catalogue)
        #expect(!book.text(.trainerCount, "registered", ["count": "1"]).isEmpty)
        #expect(book.text(.trainerCount, "provnce").isEmpty)
        #expect(throws: RenderError.missingTemplates(["trainer_count.provnce"])) { try book.check() }
        #expect(throws: RenderError.self) { try Renderer(matcher: Fixtures.matcher).text(.help, "txet") }
    }

    @Test("every mode of every intent file is one Swift renders, and every mode Swift renders is in its file")
    func modesMatch() {
        for intent in Fixtures.catalogue.intents {
            #expect(Set(intent.modes.map(\.name)) == intent.id.modes, "\(intent.id.rawValue)")
        }
    }

    @Test("a renamed mode in Intents/ is refused at load with file and key")
    func renamedMode() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("Intents")
        try FileManager.default.copyItem(at: Fixtures.intents, to: copy)
        let file = copy.appendingPathComponent("trainer_coverage.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "name: fewest", with: "name: least").write(to: file, atomically: true, encoding: .utf8)
        #expect { try IntentCatalogue.load(from: copy) } throws: { error in
            let e = error as? CatalogueError
            return e?.file == "trainer_coverage.yaml" && e?.key.hasPrefix("modes") == true
        }
    }
}
