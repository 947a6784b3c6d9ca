import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// `civicbot admin`, `audit`, `stats` and `trainers import|export` through the built binary.
@Suite struct AdminCommandTests {
    /// The export's header row, from trainer_register's `form.csv_header` in Intents/.
    static let csvHeader = ["id", "name", "province", "agency", "trainer_type", "phone", "note", "phone_consent"]
        .map { Fixtures.catalogue.intent(.trainerRegister).form?.csvHeader[$0] ?? "<no csv_header.\($0)>" }.joined(separator: ",")

    /// How the export writes "no consent to show the phone" (the form's first `consent_words.no`).
    static let noConsent = Fixtures.catalogue.intent(.trainerRegister).form?.consentWords["no"]?.first ?? "<no consent word>"

    let dir: URL
    let db: String

    init() throws {
        dir = try Fixtures.temporaryDirectory()
        db = dir.appendingPathComponent("admin.sqlite").path
    }

    func run(_ args: [String], input: String = "") throws -> BinaryRunner.Result { try BinaryRunner.run(args + ["--db", db], input: input) }

    @Test("admin add, list, remove by numeric id; wrong input is a clear error with exit 1")
    func admin() throws {
        let add = try run(["admin", "add", "4242"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "admin 4242 added\n")
        #expect(try run(["admin", "add", "4242"]).stdout == "4242 is already an admin\n")
        #expect(try run(["admin", "add", "77"]).status == 0)
        let list = try run(["admin", "list"])
        #expect(list.lines.map { $0.split(separator: "\t").first.map(String.init) } == ["77", "4242"])
        #expect(list.lines.allSatisfy { $0.hasSuffix("\tcli") })
        #expect(try run(["admin", "remove", "77"]).stdout == "admin 77 removed\n")
        let again = try run(["admin", "remove", "77"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("77 is not an admin"))
        for bad in [["admin", "add", "@somchai"], ["admin", "add", "0"], ["admin", "add", "-5"], ["admin", "add"]] {
            let r = try run(bad)
            #expect(r.status != 0, "\(bad)")
            #expect(!r.stderr.isEmpty)
        }
        #expect(try run(["admin", "list"]).lines.count == 1)
    }

    @Test("the admin granted on the command line can register in the REPL; audit prints every change")
    func auditAndRepl() throws {
        _ = try run(["admin", "add", "42"])
        let input = [
            #"{"text":"ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน ปค. ประเภท หลัก โทร 0812345678","user_id":42}"#,
            #"{"text":"ลบวิทยากร T-0001","user_id":7}"#,
            #"{"text":"ลบวิทยากร T-0001","user_id":42}"#,
        ].joined(separator: "\n") + "\n"
        let repl = try run(["repl", "--jsonl"], input: input)
        #expect(repl.status == 0)
        #expect(repl.lines.count == 3)
        #expect(repl.lines[0].contains("T-0001"))
        let audit = try run(["audit"])
        #expect(audit.status == 0)
        let rows = audit.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.map { $0.count } == [6, 6, 6, 6])
        #expect(rows.map { $0[2] } == ["admin_add", "register", "refused", "remove"])
        #expect(rows.map { $0[1] } == ["cli", "42", "7", "42"])
        #expect(rows[1][3] == "T-0001")
        #expect(rows[1][4] == "-")
        #expect(rows[1][5].contains("\"phone\":\"0812345678\""))
        #expect(rows[3][5].contains("deletedAt"))
        #expect(try run(["audit", "--limit", "1"]).lines.count == 1)
    }

    @Test("stats prints the report with today's messages and the unanswered question")
    func stats() throws {
        _ = try run(["repl", "--jsonl"], input: "ราคาทองวันนี้เท่าไหร่\nเชียงใหม่มีวิทยากรกี่คน\n")
        let stats = try run(["stats"])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(Fixtures.fills(stats.stdout, .stats, "report", ["today": "2"]))
        #expect(stats.stdout.contains("• trainer_count: 1"))
        #expect(stats.stdout.contains("ราคาทองวันนี้เท่าไหร่"))
    }

    @Test("trainers import then export: UTF-8 with BOM, RFC 4180, and the export imports again")
    func importExport() throws {
        let csv = dir.appendingPathComponent("in.csv")
        let body = "\u{FEFF}name,province,agency,type,phone,note\r\n" +
            "\"นายสมชาย ใจดี\",เชียงใหม่,กรมการปกครอง,ขยายผล,081-234-5678,\"ว่าง เสาร์, อาทิตย์\"\r\n" +
            "นางสาวมาลี ศรีสุข,โคราช,พช.,หลัก,,\r\n"
        try Data(body.utf8).write(to: csv)
        let imported = try run(["trainers", "import", csv.path, "--by", "42"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported 2 trainer(s): T-0001 … T-0002\n")
        let export = try BinaryRunner.run(["trainers", "export", "--db", db])
        #expect(export.status == 0)
        #expect(export.stdout.hasPrefix("\u{FEFF}" + Self.csvHeader + "\r\n"))
        #expect(export.stdout.contains("T-0001,นายสมชาย ใจดี,เชียงใหม่,กรมการปกครอง,วิทยากรขยายผล,081-234-5678,\"ว่าง เสาร์, อาทิตย์\",\(Self.noConsent)\r\n"))
        #expect(export.stdout.contains("นางสาวมาลี ศรีสุข,นครราชสีมา,กรมการพัฒนาชุมชน,วิทยากรหลัก,,,\(Self.noConsent)\r\n"))
        // The export into a fresh register.
        let out = dir.appendingPathComponent("out.csv")
        #expect(try run(["trainers", "export", "--output", out.path]).status == 0)
        let other = dir.appendingPathComponent("other.sqlite").path
        let again = try BinaryRunner.run(["trainers", "import", out.path, "--db", other])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try BinaryRunner.run(["trainers", "export", "--db", other]).stdout == export.stdout)
        // Importing the same file twice: duplicates, nothing imported.
        let twice = try run(["trainers", "import", csv.path])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("row 2: the register already has T-0001"))
        #expect(try run(["trainers", "export"]).stdout == export.stdout)
    }

    @Test("a CSV with one bad row imports nothing; errors name the row; unreadable files are clear errors")
    func badFiles() throws {
        let csv = dir.appendingPathComponent("bad.csv")
        try Data("ชื่อ,จังหวัด,หน่วยงาน,ประเภท,โทร\nนายหนึ่ง ดี,น่าน,ปค.,หลัก,\nนายสอง ดี,เชียงไหม่,ปค.,หลัก,0812\nนายสาม ดี,น่าน,ปค.,หลัก,\n".utf8).write(to: csv)
        let r = try run(["trainers", "import", csv.path])
        #expect(r.status == 1)
        let row3 = r.stderr.split(separator: "\n").filter { $0.hasPrefix("row 3: ") }.joined(separator: "\n")
        #expect(Fixtures.fills(row3, .trainerRegister, "problem_unknown_province", ["value": "เชียงไหม่"]), "\(r.stderr)")
        #expect(Fixtures.fills(row3, .trainerRegister, "problem_phone_wrong_length", ["value": "0812", "count": "4"]), "\(r.stderr)")
        #expect(r.stderr.contains("nothing imported"))
        #expect(!r.stderr.contains("row 2"))
        let export = try run(["trainers", "export"])
        #expect(export.stdout == "\u{FEFF}" + Self.csvHeader + "\r\n")

        let latin1 = dir.appendingPathComponent("latin1.csv")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xE9, 0x0A]).write(to: latin1)
        let notUTF8 = try run(["trainers", "import", latin1.path])
        #expect(notUTF8.status == 1)
        #expect(notUTF8.stderr.contains("not UTF-8"))
        let missing = try run(["trainers", "import", dir.appendingPathComponent("nope.csv").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read"))
        let header = dir.appendingPathComponent("header.csv")
        try Data("ชื่อ,เมือง\n".utf8).write(to: header)
        let h = try run(["trainers", "import", header.path])
        #expect(h.status == 1)
        #expect(Fixtures.fills(h.stderr, .trainerRegister, "problem_unknown_column", ["value": "เมือง"]) && h.stderr.contains("row 1: "), "\(h.stderr)")
    }
}
