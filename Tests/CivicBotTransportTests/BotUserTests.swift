import CivicBotTransport
import Foundation
import Testing

/// Tests of `BotUser`.
@Suite struct BotUserTests {
    /// Decodes snake case fields.
    @Test func decodesSnakeCaseFields() throws {
        let json = #"{"id":7000001,"is_bot":true,"first_name":"CivicBot","username":"civicbot","can_join_groups":true}"#
        let user = try JSONDecoder().decode(BotUser.self, from: Data(json.utf8))
        #expect(user == BotUser(id: 7_000_001, isBot: true, firstName: "CivicBot", username: "civicbot"))
    }
}
