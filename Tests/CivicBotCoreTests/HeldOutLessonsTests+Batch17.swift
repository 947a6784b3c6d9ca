import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// What blind batch 17 (dictation, dialect particles, meeting notices) showed (issue 10), as
/// mechanisms; the messages are ours. A meeting notice that asks whoever cannot come to say so;
/// Northern and Isan particles after a bare province; what the registers do not hold (languages,
/// certificates, whether a trainer still serves).
@Suite("Held-out lessons, batch 17")
struct HeldOutLessonsBatch17Tests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func decide(_ text: String, chat: ChatType = .private, context: ConversationContext? = nil) -> (Decision, ConversationContext?) {
        let message = Message(text: text, userID: 7, chatID: chat == .private ? 7 : -7, chatType: chat)
        return decider.decide(decider.interpret(message), role: nil, context: context, knowledge: DeciderTests.snapshot, now: now)
    }

    func understand(_ text: String) -> Understanding { Fixtures.matcher.understand(Fixtures.matcher.normalize(text)) }

    @Test("in a group, a meeting notice that asks whoever cannot come to say so stays silent",
          arguments: ["แจ้ง กลุ่มแม่บ้านหมู่ ๔ อบรมหลักสูตรพลเมืองคุณภาพ วันศุกร์ ๙ โมง ที่ศาลากลางบ้าน ใครมาไม่ได้บอกด้วยนะคะ",
                      "ประชุม ศส.ปชต. ตำบล พรุ่งนี้บ่ายโมง ใครไม่สะดวกแจ้งในกลุ่มนะครับ"])
    func meetingNotice(_ text: String) {
        guard case .silent(_, let reason) = decide(text, chat: .group).0 else {
            Issue.record("expected silence: \(text)")
            return
        }
        #expect(reason == .chatter)
        // Asked of the bot, the same topic is answered.
        #expect(decide("@civicbot หลักสูตรพลเมืองคุณภาพคืออะไร", chat: .group).0.reply.text != nil)
    }

    @Test("a bare province with a Northern or Isan particle continues the last count", arguments: ["แพร่เจ้า", "แพร่ก่", "เลยบ่"])
    func dialectParticles(_ text: String) {
        let before = ConversationContext(intent: .trainerCount, slots: ["province": "ลำพูน", "trainer_type": "core"], at: now)
        let r = decide(text, context: before).0.reply
        #expect(r.intent == .trainerCount)
        #expect(r.slots["province"] == (text.hasPrefix("เลย") ? "เลย" : "แพร่"), "\(r.slots)")
        #expect(r.slots["trainer_type"] == "core")
    }

    @Test("languages, certificates and whether a trainer still serves are not in the registers: no figure",
          arguments: ["ขยายผลลำพูนที่พูดมลายูได้กี่คน", "ใบประกาศวิทยากรหลักลำพูนหมดอายุปีไหน", "วิทยากรขยายผลลำพูนที่ยังทำงานอยู่จริงกี่คน"])
    func notHeld(_ text: String) {
        let r = decide(text).0.reply
        #expect(r.intent == .trainerCount, "\(r.intent)")
        let figures = (r.text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { !(2500...2600).contains($0) }
        #expect(figures.isEmpty, "a figure for what the registers do not hold: \(r.text ?? "")")
    }

    @Test("a province's or district's name that runs on into a name the lexicon does not know is asked back, not answered",
          arguments: ["จ.ศรีนครบุรี ขยายผล กี่คน", "วิทยากรขยายผลจังหวัดสุพรรณราชธานีกี่คน", "อุบลธานีขยายผลกี่คน", "สุรินทร์ธานี วิทยากรขยายผล"])
    func runsIntoUnknownName(_ text: String) {
        #expect(understand(text).provinces.isEmpty, "\(understand(text).provinces)")
        let r = decide(text).0.reply
        let figures = (r.text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 != 77 }
        #expect(figures.isEmpty, "a figure for a place nobody asked: \(r.text ?? "")")
    }

    @Test("the short form that ran on is suggested first; a misspelt full name and names followed by a word are answered")
    func runsOnButKnown() {
        #expect(Fixtures.matcher.provinceSuggestions(for: Fixtures.matcher.normalize("อุบลธานีขยายผลกี่คน")).first == "อุบลราชธานี")
        #expect(understand("อุบลราชทานีมีวิทยากรกี่คน").provinces == ["อุบลราชธานี"])
        #expect(understand("สถ.จังหวัดเพชรบุรีส่งวิทยากรหลักไว้กี่คน").provinces == ["เพชรบุรี"])
        #expect(understand("วิทยากรหลักกับวิทยากรขยายผลของเชียงใหม่ต่างกันกี่คน").provinces == ["เชียงใหม่"])
        #expect(understand("อ.ฝางมีวิทยากรกี่คน").slots["province"] == "เชียงใหม่")
    }

    @Test("in a group, a member called by a name that holds a filler or a word (มาลี, ต้อม, น้อย) is the member's question; a kin word and a word of asking is the asker's own",
          arguments: ["พี่มาลีคะ ลำพูนมีวิทยากรหลักกี่คนคะ", "พี่ต้อมคะ ลำพูนวิทยากรหลักกี่คนคะ พี่มีไฟล์ไหม", "พี่น้อยคะ ลำพูนมีวิทยากรขยายผลกี่คน"])
    func memberNames(_ text: String) {
        #expect(Fixtures.matcher.call(in: Fixtures.matcher.normalize(text)) == .member, "\(text)")
        guard case .silent = decide(text, chat: .group).0 else {
            Issue.record("expected silence: \(text)")
            return
        }
        #expect(decide("ป้าอยากรู้ ลำพูนมีวิทยากรขยายผลกี่คน", chat: .group).0.reply.text != nil)
        #expect(decide("ครูถามว่า กรมการปกครองต้องทำอะไรบ้าง", chat: .group).0.reply.text != nil)
    }
}
