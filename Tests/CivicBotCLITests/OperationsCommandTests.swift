import CivicBotCore
import CivicBotFakeTelegram
import CivicBotStore
import CivicBotTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 12 through the built binary: start-up checks, sd_notify, forget, prune, backup and restore.
@Suite(.serialized) struct OperationsCommandTests {
    func deliveredCount(_ server: FakeBotAPIServer) -> Int { server.deliveredMessages.count }

    /// Every byte of the database and its WAL.
    func contains(_ path: String, _ text: String) -> Bool {
        var data = Data()
        for suffix in ["", "-wal"] { if let d = FileManager.default.contents(atPath: path + suffix) { data.append(d) } }
        return data.range(of: Data(text.utf8)) != nil
    }

    @Test("privacy mode on: serve warns with what to do and status says so; the / menu is set from Intents/ once; privacy off: no warning")
    func privacyModeAndMenu() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("privacy.sqlite").path
        for _ in 0..<2 {
            let polls = server.count(of: "getUpdates")
            let serve = try ServeProcess(server: server, database: database)
            #expect(await eventually(timeout: .seconds(20)) { server.count(of: "getUpdates") > polls })
            serve.send(SIGTERM)
            #expect(await serve.wait(timeout: .seconds(10)) == 0)
            #expect(serve.log.contains("privacy mode is on"), "\(serve.log.suffix(1_500))")
            #expect(serve.log.contains("/setprivacy") && serve.log.contains("Disable"))
        }
        let expected = Fixtures.catalogue.commandMenu
        #expect(!expected.isEmpty && expected.first?.command == "help")
        #expect(server.commandMenu.map(\.command) == expected.map(\.command))
        #expect(server.commandMenu.map(\.description) == expected.map(\.description))
        #expect(server.count(of: "setMyCommands") == 1, "the second start found the menu as Intents/ says and left it")
        #expect(server.count(of: "getMyCommands") == 2)

        let status = try BinaryRunner.run(["status", "--db", database])
        #expect(status.stdout.contains("privacy mode ON") && status.stdout.contains("/setprivacy"), "\(status.stdout)")

        server.setReadsAllGroupMessages(true)
        let polls = server.count(of: "getUpdates")
        let serve = try ServeProcess(server: server, database: database)
        #expect(await eventually(timeout: .seconds(20)) { server.count(of: "getUpdates") > polls })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(!serve.log.contains("privacy mode is on"))
        let after = try BinaryRunner.run(["status", "--db", database])
        #expect(after.stdout.contains("privacy mode off") && !after.stdout.contains("/setprivacy"), "\(after.stdout)")
    }

    @Test("sd_notify: a datagram socket named by NOTIFY_SOCKET gets READY=1 after the start-up checks, WATCHDOG=1, STOPPING=1")
    func systemdNotify() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let dir = try Fixtures.temporaryDirectory()
        let socketPath = dir.appendingPathComponent("n.sock").path
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(socketPath.utf8) + [0]) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        var received: [String] = []
        func drain() {
            var buffer = [UInt8](repeating: 0, count: 4_096)
            while true {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { return }
                received.append(String(decoding: buffer[0..<n], as: UTF8.self))
            }
        }
        let database = dir.appendingPathComponent("notify.sqlite").path
        let serve = try ServeProcess(server: server, database: database, environment: ["NOTIFY_SOCKET": socketPath])
        server.enqueueMessage("สวัสดีค่ะ", chatID: 11, fromID: 11)
        #expect(await eventually(timeout: .seconds(20)) {
            drain()
            return received.contains { $0.contains("READY=1") } && received.contains("WATCHDOG=1") && deliveredCount(server) == 1
        })
        let ready = try #require(received.first { $0.contains("READY=1") })
        #expect(ready.contains("STATUS=polling as @civicbot"))
        #expect(server.count(of: "getMe") >= 1 && server.count(of: "getMyCommands") >= 1, "READY comes after the start-up checks")
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        drain()
        #expect(received.last == "STOPPING=1", "\(received)")
    }

    @Test("forget --user after serve: the person's text and username are in neither the database nor its WAL; counts kept; idempotent")
    func forgetAfterServe() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("forget.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        server.enqueueMessage("เชียงใหม่มีวิทยากรกี่คน รหัสลับZXQ", chatID: 4_242, fromID: 4_242, username: "forget_me_user")
        server.enqueueMessage("@civicbot ติดต่อใครได้บ้าง ZXQ2", chatID: -100_77, chatType: "group", fromID: 4_242, username: "forget_me_user")
        server.enqueueMessage("ศส.ปชต. คืออะไร KEEPTHIS", chatID: 5_151, fromID: 5_151, username: "stays_here")
        #expect(await eventually(timeout: .seconds(20)) { deliveredCount(server) == 3 })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        let before = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon).usageStats()
        #expect(contains(database, "ZXQ") && contains(database, "forget_me_user"))

        let result = try BinaryRunner.run(["forget", "--user", "4242", "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("messages (text, username, reply, ids): 2"), "\(result.stdout)")
        #expect(!contains(database, "ZXQ"), "the person's text is still in the file or its WAL")
        #expect(!contains(database, "forget_me_user"), "the username is still in the file or its WAL")
        #expect(contains(database, "KEEPTHIS") && contains(database, "stays_here"), "another person's message was erased")
        let after = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon).usageStats()
        #expect(after.month == before.month && after.byChatType == before.byChatType && after.answered == before.answered)
        #expect(after.byIntent.map(\.count) == before.byIntent.map(\.count))

        let again = try BinaryRunner.run(["forget", "--user", "4242", "--db", database])
        #expect(again.status == 0 && again.stdout.contains("nothing held"), "\(again.stdout)")
        let bad = try BinaryRunner.run(["forget", "--user", "-3", "--db", database])
        #expect(bad.status != 0)
        // LINE's ids are strings: a well-formed one is taken (nothing held here), a malformed one is refused.
        let line = try BinaryRunner.run(["forget", "--user", "U" + String(repeating: "0f", count: 16), "--db", database])
        #expect(line.status == 0 && line.stdout.contains("nothing held"), "\(line.stdout) \(line.stderr)")
        let badLine = try BinaryRunner.run(["forget", "--user", "Uxyz", "--db", database])
        #expect(badLine.status != 0 && badLine.stderr.contains("LINE user id"), "\(badLine.stderr)")
    }

    @Test("prune: messages past the retention period lose text and username in the file and WAL; newer ones stay; stats counts kept")
    func prune() throws {
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("prune.sqlite").path
        let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
        let old = Date().addingTimeInterval(-120 * 86_400)
        try store.log(InteractionRecord(at: old, chatID: 9, chatType: "private", userID: 9, username: "ancient_user", text: "เก่ามากOLDTEXT",
                                        intent: "help", slotsJSON: "{}", reply: "ตอบ", processingMicros: 1))
        try store.log(InteractionRecord(at: Date(), chatID: 8, chatType: "private", userID: 8, username: "fresh_user", text: "ใหม่NEWTEXT",
                                        intent: "help", slotsJSON: "{}", reply: "ตอบ", processingMicros: 1))
        let total = try store.recentInteractions(limit: 10).count
        let result = try BinaryRunner.run(["prune", "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("retention 90 days") && result.stdout.contains("messages 1"), "\(result.stdout)")
        #expect(!contains(database, "OLDTEXT") && !contains(database, "ancient_user"))
        #expect(contains(database, "NEWTEXT") && contains(database, "fresh_user"))
        #expect(try store.recentInteractions(limit: 10).count == total, "the rows (and the counts) stay")
        let env = try BinaryRunner.run(["prune", "--db", database], environment: ["CIVICBOT_RETENTION_DAYS": "0"])
        #expect(env.status != 0 && env.stderr.contains("between 1 and 3650"))
    }

    @Test("backup while serve writes, restore refused while serve runs, then restored with the previous database kept aside")
    func backupAndRestore() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let dir = try Fixtures.temporaryDirectory()
        let database = dir.appendingPathComponent("live.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        for i in 0..<200 { server.enqueueMessage("เชียงใหม่มีวิทยากรกี่คน", chatID: Int64(20_000 + i), fromID: Int64(20_000 + i)) }
        #expect(await eventually(timeout: .seconds(20)) { deliveredCount(server) > 20 })
        let backup = dir.appendingPathComponent("backup.sqlite").path
        let taken = try BinaryRunner.run(["backup", "--to", backup, "--db", database])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stdout.contains("integrity ok"))
        let twice = try BinaryRunner.run(["backup", "--to", backup, "--db", database])
        #expect(twice.status != 0 && twice.stderr.contains("exists already"))

        let refused = try BinaryRunner.run(["restore", "--from", backup, "--db", database])
        #expect(refused.status != 0 && refused.stderr.contains("serve is running"), "\(refused.stderr)")
        #expect(await eventually(timeout: .seconds(30)) { deliveredCount(server) == 200 })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        let live = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon).recentInteractions(limit: 1_000).count
        #expect(live == 200)

        let restored = try BinaryRunner.run(["restore", "--from", backup, "--db", database])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("previous database is kept at"))
        let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
        #expect(try store.integrityProblems().isEmpty)
        let backupCount = try AppDatabase.openReadOnly(path: backup).recentInteractions(limit: 1_000).count
        #expect(try store.recentInteractions(limit: 1_000).count == backupCount)
        #expect(backupCount > 0 && backupCount <= 200)
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("live.sqlite.before-restore-") }
        #expect(aside.count == 1)
        #expect(try AppDatabase.openReadOnly(path: dir.appendingPathComponent(aside[0]).path).recentInteractions(limit: 1_000).count == 200)

        let garbage = dir.appendingPathComponent("garbage.sqlite").path
        try Data(repeating: 0x42, count: 4_096).write(to: URL(fileURLWithPath: garbage))
        let bad = try BinaryRunner.run(["restore", "--from", garbage, "--db", database])
        #expect(bad.status != 0 && bad.stderr.contains("nothing changed"), "\(bad.stderr)")
    }

    @Test("the running service applies the retention period itself: old messages erased at start, newer ones kept")
    func serveApplies() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("retain.sqlite").path
        let store = try AppDatabase.open(path: database, lexicon: Fixtures.catalogue.lexicon)
        try store.log(InteractionRecord(at: Date().addingTimeInterval(-40 * 86_400), chatID: 9, chatType: "private", userID: 9, username: "month_old",
                                        text: "เดือนก่อนMONTHOLD", intent: "help", slotsJSON: "{}", reply: "ตอบ", processingMicros: 1))
        let serve = try ServeProcess(server: server, database: database, extra: ["--retention-days", "30"])
        server.enqueueMessage("สวัสดีค่ะ วันนี้TODAY", chatID: 12, fromID: 12)
        #expect(await eventually(timeout: .seconds(20)) { deliveredCount(server) == 1 })
        #expect(await eventually(timeout: .seconds(10)) { (try? store.recentInteractions(limit: 10).contains { $0.text.contains("MONTHOLD") }) == false })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(serve.log.contains("retention applied"), "\(serve.log.suffix(1_000))")
        let rows = try store.recentInteractions(limit: 10)
        #expect(rows.count == 2 && rows.contains { $0.text.contains("TODAY") })
        #expect(!contains(database, "MONTHOLD") && !contains(database, "month_old"))
        let bad = try BinaryRunner.run(["serve", "--db", database, "--retention-days", "0"], environment: ["CIVICBOT_TOKEN": "1:x"])
        #expect(bad.status != 0 && bad.stderr.contains("between 1 and 3650"))
    }

    @Test("forget while serve runs: it waits for serve's writes, erases, and once serve stops no trace is left in the file or its WAL")
    func forgetWhileServing() async throws {
        let server = FakeBotAPIServer()
        try server.start()
        defer { server.stop() }
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("busy.sqlite").path
        let serve = try ServeProcess(server: server, database: database)
        server.enqueueMessage("ติดต่อใครได้บ้าง ลับLIVEONE", chatID: 6_161, fromID: 6_161, username: "live_user")
        #expect(await eventually(timeout: .seconds(20)) { deliveredCount(server) == 1 })
        for i in 0..<50 { server.enqueueMessage("เชียงใหม่มีวิทยากรกี่คน", chatID: Int64(30_000 + i), fromID: Int64(30_000 + i)) }
        let result = try BinaryRunner.run(["forget", "--user", "6161", "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("messages (text, username, reply, ids): 1"), "\(result.stdout)")
        #expect(await eventually(timeout: .seconds(30)) { deliveredCount(server) == 51 })
        serve.send(SIGTERM)
        #expect(await serve.wait(timeout: .seconds(10)) == 0)
        #expect(!contains(database, "LIVEONE") && !contains(database, "live_user"))
    }
}
