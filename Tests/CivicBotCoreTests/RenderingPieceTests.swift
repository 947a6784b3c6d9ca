import CivicBotCore
import CivicBotTestSupport
import Testing

@Suite struct ThaiDigitsTests {
    @Test("Thai digits become Arabic anywhere in Thai text; everything else is kept byte for byte")
    func toArabic() {
        #expect(ThaiDigits.toArabic("หนังสือที่ มท ๐๘๑๘.๒/ว ๒๕๖๕") == "หนังสือที่ มท 0818.2/ว 2565")
        #expect(ThaiDigits.toArabic("๙") == "9")
        #expect(ThaiDigits.toArabic("ไม่มีเลข 12") == "ไม่มีเลข 12")
        // Thai letters sharing the digits' first two UTF-8 bytes (E0 B9 8x: เ แ โ ใ ไ) stay letters.
        #expect(ThaiDigits.toArabic("เแโใไ๑") == "เแโใไ1")
        #expect(ThaiDigits.toArabic("") == "")
    }
}

@Suite struct RankingTests {
    @Test("a ranking counts every province by type and agency, most or least first, ties in the store's order")
    func ranking() {
        let snapshot = DeciderTests.snapshot   // ลำพูน: core 1,0,2,0,0 extended 7,6,5,4,3; แพร่: core 0s, extended 1,1,1,1,11
        func ranked(_ type: String?, _ agency: String?, most: Bool = true) -> [String] {
            snapshot.ranking(trainerType: type, agency: agency, mostFirst: most).map { "\($0.province)=\($0.count)" }
        }
        #expect(ranked("extended", nil) == ["ลำพูน=25", "แพร่=15"])
        #expect(ranked("extended", "DOP") == ["แพร่=11", "ลำพูน=3"])
        #expect(ranked(nil, nil, most: false) == ["แพร่=15", "ลำพูน=28"])
        #expect(ranked("core", "DLA") == ["ลำพูน=0", "แพร่=0"], "a tie keeps the store's order")
        #expect(ranked("core", "HSS", most: false) == ["แพร่=0", "ลำพูน=2"])
        #expect(ranked("nosuchtype", nil) == ["ลำพูน=0", "แพร่=0"])
        // Replacing the trainers keeps the rankings.
        #expect(snapshot.replacingTrainers([], version: 9).ranking(trainerType: "extended", agency: "DOP", mostFirst: true).first?.count == 11)
    }
}
