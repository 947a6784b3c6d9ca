import CivicBotCore
import CivicBotTestSupport
import Testing

@Suite struct AddressingTests {
    @Test func commands() {
        #expect(Addressing.parse("/help", botUsername: "civicbot").command == "help")
        let own = Addressing.parse("/help@CivicBot", botUsername: "civicbot")
        #expect(own.command == "help")
        #expect(!own.forOtherBot)
        let other = Addressing.parse("/help@otherbot", botUsername: "civicbot")
        #expect(other.command == "help")
        #expect(other.forOtherBot)
        #expect(Addressing.parse("/ ไม่ใช่คำสั่ง", botUsername: "civicbot").command == nil)
    }

    @Test func mentions() {
        let a = Addressing.parse("@civicbot เชียงใหม่มีวิทยากรกี่คน", botUsername: "civicbot")
        #expect(a.mentioned)
        #expect(!a.text.contains("@civicbot"))
        #expect(!Addressing.parse("@civicbot2 สวัสดี", botUsername: "civicbot").mentioned)
        #expect(!Addressing.parse("สมชาย@civicbot.com ส่งเมลแล้วนะ", botUsername: "civicbot").mentioned)
        #expect(!Addressing.parse("ส่งไปที่ a@civicbot แล้ว", botUsername: "civicbot").mentioned)
        #expect(Addressing.parse("(@civicbot) ขอนแก่นมีวิทยากรกี่คน", botUsername: "civicbot").mentioned)
        #expect(Addressing.parse("ถาม @CIVICBOT หน่อย", botUsername: "civicbot").mentioned)
    }
}

@Suite struct ReplyPolicyTests {
    @Test("private chats always get an answer; groups only confident domain questions or when addressed")
    func policy() throws {
        let count = Fixtures.catalogue.intent(.trainerCount)
        let greeting = Fixtures.catalogue.intent(.greeting)
        let unknown = Fixtures.catalogue.intent(.unknown)
        var u = Understanding.unknown
        #expect(ReplyPolicy.shouldAnswer(u, definition: unknown, chatType: .private, addressed: false))
        #expect(!ReplyPolicy.shouldAnswer(u, definition: unknown, chatType: .group, addressed: false))
        #expect(ReplyPolicy.shouldAnswer(u, definition: unknown, chatType: .group, addressed: true))
        u.intent = .trainerCount
        u.score = 1.5
        #expect(!ReplyPolicy.shouldAnswer(u, definition: count, chatType: .group, addressed: false))
        u.score = 3
        #expect(ReplyPolicy.shouldAnswer(u, definition: count, chatType: .group, addressed: false))
        u.intent = .greeting
        #expect(!ReplyPolicy.shouldAnswer(u, definition: greeting, chatType: .group, addressed: false))
        #expect(ReplyPolicy.shouldAnswer(u, definition: greeting, chatType: .group, addressed: true))
    }
}

@Suite struct TemplateTests {
    @Test func render() {
        #expect(Template.render("จังหวัด{province} {count} คน", ["province": "น่าน", "count": "3"]) == "จังหวัดน่าน 3 คน")
        #expect(Template.render("{missing} ok", [:]) == "{missing} ok")
        #expect(Template.render("no close {brace", ["brace": "x"]) == "no close {brace")
        #expect(Template.placeholders(in: "{a} และ {b}") == ["a", "b"])
    }
}
