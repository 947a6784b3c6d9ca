import CivicBotCore
import CivicBotService
import CivicBotTestSupport
import Foundation
import Testing

/// Issue 10: "no reply states a figure for a department, province, region or type other than the
/// one asked". Every province × department × type question, and every province alone, is answered
/// over the real seeded store; every number in the reply must be one the question allows.
@Suite struct RightFigureTests {
    static let year = 2563

    /// The numbers of a reply (Arabic digits; the replies use no others), without thousands commas.
    func numbers(_ text: String) -> [Int] {
        text.replacingOccurrences(of: ",", with: "").split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
    }

    @Test("a province's department and type: the reply states that cell and nothing else")
    func everyCell() throws {
        let bot = try TestBot.make()
        let lexicon = Fixtures.catalogue.lexicon
        let columns = lexicon.agencies.filter(\.registerColumn)
        var checked = 0
        for province in bot.snapshot.provinces {
            let lines = bot.snapshot.trainerCounts(province: province)
            for agency in columns {
                for type in lexicon.trainerTypes {
                    let reply = bot.reply(to: TestBot.privateMessage("\(province)มีวิทยากร\(type.name)ของ\(agency.name)กี่คน"))
                    #expect(reply.slots == ["province": province, "agency": agency.code, "trainer_type": type.code], "\(province) \(agency.code) \(type.code)")
                    let cell = lines.first { $0.trainerType == type.code }?.counts.first { $0.agency == agency.code }?.count ?? 0
                    let stated = Set(numbers(reply.text ?? "")).subtracting([Self.year])
                    #expect(stated == [cell], "\(province) \(agency.code) \(type.code): stated \(stated), the cell is \(cell)")
                    checked += 1
                }
            }
        }
        #expect(checked == 77 * 5 * 2)
    }

    @Test("a province alone: only that province's lines, totals and their sum")
    func everyProvince() throws {
        let bot = try TestBot.make()
        for province in bot.snapshot.provinces {
            let reply = bot.reply(to: TestBot.privateMessage("\(province)มีวิทยากรกี่คน"))
            #expect(reply.slots == ["province": province])
            let lines = bot.snapshot.trainerCounts(province: province)
            var allowed = Set(lines.flatMap { $0.counts.map(\.count) } + lines.map(\.total))
            allowed.insert(lines.filter(\.listed).reduce(0) { $0 + $1.total })
            allowed.formUnion([Self.year, 0])  // the year; the individually registered trainers (none in a fresh store)
            let stray = Set(numbers(reply.text ?? "")).subtracting(allowed)
            #expect(stray.isEmpty, "\(province): \(stray) is no figure of \(province)")
        }
    }
}
