import CivicBotCore
import Testing

@Suite struct ThaiPhoneTests {
    @Test("numbers as people type them are stored in one form", arguments: [
        ("0812345678", "0812345678", ThaiPhone.Kind.mobile),
        ("081-234-5678", "0812345678", .mobile),
        ("081 234 5678", "0812345678", .mobile),
        ("๐๘๑๒๓๔๕๖๗๘", "0812345678", .mobile),
        ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678", .mobile),
        ("+66812345678", "0812345678", .mobile),
        ("+66 81 234 5678", "0812345678", .mobile),
        ("(+66) 81-234-5678", "0812345678", .mobile),
        ("+66 081 234 5678", "0812345678", .mobile),
        ("66812345678", "0812345678", .mobile),
        ("0066812345678", "0812345678", .mobile),
        ("0612345678", "0612345678", .mobile),
        ("0912345678", "0912345678", .mobile),
        ("02-123-4567", "021234567", .landline),
        ("0-2251-9000", "022519000", .landline),
        ("053 123 456", "053123456", .landline),
        ("+66 53 123 456", "053123456", .landline),
        ("074.123.456", "074123456", .landline),
    ])
    func valid(_ input: String, _ stored: String, _ kind: ThaiPhone.Kind) throws {
        let phone = try ThaiPhone.parse(input)
        #expect(phone.digits == stored)
        #expect(phone.kind == kind)
    }

    @Test("what is not a Thai number says why", arguments: [
        ("", ThaiPhone.Problem.empty),
        (" - ", .empty),
        ("0812", .wrongLength(4)),
        ("08123456789", .wrongLength(11)),
        ("021234567 8", .wrongLength(10)),
        ("053 123 4567", .wrongLength(10)),
        ("0112345678", .unknownPrefix),
        ("1234567890", .unknownPrefix),
        ("+1 212 555 0100", .unknownPrefix),
        ("08l2345678", .invalidCharacters),
        ("โทรหาได้เลย", .invalidCharacters),
        ("0812345678'; DROP TABLE trainer;--", .invalidCharacters),
        ("02-251-9000 ext 2373", .hasExtension),
        ("02-251-9000 #2373", .hasExtension),
    ])
    func invalid(_ input: String, _ problem: ThaiPhone.Problem) {
        #expect(throws: problem) { try ThaiPhone.parse(input) }
    }

    @Test("a caller's extension words are honoured (ต่อ comes from Intents/)")
    func extensionWords() {
        #expect(throws: ThaiPhone.Problem.hasExtension) { try ThaiPhone.parse("0-2251-9000 ต่อ 2373", extensionMarkers: ["ต่อ"]) }
        #expect(throws: ThaiPhone.Problem.invalidCharacters) { try ThaiPhone.parse("0-2251-9000 ต่อ 2373", extensionMarkers: []) }
    }

    @Test("the display form groups digits and reads back to the same number")
    func display() throws {
        for input in ["0812345678", "021234567", "053123456"] {
            let phone = try ThaiPhone.parse(input)
            #expect(try ThaiPhone.parse(phone.display) == phone)
        }
        #expect(try ThaiPhone.parse("0812345678").display == "081-234-5678")
        #expect(try ThaiPhone.parse("021234567").display == "02-123-4567")
        #expect(try ThaiPhone.parse("053123456").display == "053-123-456")
    }
}
