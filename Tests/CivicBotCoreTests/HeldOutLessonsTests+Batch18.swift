import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 18 (phone-style questions, titles, codes and English regions) showed (issue
/// 10), as mechanisms; the messages are ours. An office-holder called by title; a call for
/// whoever is free; English names of regions; a subdistrict named like a district; two places
/// compared with "which is more"; a department's code before ทั่ว or ใคร; จันท์ only in context.
@Suite("Held-out lessons, batch 18")
struct HeldOutLessonsBatch18Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 8, chatID: chat == .private ? 8 : -8, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 != 77 && !(2500...2600).contains($0) }
    }

    @Test("in a group, a question put to an office-holder by title (and particle, or name) stays silent",
          arguments: ["กำนันครับ ลำปางมีวิทยากรขยายผลกี่คน", "ปลัดคะ วิทยากรหลักของจังหวัดเรามีกี่คนคะ", "ปลัดสมชาย พรุ่งนี้ประชุม ศส.ปชต. ที่อำเภอใช่ไหมคะ"])
    func titleCall(_ text: String) {
        guard case .silent = decide(text, chat: .group).0 else {
            Issue.record("expected silence: \(text)")
            return
        }
        // A kin word with only a particle calls whoever reads, the bot too.
        #expect(decide("พี่คะ ลำปางมีวิทยากรขยายผลกี่คน", chat: .group).0.reply.slots["province"] == "ลำปาง")
    }

    @Test("in a group, a call for whoever is free to help stays silent")
    func whoeverIsFree() {
        guard case .silent = decide("ใครว่างบ้างคะ วันเสาร์ช่วยไปเป็นวิทยากรที่ อบต.บ้านโพธิ์ หน่อย", chat: .group).0 else {
            Issue.record("expected silence")
            return
        }
    }

    @Test("English names of regions and 'does X have' are understood",
          arguments: [("How many extended trainers are there in the South?", "region", "south"),
                      ("core trainers in the northeast", "region", "northeast"),
                      ("How many core trainers does Nan have?", "province", "น่าน")])
    func english(_ text: String, _ slot: String, _ value: String) {
        let r = decide(text).0.reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots[slot] == value, "\(r.slots)")
    }

    @Test("a subdistrict named like a district or a province is asked about, not counted as either")
    func subdistrict() {
        for text in ["ตำบลบางละมุงมีวิทยากรกี่คน", "ตำบลหนองบัวมีวิทยากรขยายผลกี่คน"] {
            let r = decide(text).0.reply
            #expect(r.slots["province"] == nil, "\(text): \(r.slots)")
            #expect(figures(r.text).isEmpty, "a figure for a place nobody asked: \(r.text ?? "")")
        }
        #expect(decide("อำเภอบางละมุงมีวิทยากรกี่คน").0.reply.slots["province"] == "ชลบุรี")
    }

    @Test("two provinces and 'which has more of them' compare the two, not rank one")
    func comparedWithEachOther() {
        let r = decide("น่านกับพะเยา วิทยากรขยายผลจังหวัดไหนมากกว่ากัน").0.reply
        #expect(r.intent == .trainerCount)
        #expect((r.text ?? "").contains("พะเยา") && (r.text ?? "").contains("น่าน"))
    }

    @Test("a department's code glued before ทั่ว or ใคร is the department",
          arguments: ["ขยายผลสถ.ทั่วประเทศมีกี่คน", "ลำปางกับลำพูน ขยายผลสถ.ใครมากกว่า"])
    func codeBeforeWhoOrAll(_ text: String) {
        #expect(understand(text).agencies == ["DLA"], "\(understand(text).agencies)")
    }

    @Test("จันท์ is จันทบุรี in a question's context, not inside จันทร์ or เวียงจันทน์")
    func chan() {
        #expect(understand("จันท์ มีวิทยากรหลักกี่คน").provinces == ["จันทบุรี"])
        #expect(understand("วันจันทร์มีวิทยากรกี่คน").provinces.isEmpty)
        #expect(understand("เวียงจันทน์มีวิทยากรกี่คน").provinces.isEmpty)
    }
}
