import CivicBotCore
import CivicBotFakeLine
import CivicBotTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension LineServeTests {
    /// The buttons of a delivered message, as (label, text).
    static func buttons(_ delivered: FakeLinePlatform.Delivered?) -> [(label: String, text: String)] {
        (delivered?.quickReplies ?? []).map { b in
            let parts = b.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// The intent and slots of the interaction log's rows, oldest first.
    static func logged(_ database: String) throws -> [(String, [String: String])] {
        try DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT intent, slots FROM interaction ORDER BY id").map { row in
                let slots = (try? JSONDecoder().decode([String: String].self, from: Data((row["slots"] as String? ?? "{}").utf8))) ?? [:]
                return (row["intent"] as String? ?? "", slots)
            }
        }
    }

    @Test("quick replies: a province answer carries the buttons of Intents/; pressing them (their text posted as the user) gets the follow-ups they promise; none in groups")
    func quickReplies() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line.sqlite").path
        let (serve, port) = try await Self.start(platform, database)
        let user = FakeLinePlatform.userID(77)
        let rules = Fixtures.catalogue.intent(.trainerCount).quickReplies
        #expect(!rules.isEmpty)

        /// Posts `text` from the user and returns the message delivered for it, its buttons and the logged row.
        func ask(_ text: String) async throws -> (FakeLinePlatform.Delivered?, [(label: String, text: String)], (String, [String: String])?) {
            let before = platform.deliveredMessages.count
            #expect(platform.post(platform.body([platform.messageEvent(text, from: user)]), to: port) == 200)
            #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count > before }, "no answer to \(text)")
            let last = platform.deliveredMessages.last
            return (last, Self.buttons(last), try Self.logged(database).last)
        }
        func press(_ buttons: [(label: String, text: String)], _ label: String) -> String? {
            let found = buttons.first { $0.label == label }?.text
            #expect(found != nil, "no button '\(label)' among \(buttons.map(\.label))")
            return found
        }

        // The first answer: เชียงใหม่, core trainers. Its buttons are exactly those of the rules for its slots.
        let (first, firstButtons, firstRow) = try await ask("เชียงใหม่มีวิทยากรหลักกี่คน")
        #expect(firstRow?.0 == "trainer_count")
        #expect(firstRow?.1 == ["province": "เชียงใหม่", "trainer_type": "core"])
        let expected = QuickReplies.buttons(rules, slots: ["province": "เชียงใหม่", "trainer_type": "core"], lexicon: Fixtures.catalogue.lexicon)
        #expect(firstButtons.map(\.label) == expected.map(\.label))
        #expect(firstButtons.map(\.text) == expected.map(\.text))
        #expect(firstButtons.count <= 13 && firstButtons.allSatisfy { $0.label.utf16.count <= 20 })
        #expect(!firstButtons.contains { $0.label == Fixtures.typeName("core") }, "the answer's own type is no button")
        #expect(first.map { Fixtures.fills($0.text, .trainerCount, "province", ["province": "เชียงใหม่"]) } == true)

        // The other type.
        let extended = try #require(press(firstButtons, Fixtures.typeName("extended")))
        let (_, extendedButtons, extendedRow) = try await ask(extended)
        #expect(extendedRow?.0 == "trainer_count")
        #expect(extendedRow?.1 == ["province": "เชียงใหม่", "trainer_type": "extended"])

        // A department, then its duties, then another party's.
        let dopa = try #require(press(extendedButtons, "เฉพาะ " + Fixtures.agencyShort("DOPA")))
        let (_, dopaButtons, dopaRow) = try await ask(dopa)
        #expect(dopaRow?.1 == ["province": "เชียงใหม่", "trainer_type": "extended", "agency": "DOPA"])
        let duties = try #require(press(dopaButtons, "หน้าที่" + Fixtures.agencyShort("DOPA")))
        let (dutiesMessage, dutiesButtons, dutiesRow) = try await ask(duties)
        #expect(dutiesRow?.0 == "agency_duties")
        #expect(dutiesRow?.1 == ["agency": "DOPA"])
        #expect(dutiesMessage.map { Fixtures.fills($0.text, .agencyDuties, "duties", ["agency": Fixtures.agencyName("DOPA")]) } == true)
        #expect(Set(dutiesButtons.map(\.label)) == Set(["ECT", "DLA", "HSS", "CDD", "DOP"].map(Fixtures.agencyShort)))
        let dla = try #require(press(dutiesButtons, Fixtures.agencyShort("DLA")))
        let (_, _, dlaRow) = try await ask(dla)
        #expect(dlaRow?.0 == "agency_duties")
        #expect(dlaRow?.1 == ["agency": "DLA"])

        // Another province: the bot asks which, and the bare name typed next continues the question.
        let (_, _, again) = try await ask("ลำพูนมีวิทยากรขยายผลกี่คน")
        #expect(again?.1 == ["province": "ลำพูน", "trainer_type": "extended"])
        let other = try #require(press(Self.buttons(platform.deliveredMessages.last), "จังหวัดอื่น"))
        let (which, whichButtons, whichRow) = try await ask(other)
        #expect(which?.text == Fixtures.template(.unknown, "which_province"))
        #expect(whichButtons.isEmpty, "a question back has no buttons")
        #expect(whichRow?.0 == "trainer_count")
        let (phrae, _, phraeRow) = try await ask("แพร่")
        #expect(phraeRow?.1 == ["province": "แพร่", "trainer_type": "extended"])
        #expect(phrae.map { Fixtures.fills($0.text, .trainerCount, "province", ["province": "แพร่"]) } == true)

        // In a group, the same answer comes without buttons.
        let before = platform.deliveredMessages.count
        let group = FakeLinePlatform.groupID(77)
        #expect(platform.post(platform.body([platform.messageEvent("เชียงใหม่มีวิทยากรหลักกี่คน", from: user, group: group, mentionSelf: true)]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count > before })
        #expect(platform.deliveredMessages.last?.to == group)
        #expect(platform.deliveredMessages.last?.quickReplies.isEmpty == true)
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
    }
}
