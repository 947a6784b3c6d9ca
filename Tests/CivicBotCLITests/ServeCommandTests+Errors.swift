import CivicBotFakeTelegram
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9 through the binary: errors that say what is wrong, and never the token.
extension ServeCommandTests {
    @Test("issue 9 item 10: a server echoing the token URL-encoded (%3A, any case) or only its secret part gets neither into the log")
    func encodedTokenNeverLogged() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let parts = server.token.split(separator: ":").map(String.init)
        let (id, secret) = (parts[0], parts[1])
        server.script(.badRequest(description: "Bad Request: no bot \(id)%3A\(secret) (nor \(id)%3a\(secret)) here, secret \(secret)"), for: "getUpdates")
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("echo.sqlite").path
        let serve = try ServeProcess(server: server, database: database, extra: ["--log-level", "trace"])
        server.enqueueMessage("สวัสดีค่ะ", chatID: 351, fromID: 351)
        #expect(await eventually(timeout: .seconds(20)) { delivered(server)[351] == 1 })
        serve.send(SIGTERM)
        _ = await serve.wait(timeout: .seconds(8))
        #expect(serve.log.contains("API error 400"), "the echo reached the log")
        #expect(!serve.log.lowercased().contains(secret.lowercased()), "\(serve.log.suffix(1_500))")
    }

    @Test("issue 9 item 9: permission denied on the database folder is reported as such, not as another serve holding the lock",
          .enabled(if: BinaryRunner.canRunUnprivileged))
    func permissionDenied() throws {
        let dir = try Fixtures.temporaryDirectory()
        chmod(dir.path, 0o555)
        defer { chmod(dir.path, 0o755) }
        let result = try BinaryRunner.run(
            ["serve", "--api-base", "http://127.0.0.1:1", "--db", dir.appendingPathComponent("bot.sqlite").path, "--intents", Fixtures.intents.path],
            environment: ["CIVICBOT_TOKEN": "1:x"], unprivileged: true)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("already"), "\(result.stderr)")
        #expect(result.stderr.contains("Permission denied"), "\(result.stderr)")
    }

    @Test("issue 9 item 9: status works on a read-only database file in a read-only folder, and changes nothing",
          .enabled(if: BinaryRunner.canRunUnprivileged))
    func statusOnReadOnlyDatabase() async throws {
        let dir = try Fixtures.temporaryDirectory()
        let database = dir.appendingPathComponent("ro.sqlite").path
        do {
            let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
            try await store.notePoll(at: Date(timeIntervalSince1970: 1_795_824_000), error: nil)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        chmod(database, 0o444)
        chmod(dir.path, 0o555)
        defer {
            chmod(dir.path, 0o755)
            chmod(database, 0o644)
        }
        let result = try BinaryRunner.run(["status", "--db", database, "--intents", Fixtures.intents.path, "--max-age", "999999999"], unprivileged: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("last successful poll: 2026-11-28T00:00:00.000Z\n"), "\(result.stdout)")
        #expect(result.stdout.contains("quarantined: 0\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
