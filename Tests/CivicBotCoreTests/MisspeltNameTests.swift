@testable import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// A misspelt province counts only where the unknown letters of the question END in it, and a
/// short form glued to letters that spell another province is neither (issue 10: batches 3, 10,
/// 11 and 15 showed "สุวรรณเขต" answered as สุพรรณบุรี and "อุดรดิตถ์" as อุดรธานี). The messages
/// are ours.
@Suite("Misspelt and run-on province names")
struct MisspeltNameTests {
    let decider = Decider(matcher: Fixtures.matcher)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func reply(_ text: String) -> Reply {
        let message = Message(text: text, userID: 9, chatID: 9, chatType: .private)
        return decider.decide(decider.interpret(message), role: nil, context: nil, knowledge: DeciderTests.snapshot, now: now).0.reply
    }

    func figures(_ text: String?) -> [Int] {
        (text ?? "").split { !$0.isNumber }.compactMap { Int($0) }.filter { $0 != 77 && !(2500...2600).contains($0) }
    }

    @Test("an unknown name that only holds a province's letters is asked about, with no figure",
          arguments: ["อยากทราบว่าสุวรรณแดนมีวิทยากรหลักกี่คน", "ลพบุรเขตมีวิทยากรขยายผลกี่คน"])
    func partInside(_ text: String) {
        let r = reply(text)
        #expect(r.slots["province"] == nil, "\(r.slots)")
        #expect(figures(r.text).isEmpty, "a figure for a place nobody asked: \(r.text ?? "")")
    }

    @Test("a misspelling at the end of the subject still counts (a preamble before it, a final sound in two letters)",
          arguments: [("บ้านผมอยู่เชียงไหม่มีวิทยากรหลักกี่คน", "เชียงใหม่"), ("ชุมพอนมีวิทยากรขยายผลกี่คน", "ชุมพร"),
                      ("ขอนแกนมีวิทยากรกี่คน", "ขอนแก่น"), ("ลพบุลีมีวิทยากรกี่คน", "ลพบุรี")])
    func misspeltAtTheEnd(_ text: String, _ province: String) {
        #expect(reply(text).slots["province"] == province)
    }

    @Test("a short form glued to letters that spell another province names neither, and both are suggested")
    func confusedShortForm() {
        let r = reply("อุดรดิตถ์มีวิทยากรขยายผลกี่คน")
        #expect(r.slots["province"] == nil, "\(r.slots)")
        #expect(figures(r.text).isEmpty, "\(r.text ?? "")")
        #expect((r.text ?? "").contains("อุดรธานี") && (r.text ?? "").contains("อุตรดิตถ์"), "\(r.text ?? "")")
        // Each alone is still that province.
        #expect(reply("อุดรมีวิทยากรกี่คน").slots["province"] == "อุดรธานี")
        #expect(reply("อุตรดิษฐ์มีวิทยากรกี่คน").slots["province"] == "อุตรดิตถ์")
    }

    @Test("the edit distances the checks use")
    func distances() {
        func s(_ t: String) -> [UInt32] { ThaiNormalizer.normalize(t).compactScalars }
        #expect(FuzzyMatcher.distance(s("อุดรดิตถ์"), s("อุตรดิตถ์"), limit: 2) == 1)
        #expect(FuzzyMatcher.distance(s("ลำปาง"), s("ลำพูน"), limit: 1) == 2)  // limit + 1: farther
        #expect(FuzzyMatcher.suffixDistance(pattern: s("ชุมพร"), text: s("บ้านชุมพอน")) == 1)
        #expect(FuzzyMatcher.suffixDistance(pattern: s("สุพรรณ"), text: s("สุวรรณเขต")) > 1)
    }
}
