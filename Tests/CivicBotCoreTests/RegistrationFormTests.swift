import CivicBotCore
import CivicBotTestSupport
import Testing

@Suite struct RegistrationFormTests {
    let form: RegistrationForm

    init() throws {
        let spec = try #require(Fixtures.catalogue.intent(.trainerRegister).form)
        form = RegistrationForm(spec: spec, matcher: Fixtures.matcher)
    }

    func draft(_ text: String) -> Result<TrainerDraft, RegistrationProblems> { form.draft(from: form.parse(text)) }

    func problems(_ text: String) -> [RegistrationProblem] {
        if case .failure(let p) = draft(text) { return p.problems }
        return []
    }

    @Test("the issue's one-line example")
    func oneLine() throws {
        let d = try draft("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน กรมการปกครอง ประเภท วิทยากรขยายผล โทร 0812345678").get()
        #expect(d == TrainerDraft(name: "นายสมชาย ใจดี", nameKey: "สมชายใจดี", province: "เชียงใหม่", agency: "DOPA", trainerType: "extended", phone: "0812345678"))
    }

    @Test("forms that must work: several lines, colons, any order, short codes, nicknames, glued labels", arguments: [
        ("ลงทะเบียนวิทยากร\nชื่อ: นางสาวมาลี ศรีสุข\nจังหวัด: ขอนแก่น\nหน่วยงาน: พช.\nประเภท: หลัก\nโทร: 089-123-4567",
         "นางสาวมาลี ศรีสุข", "ขอนแก่น", "CDD", "core", "0891234567"),
        ("ลงทะเบียนวิทยากร\nประเภท: ขยายผล\nหน่วยงาน: กรมกิจการผู้สูงอายุ\nจังหวัด: น่าน\nชื่อ: นายวิชัย มั่นคง",
         "นายวิชัย มั่นคง", "น่าน", "DOP", "extended", nil),
        ("เพิ่มวิทยากร ชื่อ ดร.สมศรี แก้วใส จ.ลำปาง กรม สบส. ประเภท หลัก", "ดร.สมศรี แก้วใส", "ลำปาง", "HSS", "core", nil),
        ("ลงทะเบียนวิทยากร ชื่อนายเอก ทองดี จังหวัดโคราช กรมการพัฒนาชุมชน ประเภทขยายผล โทร๐๘๑๒๓๔๕๖๗๘",
         "นายเอก ทองดี", "นครราชสีมา", "CDD", "extended", "0812345678"),
        ("ลงทะเบียนวิทยากร ชื่อ: นายบุญมา ใจเย็น, จังหวัด: จ.ตาก, หน่วยงาน: ปค., ประเภท: ครู ข", "นายบุญมา ใจเย็น", "ตาก", "DOPA", "extended", nil),
        ("ลงทะเบียนวิทยากร\nชื่อ-สกุล : ว่าที่ร้อยตรีสมหมาย รักชาติ\nจว.: ชัยภูมิ\nกรม: การพัฒนาชุมชน\nประเภทวิทยากร: วิทยากรหลัก",
         "ว่าที่ร้อยตรีสมหมาย รักชาติ", "ชัยภูมิ", "CDD", "core", nil),
        ("ลงทะเบียนวิทยากร นายสมชาย ใจดี จังหวัด อุบลฯ หน่วยงาน สถ. ประเภท หลัก เบอร์ +66 2 123 4567", "นายสมชาย ใจดี", "อุบลราชธานี", "DLA", "core", "021234567"),
        ("register trainer name Mr. John Smith province Khon Kaen agency DOPA type core phone 0812345678",
         "Mr. John Smith", "ขอนแก่น", "DOPA", "core", "0812345678"),
        ("ลงทะเบียนวิทยากร ชื่อ จ.ส.อ.สมพงษ์ กล้าหาญ จังหวัด กทม. หน่วยงาน กรมส่งเสริมการปกครองท้องถิ่น ประเภท หลัก",
         "จ.ส.อ.สมพงษ์ กล้าหาญ", "กรุงเทพมหานคร", "DLA", "core", nil),
    ] as [(String, String, String, String, String, String?)])
    func works(_ text: String, _ name: String, _ province: String, _ agency: String, _ type: String, _ phone: String?) throws {
        let d = try draft(text).get()
        #expect(d.name == name)
        #expect(d.province == province)
        #expect(d.agency == agency)
        #expect(d.trainerType == type)
        #expect(d.phone == phone)
    }

    @Test("every missing required field is listed, in one go")
    func missing() {
        #expect(problems("ลงทะเบียนวิทยากร") == [.missing(.name), .missing(.province), .missing(.agency), .missing(.trainerType)])
        let base = ["ชื่อ นายสมชาย ใจดี", "จังหวัด เชียงใหม่", "หน่วยงาน ปค.", "ประเภท หลัก"]
        let fields: [RegistrationField] = [.name, .province, .agency, .trainerType]
        for (i, field) in fields.enumerated() {
            var parts = base
            parts.remove(at: i)
            #expect(problems("ลงทะเบียนวิทยากร " + parts.joined(separator: " ")) == [.missing(field)], "without \(field)")
        }
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ: \nจังหวัด: เชียงใหม่\nหน่วยงาน: ปค.\nประเภท: หลัก") == [.missing(.name)])
    }

    @Test("wrong values are each reported, with did-you-mean suggestions")
    func invalid() {
        let p = problems("ลงทะเบียนวิทยากร ชื่อ สมชาย ใจดี จังหวัด เชียงไหม่ หน่วยงาน กรมการปกครอบ ประเภท ตัวจริง โทร 0812")
        #expect(p.count == 5)
        #expect(p.contains(.nameWithoutTitle))
        #expect(p.contains(.unknownProvince("เชียงไหม่", suggestions: ["เชียงใหม่"])))
        #expect(p.contains(.unknownAgency("กรมการปกครอบ", suggestions: ["DOPA"])))
        #expect(p.contains(.unknownTrainerType("ตัวจริง")))
        #expect(p.contains(.invalidPhone("0812", .wrongLength(4))))
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ นายก จังหวัด ปารีส หน่วยงาน ปค. ประเภท หลัก") == [.nameTooShort, .unknownProvince("ปารีส", suggestions: [])])
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี 0812345678 จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก") == [.nameHasDigits])
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด น่าน หน่วยงาน สำนักงาน กกต. ประเภท หลัก") == [.agencyNotInRegister("ECT")])
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด น่าน จังหวัด แพร่ หน่วยงาน ปค. ประเภท หลัก") == [.repeated(.province)])
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก โทร 02-251-9000 ต่อ 2373")
            == [.invalidPhone("02-251-9000 ต่อ 2373", .hasExtension)])
    }

    @Test("length limits: name 100, note 300 (in characters as SQLite counts them)")
    func limits() throws {
        let long = "นาย" + String(repeating: "กข", count: 49)  // 101 scalars
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ \(long) จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก") == [.tooLong(.name, max: 100)])
        let fits = "นาย" + String(repeating: "กข", count: 48) + "ค"  // 100
        #expect(try draft("ลงทะเบียนวิทยากร ชื่อ \(fits) จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก").get().name == fits)
        let note = String(repeating: "x", count: 301)
        #expect(problems("ลงทะเบียนวิทยากร ชื่อ นายก้อง ดี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก หมายเหตุ \(note)") == [.tooLong(.note, max: 300)])
    }

    @Test("SQL, markup and control characters are kept as typed")
    func literal() throws {
        let d = try draft("ลงทะเบียนวิทยากร ชื่อ นายบ็อบ'); DROP TABLE trainer;-- จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก หมายเหตุ <b>x</b> & \u{7}\u{1B}[31m").get()
        #expect(d.name == "นายบ็อบ'); DROP TABLE trainer;--")
        #expect(d.note == "<b>x</b> & \u{7}\u{1B}[31m")
    }

    @Test("a name differing only in spaces or title is the same person for duplicates")
    func nameKey() throws {
        let a = try draft("ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก").get()
        let b = try draft("ลงทะเบียนวิทยากร ชื่อ ดร. สมชาย  ใจดี จังหวัด น่าน หน่วยงาน ปค. ประเภท หลัก").get()
        #expect(a.nameKey == b.nameKey)
        #expect(a.name != b.name)
    }

    @Test("a correction takes only the fields given; '-' clears phone or note")
    func patch() throws {
        let p = try form.patch(from: form.parse("แก้ไขวิทยากร T-0007 โทร 081 234 5678 หมายเหตุ -")).get()
        #expect(p.fields == [.phone, .note])
        #expect(p.phone == .some("0812345678"))
        #expect(p.note == .some(nil))
        #expect(p.name == nil)
        if case .failure(let f) = form.patch(from: form.parse("แก้ไขวิทยากร T-0007")) { #expect(f.problems == [.nothingToChange]) } else { Issue.record("accepted an empty patch") }
        if case .failure(let f) = form.patch(from: form.parse("แก้ไขวิทยากร T-0007 โทร 12")) { #expect(f.problems == [.invalidPhone("12", .unknownPrefix)]) } else { Issue.record("accepted a bad phone") }
    }

    @Test("trainer ids: T-0007, t7, Thai digits; not inside words")
    func trainerIDs() {
        #expect(TrainerID(7).description == "T-0007")
        #expect(TrainerID(12345).description == "T-12345")
        #expect(TrainerID.all(in: "ลบวิทยากร T-0007") == [TrainerID(7)])
        #expect(TrainerID.all(in: "ลบวิทยากร t7 และ T 12 และ T-0007") == [TrainerID(7), TrainerID(12)])
        #expect(TrainerID.all(in: "แก้ไขวิทยากร T-๐๐๑๒") == [TrainerID(12)])
        #expect(TrainerID.all(in: "ลบวิทยากร at7 T-0 t-x") == [])
    }
}
