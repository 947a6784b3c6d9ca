import CivicBotCore
import CivicBotService
import CivicBotTestSupport
import Foundation
import Testing

@Suite struct GroupSilenceTests {
    @Test("real chatter (wisesight-q.txt, 575 questions) as group messages: at most 1% get a reply")
    func wisesight() throws {
        let url = Fixtures.corpora.appendingPathComponent("wisesight-q.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(lines.count >= 500)
        let bot = try TestBot.make()
        let answered = lines.filter { bot.reply(to: TestBot.groupMessage($0)).text != nil }
        let rate = Double(answered.count) / Double(lines.count)
        print("group-silence: \(answered.count) of \(lines.count) corpus lines answered (\(String(format: "%.2f", rate * 100))%)\(answered.isEmpty ? "" : ": \(answered)")")
        #expect(rate <= 0.01)
    }
}

@Suite struct GroupEventChatterTests {
    @Test("event chatter that uses domain words stays silent in a group", arguments: [
        "เซ็น MOU เสร็จแล้วเย็นนี้ฉลองกัน", "วิทยากรกี่คนมาวันนี้คะ", "วันนี้มีวิทยากรมากี่คนนะ", "MOUเรื่องอะไรนะที่เซ็นเมื่อวาน",
        "สมชาย@civicbot.com ส่งเมลแล้วนะ", "วิทยากรมาถึงหรือยังคะ", "ขอบคุณวิทยากรทุกท่านค่ะ", "ศส.ปชต.ประชุมกี่โมงคะ",
    ])
    func silent(text: String) throws {
        let bot = try TestBot.make()
        #expect(bot.reply(to: TestBot.groupMessage(text)).text == nil)
    }
}
