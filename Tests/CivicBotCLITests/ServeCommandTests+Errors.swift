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
}
