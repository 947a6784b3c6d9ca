import CivicBotCore
import CivicBotTestSupport
import Foundation
import Testing

/// Issue 12: Telegram's `/` menu is data in Intents/ (`menu:` beside an intent's `commands:`).
@Suite struct IntentCatalogueMenuTests {
    @Test("the menu: /help first, every line a command the bot answers, Thai words of 1-256 characters")
    func menu() {
        let menu = Fixtures.catalogue.commandMenu
        #expect(menu.first?.command == "help")
        #expect(menu.map(\.command) == ["help", "center", "contact", "mou"])
        for line in menu {
            #expect(Fixtures.matcher.intent(forCommand: line.command) != nil, "/\(line.command) leads nowhere")
            #expect((1...256).contains(line.description.count))
            #expect(line.description.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "not Thai: \(line.description)")
        }
    }

    func load(editing file: String, _ edit: (String) -> String) throws -> CatalogueError? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.intents, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try IntentCatalogue.load(from: dir)
            return nil
        } catch let error as CatalogueError {
            return error
        }
    }

    @Test("a menu line without a command, or too long, is refused with file and key")
    func invalidMenu() throws {
        let orphan = try load(editing: "glossary.yaml") { $0.replacingOccurrences(of: "\npriority:", with: "\nmenu: ศัพท์\npriority:") }
        #expect(orphan?.file == "glossary.yaml" && orphan?.key == "menu", "\(String(describing: orphan))")
        let long = try load(editing: "help.yaml") {
            $0.replacingOccurrences(of: "menu: วิธีใช้และตัวอย่างคำถาม", with: "menu: " + String(repeating: "ก", count: 300))
        }
        #expect(long?.file == "help.yaml" && long?.key == "menu", "\(String(describing: long))")
    }
}
