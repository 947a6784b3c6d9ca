import CivicBotCore
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

@Suite struct TrainerCSVTests {
    let form: RegistrationForm
    let spec: RegistrationFormSpec

    init() throws {
        spec = try #require(Fixtures.catalogue.intent(.trainerRegister).form)
        form = RegistrationForm(spec: spec, matcher: Fixtures.matcher)
    }

    @Test("RFC 4180: quotes, doubled quotes, commas and line breaks inside cells, CRLF or LF, BOM, no final newline")
    func reading() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\"\""
        let rows = try TrainerCSV.records(Data(TrainerCSV.byteOrderMark) + Data(text.utf8))
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(throws: TrainerCSV.FileError.unterminatedQuote(row: 2)) { try TrainerCSV.records("a\n\"open") }
        #expect(throws: TrainerCSV.FileError.notUTF8) { try TrainerCSV.records(Data([0x61, 0xFF, 0xFE])) }
        #expect(throws: TrainerCSV.FileError.empty) { try TrainerCSV.records(Data()) }
    }

    @Test("writing quotes what needs it and reads back the same")
    func writing() throws {
        let rows = [["id", "name"], ["T-0001", "a,b"], ["T-0002", "say \"hi\""], ["T-0003", "line\nbreak"], ["T-0004", " pad "]]
        let text = TrainerCSV.encode(rows)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("\"a,b\""))
        #expect(text.contains("\"say \"\"hi\"\"\""))
        #expect(try TrainerCSV.records(text) == rows)
        #expect(TrainerCSV.fileData(rows).starts(with: TrainerCSV.byteOrderMark))
    }

    @Test("Thai or English headers, any order; every row checked like a chat message")
    func plan() throws {
        let thai = "ชื่อ,จังหวัด,หน่วยงาน,ประเภท,โทร,หมายเหตุ\nนายสมชาย ใจดี,เชียงใหม่,กรมการปกครอง,ขยายผล,081-234-5678,\nนางสาวมาลี ศรีสุข,โคราช,พช.,หลัก,,ว่างเสาร์\n,,,,,\n"
        guard case .valid(let drafts) = try TrainerCSV.plan(Data(thai.utf8), form: form) else { Issue.record("refused"); return }
        #expect(drafts.map(\.row) == [2, 3])
        #expect(drafts[0].draft.phone == "0812345678")
        #expect(drafts[1].draft.province == "นครราชสีมา")
        #expect(drafts[1].draft.agency == "CDD")
        let english = "Type,Province,Name,Agency\ncore,Khon Kaen,Mr. John Smith,DOPA\n"
        guard case .valid(let e) = try TrainerCSV.plan(Data(english.utf8), form: form) else { Issue.record("refused"); return }
        #expect(e.first?.draft.name == "Mr. John Smith")
        #expect(e.first?.draft.province == "ขอนแก่น")
    }

    @Test("bad rows are reported by row number with every problem; bad headers as row 1")
    func problems() throws {
        let text = "ชื่อ,จังหวัด,หน่วยงาน,ประเภท,โทร\nนายสมชาย ใจดี,เชียงใหม่,ปค.,หลัก,0812345678\nสมหญิง,เชียงไหม่,ปค.,หลัก,0812\nนายดี มาก,น่าน,ปค.,หลัก,,เกิน\n"
        let plan = try TrainerCSV.plan(Data(text.utf8), form: form)
        let expected: [TrainerCSV.RowProblems] = [
            .init(row: 3, problems: [.nameWithoutTitle, .unknownProvince("เชียงไหม่", suggestions: ["เชียงใหม่"]), .invalidPhone("0812", .wrongLength(4))]),
            .init(row: 4, problems: [.extraCells(found: 6, expected: 5)]),
        ]
        #expect(plan == .invalid(expected))
        let headers = try TrainerCSV.plan(Data("ชื่อ,เมือง,ชื่อ\n".utf8), form: form)
        #expect(headers == .invalid([.init(row: 1, problems: [.unknownColumn("เมือง"), .repeatedColumn("ชื่อ"), .missing(.province), .missing(.agency), .missing(.trainerType)])]))
    }

    @Test("round trip: export, import into an empty register, export again: the same rows")
    func roundTrip() throws {
        let lexicon = Fixtures.catalogue.lexicon
        let a = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        let drafts = [
            TrainerDraft(name: "นายสมชาย ใจดี", nameKey: "สมชายใจดี", province: "เชียงใหม่", agency: "DOPA", trainerType: "extended", phone: "0812345678"),
            TrainerDraft(name: "นางสาวมาลี \"มะลิ\", ศรีสุข", nameKey: "มาลีมะลิศรีสุข", province: "น่าน", agency: "CDD", trainerType: "core", phone: "053123456",
                         note: "ว่างเสาร์, อาทิตย์ =SUM(A1)"),
            TrainerDraft(name: "ดร.เอก ทอง", nameKey: "เอกทอง", province: "กรุงเทพมหานคร", agency: "HSS", trainerType: "core", phone: "021234567"),
        ]
        _ = try a.importTrainers(drafts, by: .cli(nil))
        let removed = try a.register(TrainerDraft(name: "นายลบ แล้ว", nameKey: "ลบแล้ว", province: "น่าน", agency: "DOP", trainerType: "core"), by: .cli(nil))
        _ = try a.removeTrainer(id: removed.id, by: .cli(nil))
        let first = TrainerCSV.fileData(TrainerCSV.exportRows(try a.allTrainers(), lexicon: lexicon, spec: spec))
        #expect(first.starts(with: TrainerCSV.byteOrderMark))
        let text = String(decoding: first.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("รหัส,ชื่อ,จังหวัด,หน่วยงาน,ประเภท,โทร,หมายเหตุ,\(spec.csvHeader["phone_consent"] ?? "?")\r\n"))
        #expect(text.contains("081-234-5678"), "dashed, so spreadsheets keep the 0")
        #expect(!text.contains("นายลบ"), "removed trainers are not exported")

        let b = try AppDatabase.open(path: ":memory:", lexicon: lexicon)
        guard case .valid(let planned) = try TrainerCSV.plan(first, form: form) else { Issue.record("export does not import"); return }
        _ = try b.importTrainers(planned.map(\.draft), by: .cli(nil))
        let second = TrainerCSV.fileData(TrainerCSV.exportRows(try b.allTrainers(), lexicon: lexicon, spec: spec))
        // The same rows; ids are new in the new register.
        let rowsA = try TrainerCSV.records(first).map { $0.dropFirst() }, rowsB = try TrainerCSV.records(second).map { $0.dropFirst() }
        #expect(rowsA == rowsB)
        #expect(rowsA.count == 4)
        #expect(try b.allTrainers().map(\.note) == (try a.allTrainers().map(\.note)))
    }

    @Test("a file with one bad row imports nothing")
    func oneBadRow() throws {
        let db = try AppDatabase.open(path: ":memory:", lexicon: Fixtures.catalogue.lexicon)
        let text = "ชื่อ,จังหวัด,หน่วยงาน,ประเภท\nนายหนึ่ง ดี,น่าน,ปค.,หลัก\nนายสอง ดี,น่าน,ปค.,ตัวสำรอง\nนายสาม ดี,น่าน,ปค.,หลัก\n"
        let plan = try TrainerCSV.plan(Data(text.utf8), form: form)
        #expect(plan == .invalid([.init(row: 3, problems: [.unknownTrainerType("ตัวสำรอง")])]))
        #expect(try db.allTrainers().isEmpty)
    }
}
