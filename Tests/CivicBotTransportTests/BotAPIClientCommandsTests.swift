import CivicBotTransport
import Foundation
import Testing

/// Issue 12: getMe's privacy flag and the `/` menu calls, against the fake Bot API over loopback.
@Suite struct BotAPIClientCommandsTests {
    @Test("identity reads can_read_all_group_messages either way")
    func identity() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        #expect(try await fixture.api.identity() == BotIdentity(username: "civicbot", readsAllGroupMessages: false))
        fixture.server.setReadsAllGroupMessages(true)
        #expect(try await fixture.api.identity().readsAllGroupMessages)
    }

    @Test("ensureCommands sets the menu once, then finds it set; a refused menu is an error, not a crash")
    func ensureCommands() async throws {
        let fixture = try TestFixture()
        defer { fixture.server.stop() }
        let menu = [BotCommand(command: "help", description: "วิธีใช้"), BotCommand(command: "contact", description: "ติดต่อ")]
        #expect(try await fixture.api.ensureCommands(menu))
        #expect(try await !fixture.api.ensureCommands(menu))
        #expect(fixture.server.count(of: "setMyCommands") == 1)
        #expect(fixture.server.commandMenu.map(\.command) == ["help", "contact"])
        let body = try #require(fixture.server.requests.first { $0.method == "setMyCommands" }?.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect((json["commands"] as? [[String: String]])?.first == ["command": "help", "description": "วิธีใช้"])
        let bad = await transportError { try await fixture.api.setMyCommands([BotCommand(command: "", description: "")]) }
        #expect(bad != nil)
        #expect(fixture.server.commandMenu.count == 2, "a refused menu leaves the old one")
    }
}
