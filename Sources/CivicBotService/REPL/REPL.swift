import CivicBotCore
import Foundation

/// The terminal front end: the same pipeline as the service, fed from standard input, a line of
/// at most `BoundedLineReader.defaultMaxLineBytes` at a time.
public struct REPL {
    let bot: Bot
    let write: (String) -> Void
    let readLine: () -> BoundedLineReader.Line?

    /// Makes a REPL over a bot; I/O injected for tests.
    public init(bot: Bot, readLine: @escaping () -> BoundedLineReader.Line? = BoundedLineReader().next,
                write: @escaping (String) -> Void = { line in
                    Console.out(line + "\n")
                }) {
        self.bot = bot
        self.readLine = readLine
        self.write = write
    }

    /// `repl --jsonl`: one message a line in, exactly one JSON object a line out, until end of input.
    /// A line over the bound is answered with `{"error"}` and never stored.
    public func runJSONLines() {
        while let input = readLine() {
            guard case .text(let line) = input else {
                write(JSONLine.error("line longer than \(BoundedLineReader.defaultMaxLineBytes) bytes"))
                continue
            }
            switch JSONLine.parse(line) {
            case .message(let message): write(JSONLine.output(bot.handle(message)))
            case .error(let reason): write(JSONLine.error(reason))
            }
        }
        bot.saveContexts()
    }

    /// Interactive: a person types in a private chat (or a group with `chatType`), the bot answers.
    public func runInteractive(chatType: ChatType, prompt: Bool) {
        if prompt {
            write("CivicBot — พิมพ์คำถามภาษาไทย (เช่น \"เชียงใหม่มีวิทยากรกี่คน\"), /help ดูตัวอย่าง, Ctrl-D เพื่อออก")
        }
        while true {
            if prompt { Console.out("คุณ> ") }
            guard let input = readLine() else { break }
            guard case .text(let line) = input else {
                write("บอท> " + (bot.tooLongReply().text ?? ""))
                continue
            }
            let reply = bot.handle(Message(text: line, userID: 1, chatID: chatType == .private ? 1 : -1, chatType: chatType, platform: .console))
            write(reply.text.map { "บอท> " + $0 } ?? "บอท> (เงียบ — ไม่ตอบข้อความนี้ในกลุ่ม)")
        }
        bot.saveContexts()
    }
}
