import CivicBotCore
import CivicBotService
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

@Suite struct BotTests {
    let bot: Bot

    init() throws { bot = try TestBot.make() }

    func answer(_ text: String) -> String { bot.handle(TestBot.privateMessage(text)).text ?? "" }

    @Test("a province gets both registers with the per-department breakdown, from the store")
    func provinceCounts() {
        let text = answer("เชียงใหม่มีวิทยากรกี่คนคะ")
        #expect(text.contains("เชียงใหม่"))
        #expect(text.contains("วิทยากรหลัก รวม 6 คน"))
        #expect(text.contains("กรมกิจการผู้สูงอายุ 2 คน"))
        #expect(text.contains("วิทยากรขยายผล รวม 42 คน"))
        #expect(!text.unicodeScalars.contains { ThaiScript.isDigit($0.value) }, "Arabic digits only")
    }

    @Test("a province missing from the core register says so with 0")
    func notListed() {
        let text = answer("กทม.มีวิทยากรกี่คน")
        #expect(text.contains("วิทยากรหลัก: ไม่มีในทะเบียน (0 คน)"))
        #expect(text.contains("วิทยากรขยายผล รวม 0 คน"))
    }

    @Test("national figures, by department and in total")
    func national() {
        let total = answer("วิทยากรทั้งหมดมีกี่คน")
        #expect(total.contains("วิทยากรหลัก รวม 158 คน"))
        #expect(total.contains("วิทยากรขยายผล รวม 1497 คน"))
        let cdd = answer("กรมพัฒนาชุมชนมีวิทยากรกี่คน")
        #expect(cdd.contains("วิทยากรหลัก 30 คน"))
        #expect(cdd.contains("วิทยากรขยายผล 296 คน"))
    }

    @Test("an unknown province gets a clear reply, never a number")
    func unknownProvince() {
        let text = answer("จังหวัดเชียงไหมมมีวิทยากรกี่คน")
        // Close enough to correct silently (one edit): answered for เชียงใหม่ with a note.
        #expect(text.contains("เชียงใหม่"))
        let far = answer("จังหวัดเมืองลับแลมีวิทยากรกี่คน")
        #expect(far.contains("ไม่พบชื่อจังหวัด"))
        #expect(!far.contains("158"))
    }

    @Test("rankings and gaps")
    func coverage() {
        let most = answer("จังหวัดไหนมีวิทยากรมากที่สุด")
        #expect(most.contains("1. อุบลราชธานี 53 คน"))
        let gaps = answer("จังหวัดไหนไม่มีวิทยากรหลัก")
        #expect(gaps.contains("45 จังหวัด"))
        #expect(gaps.contains("กรุงเทพมหานคร"))
        #expect(!gaps.contains("เชียงใหม่"))
        let rank = answer("โคราชมีวิทยากรเป็นอันดับเท่าไร")
        #expect(rank.contains("นครราชสีมา"))
        #expect(rank.contains("อันดับที่ 2"))
    }

    @Test("duties are quoted with the MOU named; a non-party is told so")
    func duties() {
        let cdd = answer("กรมพัฒนาชุมชนมีหน้าที่อะไร")
        #expect(cdd.contains("กรมการพัฒนาชุมชน มีหน้าที่ตามบันทึกข้อตกลงฉบับสำนักงาน กกต. กับกรมการพัฒนาชุมชน 4 ข้อ"))
        #expect(cdd.contains("1. ให้พัฒนาการจังหวัดพัฒนาการอำเภอ"))
        let other = answer("กศน.มีหน้าที่อะไรตาม mou")
        #expect(other.contains("ไม่ได้เป็นคู่ภาคี"))
        #expect(other.contains("กรมการพัฒนาชุมชน"))
    }

    @Test("MOU facts: term, notice, signatories, letter")
    func mou() {
        #expect(answer("MOU มีระยะเวลากี่ปี").contains("3 ปี"))
        #expect(answer("บอกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน").contains("30 วัน"))
        #expect(answer("ใครลงนามใน mou บ้าง").contains("นายสุทธิพงษ์ จุลเจริญ"))
        #expect(answer("หนังสือนำส่ง mou เลขที่อะไร").contains("มท 0818.2/ว 2565"))
    }

    @Test("centre, glossary, contact")
    func others() {
        #expect(answer("ศส.ปชต. คืออะไร").contains("2557"))
        #expect(answer("อสม. ย่อมาจากอะไร").contains("อาสาสมัครสาธารณสุขประจำหมู่บ้าน"))
        let contact = answer("ติดต่อใครได้บ้าง")
        #expect(contact.contains("0-2251-9000 ต่อ 2373"))
        #expect(contact.contains("นางจันทร์รัตน์ อารุณปัญญากุล"))
    }

    @Test("trainer_list with nobody registered says so, with the 2563 counts")
    func trainerList() {
        let text = answer("ขอรายชื่อวิทยากรเชียงใหม่")
        #expect(text.contains("ยังไม่มีรายชื่อวิทยากรรายบุคคล"))
        #expect(text.contains("วิทยากรหลัก 6 คน"))
        #expect(text.contains("วิทยากรขยายผล 42 คน"))
    }

    @Test("groups: domain questions answered, chatter and greetings silent, addressed messages answered")
    func groups() {
        #expect(bot.handle(TestBot.groupMessage("เชียงใหม่มีวิทยากรกี่คนคะ")).text != nil)
        #expect(bot.handle(TestBot.groupMessage("ภูเก็ตมีสักสาขามั้ยคะ")).text == nil)
        #expect(bot.handle(TestBot.groupMessage("สวัสดีค่ะทุกคน")).text == nil)
        #expect(bot.handle(TestBot.groupMessage("@civicbot สวัสดีค่ะ")).text != nil)
        #expect(bot.handle(TestBot.groupMessage("/help")).intent == .help)
        #expect(bot.handle(TestBot.groupMessage("/help@civicbot")).text != nil)
        #expect(bot.handle(TestBot.groupMessage("/help@otherbot")).text == nil)
        #expect(bot.handle(TestBot.groupMessage("เย็นนี้กินอะไรดี", repliesToBot: true)).text != nil)
        #expect(bot.handle(TestBot.groupMessage("วิทยากร")).text == nil, "low confidence stays silent")
    }

    @Test("bad input: empty, 5,000 characters, control characters, SQL — a clear Thai reply, logged literally")
    func badInput() throws {
        let empty = bot.handle(TestBot.privateMessage(""))
        #expect(empty.text?.contains("พิมพ์คำถาม") == true)
        #expect(bot.handle(TestBot.groupMessage("   ")).text == nil)
        let long = bot.handle(TestBot.privateMessage(String(repeating: "ก", count: 5_000)))
        #expect(long.text?.contains("ยาวเกินไป") == true)
        #expect(bot.handle(TestBot.groupMessage(String(repeating: "ก", count: 5_000))).text == nil)
        let control = bot.handle(TestBot.privateMessage("เชียงใหม่\u{0000}\u{0007}มีวิทยากร\u{001B}กี่คน"))
        #expect(control.slots["province"] == "เชียงใหม่")
        let sql = "'; DROP TABLE interaction; -- วิทยากรกี่คน"
        _ = bot.handle(TestBot.privateMessage(sql))
        let last = try #require(try bot.store.recentInteractions(limit: 1).first)
        #expect(last.text == sql)
        #expect(try bot.store.tableCounts()["province"] == 77)
    }

    @Test("every interaction is logged: chat, user, text, intent, slots, reply or silence, time")
    func log() throws {
        _ = bot.handle(Message(text: "อุบลฯ มีวิทยากรกี่คน", userID: 42, chatID: -5, chatType: .group, username: "somchai"))
        _ = bot.handle(Message(text: "ขายเสื้อค่ะ", userID: 43, chatID: -5, chatType: .group))
        let rows = try bot.store.recentInteractions(limit: 2)
        #expect(rows.count == 2)
        #expect(rows[0].text == "ขายเสื้อค่ะ")
        #expect(rows[0].reply == nil)
        #expect(rows[1].userID == 42)
        #expect(rows[1].chatType == "group")
        #expect(rows[1].username == "somchai")
        #expect(rows[1].intent == "trainer_count")
        #expect(rows[1].slotsJSON == #"{"province":"อุบลราชธานี"}"#)
        #expect(rows[1].reply?.contains("อุบลราชธานี") == true)
        #expect(rows[1].at == "2026-11-18T11:06:40.000Z")
    }

    @Test("private unknown gets a helpful reply with examples")
    func privateUnknown() {
        let text = answer("ขายเสื้อค่ะ")
        #expect(text.contains("/help"))
        #expect(text.contains("ขอนแก่นมีวิทยากรกี่คน"))
    }
}
