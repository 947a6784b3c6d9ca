import CivicBotCore
import CivicBotFakeLine
import CivicBotTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension LineServeTests {
    @Test("admins on LINE: admin add line:U…, the same register flow in a private chat; a volunteer is refused; in a group the admin is sent to a private chat and phones never show")
    func admins() async throws {
        let platform = FakeLinePlatform()
        try platform.start()
        defer { platform.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("line-admins.sqlite").path
        let admin = FakeLinePlatform.userID(0xad), volunteer = FakeLinePlatform.userID(0x70), group = FakeLinePlatform.groupID(0xad)
        let common = ["--db", database, "--intents", Fixtures.intents.path]
        #expect(try BinaryRunner.run(["admin", "add", "line:" + admin] + common).status == 0)
        #expect(try BinaryRunner.run(["admin", "add", "line:U123"] + common).status != 0)
        #expect(try BinaryRunner.run(["admin", "add", "line:" + admin.uppercased()] + common).status != 0)
        let list = try BinaryRunner.run(["admin", "list"] + common)
        #expect(list.stdout.contains("line:" + admin))

        let (serve, port) = try await Self.start(platform, database)
        let form = "ลงทะเบียนวิทยากร ชื่อ นายสมชาย ใจดี จังหวัด เชียงใหม่ หน่วยงาน กรมการปกครอง ประเภท ขยายผล โทร 081-234-5678"
        #expect(platform.post(platform.body([platform.messageEvent(form, from: admin)]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 1 })
        let saved = try #require(platform.deliveredMessages.first)
        #expect(Fixtures.fills(saved.text, .trainerRegister, "saved", ["id": "T-0001"]), "\(saved.text)")
        #expect(saved.to == admin)

        #expect(platform.post(platform.body([platform.messageEvent(form, from: volunteer)]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 2 })
        #expect(platform.deliveredMessages.last?.text == Fixtures.template(.trainerRegister, "refused"))

        #expect(platform.post(platform.body([platform.messageEvent(form, from: admin, group: group, mentionSelf: true)]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 3 })
        #expect(platform.deliveredMessages.last?.text == Fixtures.template(.trainerRegister, "private_only"))

        #expect(platform.post(platform.body([platform.messageEvent("เชียงใหม่มีวิทยากรคนไหนบ้าง", from: admin, group: group, mentionSelf: true)]), to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 4 })
        let inGroup = try #require(platform.deliveredMessages.last)
        #expect(inGroup.to == group)
        #expect(!inGroup.text.contains("0812345678") && !inGroup.text.contains("081-234-5678"), "\(inGroup.text)")

        // One request: a registration, then a list of that province: the list is decided on the
        // register the registration changed (an admin command ends its transaction).
        let second = "ลงทะเบียนวิทยากร ชื่อ นางมาลี ศรีสุข จังหวัด ลำพูน หน่วยงาน กรมการพัฒนาชุมชน ประเภท ขยายผล โทร 089-111-2222"
        #expect(platform.post(platform.body([platform.messageEvent(second, from: admin), platform.messageEvent("รายชื่อวิทยากรลำพูน", from: admin)]),
                              to: port) == 200)
        #expect(await eventually(timeout: .seconds(10)) { platform.deliveredMessages.count == 6 })
        let delivered = platform.deliveredMessages
        #expect(delivered.contains { Fixtures.fills($0.text, .trainerRegister, "saved", ["id": "T-0002"]) })
        #expect(delivered.suffix(2).contains { Fixtures.fills($0.text, .trainerList, "list", ["count": "1"]) && $0.text.contains("นางมาลี ศรีสุข") },
                "\(delivered.suffix(2).map(\.text))")
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        let audit = try BinaryRunner.run(["audit"] + common)
        #expect(audit.stdout.contains("line:" + admin))
    }
}
