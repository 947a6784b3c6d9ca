import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 6 showed (issue 10), as mechanisms: each message is ours, written for the test.
/// A question the bot cannot answer from the registers gets no figure; a name cut short or typed
/// next to a department is still the province; a type named filters a list; two departments
/// compared get the breakdown, never one department's figure alone.
@Suite struct HeldOutLessonsTests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    static let snapshot: KnowledgeSnapshot = {
        let s = DeciderTests.snapshot
        return KnowledgeSnapshot(registers: s.registers, provinces: s.provinces, entries: s.entries, duties: [:], mous: [], letter: nil,
                                 center: s.center, trainers: [
                                    TrainerRecord(id: 1, name: "นายหลัก หนึ่ง", province: "ลำพูน", agency: "DOPA", trainerType: "core", phone: nil),
                                    TrainerRecord(id: 2, name: "นางขยาย สอง", province: "ลำพูน", agency: "CDD", trainerType: "extended", phone: nil),
                                 ], trainersVersion: 1)
    }()

    func reply(_ text: String) -> Reply {
        let message = Message(text: text, userID: 7, chatID: 7, chatType: .private)
        return decider.decide(decider.interpret(message), role: nil, context: nil, knowledge: Self.snapshot, now: now).0.reply
    }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 != 2563 }
    }

    @Test("an average, a change, a count of sessions, a skill or a Gregorian year the registers lack: no figure",
          arguments: ["วิทยากรขยายผลลำพูนอายุเฉลี่ยเท่าไหร่", "ลำพูนมีวิทยากรเพิ่มขึ้นกี่คน", "วิทยากรหลักลำพูนสอนไปกี่ครั้งแล้ว",
                      "วิทยากรลำพูนพูดภาษาเหนือได้กี่คน", "extended trainers in Lamphun in 2024?"])
    func notHeld(_ text: String) {
        let r = reply(text)
        #expect(r.intent == .trainerCount, "\(r.intent)")
        #expect(figures(r.text).allSatisfy { [2020, 2024, 0].contains($0) }, "a figure for what the registers do not hold: \(r.text ?? "")")
    }

    @Test("a Gregorian year that is the registers' own (2020 = 2563) is answered")
    func ownYear() {
        #expect(figures(reply("extended trainers in Lamphun in 2020?").text).contains(7 + 6 + 5 + 4 + 3))
    }

    @Test("a place the bot does not know, after ใน or แถว anywhere in the question, is asked about",
          arguments: ["วิทยากรหลักในมาเลเซียมีกี่คน", "วิทยากรขยายผลแถวบ้านดอนมีเท่าไหร่"])
    func unknownPlaceAfterMarker(_ text: String) {
        let r = reply(text)
        #expect(r.slots["province"] == nil)
        #expect(figures(r.text).allSatisfy { $0 == 77 }, "a figure for an unknown place: \(r.text ?? "")")
    }

    @Test("words after ใน that name no place leave the question national", arguments: ["วิทยากรหลักในประเทศมีกี่คน", "วิทยากรหลักในแต่ละจังหวัดมีกี่คน"])
    func notAPlace(_ text: String) {
        #expect(figures(reply(text).text).contains(1 + 2), "national core total expected")
    }

    @Test("a province name cut short is the one province it begins", arguments: [("ลำพูมีวิทยากรกี่คน", "ลำพูน"), ("แพรมีวิทยากรกี่คน", nil)])
    func cutName(_ text: String, _ province: String?) {
        #expect(reply(text).slots["province"] == province)
    }

    @Test("a name of two meanings right before a department is the province; in a sentence it is not")
    func ambiguousBeforeDepartment() {
        #expect(reply("เลย สถ. วิทยากรขยายผลกี่คน").slots["province"] == "เลย")
        #expect(reply("ไปเลย สถ.มีวิทยากรกี่คน").slots["province"] == nil)
    }

    @Test("a type named in a list request lists that type's trainers only")
    func listByType() {
        let core = reply("ขอรายชื่อวิทยากรหลักลำพูน")
        #expect(core.intent == .trainerList && core.slots["trainer_type"] == "core")
        #expect(core.text?.contains("นายหลัก หนึ่ง") == true && core.text?.contains("นางขยาย สอง") == false, "\(core.text ?? "")")
        let all = reply("ขอรายชื่อวิทยากรลำพูน")
        #expect(all.text?.contains("นายหลัก หนึ่ง") == true && all.text?.contains("นางขยาย สอง") == true)
    }

    @Test("two departments compared: the breakdown by department, no department slot")
    func twoDepartments() {
        let r = reply("กรมการปกครองกับกรมพัฒนาชุมชน วิทยากรขยายผลใครมากกว่ากัน")
        #expect(r.intent == .trainerCount && r.slots["agency"] == nil && r.slots["trainer_type"] == "extended")
        let n = figures(r.text)
        #expect(n.contains(7 + 1) && n.contains(4 + 1), "both departments' national extended figures: \(r.text ?? "")")
    }
}
