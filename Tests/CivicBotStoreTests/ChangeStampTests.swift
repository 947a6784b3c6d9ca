import CivicBotCore
@testable import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing

/// The change stamp lets a running bot keep its copies of the register and the roles: it must
/// move on every such change, from this process or another, and stay put for the log.
@Suite struct ChangeStampTests {
    let lexicon = Fixtures.catalogue.lexicon

    func record(_ text: String) -> InteractionRecord {
        InteractionRecord(at: Date(timeIntervalSince1970: 1_795_824_000), chatID: 1, chatType: "private", userID: 1, username: nil,
                          text: text, intent: "trainer_count", slotsJSON: "{}", reply: "r", processingMicros: 5)
    }

    @Test("the stamp stays put for logged messages and moves for a role or register change here")
    func localChanges() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("stamp.sqlite").path
        let db = try AppDatabase.open(path: path, lexicon: lexicon)
        let start = try db.changeStamp()
        try db.log(record("ลำพูนมีวิทยากรกี่คน"))
        try db.log(record("แล้วแพร่ล่ะ"))
        #expect(try db.changeStamp() == start, "the interaction log is not a change to watch")
        #expect(try db.roleBook().role(of: 42) == .volunteer)

        #expect(try db.addOfficer(42, by: .cli(nil)))
        let granted = try db.changeStamp()
        #expect(granted != start)
        #expect(try db.roleBook().role(of: 42) == .officer)

        #expect(try db.addAdmin(42, by: .cli(nil)))
        #expect(try db.changeStamp() != granted)
        #expect(try db.roleBook().role(of: 42) == .admin, "admin outranks officer")
    }

    @Test("a change committed by another connection (another process) moves the stamp")
    func externalChanges() async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("stamp.sqlite").path
        let running = try AppDatabase.open(path: path, lexicon: lexicon)
        let before = try await running.changeStamp()
        let tool = try AppDatabase.open(path: path, lexicon: lexicon)
        let lineID = "U" + String(repeating: "ab", count: 16)
        #expect(try tool.addLineAdmin(lineID, by: .cli(nil)))
        let after = try await running.changeStamp()
        #expect(after != before)
        #expect(try await running.roleBook().isLineAdmin(lineID))
        #expect(try await running.changeStamp() == after, "nothing changed since")
    }
}
