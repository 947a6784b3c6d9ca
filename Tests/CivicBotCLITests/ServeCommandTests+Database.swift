import CivicBotFakeTelegram
import CivicBotStore
import CivicBotTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9 through the binary: one instance per database file, damaged and newer databases.
extension ServeCommandTests {
    @Test("issue 9 item 5: a second serve on the same database through a symlink, or a symlinked folder, exits 1")
    func lockOnTheResolvedFile() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let dir = try Fixtures.temporaryDirectory()
        let database = dir.appendingPathComponent("real.sqlite").path
        let fm = FileManager.default
        let first = try ServeProcess(server: server, database: database)
        #expect(await eventually(timeout: .seconds(20)) { server.count(of: "getUpdates") > 0 })
        let link = dir.appendingPathComponent("link.sqlite").path
        try fm.createSymbolicLink(atPath: link, withDestinationPath: database)
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("elsewhere").path
        try fm.createSymbolicLink(atPath: folder, withDestinationPath: dir.path)
        for other in [link, folder + "/real.sqlite"] {
            let second = try ServeProcess(server: server, database: other)
            let status = await second.wait(timeout: .seconds(10))
            #expect(status == 1, "\(other)")
            #expect(second.log.contains("already"), "\(second.log.suffix(500))")
        }
        first.send(SIGTERM)
        #expect(await first.wait(timeout: .seconds(8)) == 0)
    }

    @Test("issue 9 item 8: a database migrated by a newer version is refused by serve, repl and admin, and left unchanged")
    func newerDatabase() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("newer.sqlite").path
        #expect(try BinaryRunner.run(["admin", "list", "--db", database, "--intents", Fixtures.intents.path]).status == 0)
        // What a later version would leave: a migration this build has never heard of.
        try await DatabaseQueue(path: database).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let serve = try ServeProcess(server: server, database: database)
        #expect(await serve.wait(timeout: .seconds(15)) == 1)
        #expect(serve.log.contains("v99-from-the-future"), "\(serve.log.suffix(800))")
        let repl = try BinaryRunner.run(["repl", "--jsonl", "--db", database, "--intents", Fixtures.intents.path], input: "สวัสดีค่ะ\n")
        let admin = try BinaryRunner.run(["admin", "add", "5", "--db", database, "--intents", Fixtures.intents.path])
        for result in [repl, admin] {
            #expect(result.status == 1)
            #expect(result.stderr.contains("newer version"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before, "the database file is unchanged")
        #expect(server.count(of: "getUpdates") == 0)
    }

    @Test("issue 9 item 3c: a database damaged mid-file stops serve (exit 1, logged) instead of looping; status reports the damage")
    func damagedDatabase() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("damaged.sqlite").path
        #expect(try BinaryRunner.run(["admin", "list", "--db", database, "--intents", Fixtures.intents.path]).status == 0)
        // Overwrite the interaction table's root page: every answer's log row then fails to write.
        let (page, size) = try await DatabaseQueue(path: database).read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'interaction'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4_096)
        }
        try #require(page > 1)
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: database))
        try file.seek(toOffset: UInt64((page - 1) * size))
        try file.write(contentsOf: Data(repeating: 0xA5, count: size))
        try file.close()
        server.enqueueMessage("สวัสดีค่ะ", chatID: 331, fromID: 331)
        let serve = try ServeProcess(server: server, database: database)
        let exit = await serve.wait(timeout: .seconds(30))
        if exit == nil { serve.send(SIGKILL) }
        #expect(exit == 1, "\(serve.log.suffix(1_500))")
        #expect(serve.log.contains("database damaged: stopping"), "found while recording the update, logged")
        #expect(serve.log.contains("Error: the database is damaged"))
        let report = try status(database)
        #expect(report.status == 1)
        #expect((report.stdout + report.stderr).contains("damaged"), "\(report.stdout)\(report.stderr)")
    }

    @Test("issue 9 item 3b: an update whose write SQLite rejects (a constraint) is quarantined, not retried for ever")
    func rejectedWrite() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("rejected.sqlite").path
        #expect(try BinaryRunner.run(["admin", "list", "--db", database, "--intents", Fixtures.intents.path]).status == 0)
        try await DatabaseQueue(path: database).write { db in
            try db.execute(sql: """
                CREATE TRIGGER poison BEFORE INSERT ON interaction WHEN NEW.chatID = 341
                BEGIN SELECT RAISE(ABORT, 'poison'); END
                """)
        }
        let poison = server.enqueueMessage("สวัสดีค่ะ", chatID: 341, fromID: 341)
        server.enqueueMessage("สวัสดีค่ะ", chatID: 342, fromID: 342)
        let serve = try ServeProcess(server: server, database: database)
        let answered = await eventually(timeout: .seconds(20)) { delivered(server)[342] == 1 }
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(answered, "\(serve.log.suffix(1_500))")
        #expect(delivered(server)[341] == nil)
        #expect(serve.log.contains("quarantined") && serve.log.contains("\(poison)"))
        #expect(try status(database).stdout.contains("quarantined: 1\n"))
    }
}
