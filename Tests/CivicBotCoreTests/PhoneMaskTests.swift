import CivicBotCore
import Testing

/// Issue 12: phone numbers masked in what the bot keeps.
@Suite struct PhoneMaskTests {
    @Test("Thai numbers as people and templates write them are masked; other numbers stay", arguments: [
        ("โทร 0812345678", "โทร xxxxxxxxxx"),
        ("• T-0001 นายสมชาย — ปค., วิทยากรหลัก, โทร 081-234-5678\nต่อไป", "• T-0001 นายสมชาย — ปค., วิทยากรหลัก, โทร xxx-xxx-xxxx\nต่อไป"),
        ("บ้าน 053 123 456 ค่ะ", "บ้าน xxx xxx xxx ค่ะ"),
        ("โทร ๐๘๑๒๓๔๕๖๗๘", "โทร xxxxxxxxxx"),
        ("+66 81 234 5678", "+xx xx xxx xxxx"),
        ("วิทยากรหลัก รวม 158 คน ปี 2563", "วิทยากรหลัก รวม 158 คน ปี 2563"),
        ("325/299/301/296/276 = 1497", "325/299/301/296/276 = 1497"),
        ("เลข 1234567890 ไม่ใช่เบอร์", "เลข 1234567890 ไม่ใช่เบอร์"),
    ])
    func mask(_ c: (String, String)) {
        #expect(PhoneMask.mask(c.0) == c.1)
    }
}
