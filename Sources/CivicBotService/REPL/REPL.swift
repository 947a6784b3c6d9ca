import CivicBotCore
import Foundation

/// The terminal front end: the same pipeline as the service, fed from standard input, a line of
/// at most `BoundedLineReader.defaultMaxLineBytes` at a time.
public struct REPL {
    let bot: Bot
    let write: (String) -> Void
    let readLine: () -> BoundedLineReader.Line?
    /// True when the next line is already read: `repl --jsonl` takes it into the same run.
    let hasBufferedLine: () -> Bool

    /// The longest run of piped lines handled in one transaction.
    public static let maxRun = 256

    /// Makes a REPL over a bot reading standard input.
    public init(bot: Bot, write: @escaping (String) -> Void = { line in Console.out(line + "\n") }) {
        let reader = BoundedLineReader()
        self.init(bot: bot, readLine: reader.next, hasBufferedLine: { reader.hasBufferedLine }, write: write)
    }

    /// Makes a REPL over a bot; I/O injected for tests.
    public init(bot: Bot, readLine: @escaping () -> BoundedLineReader.Line?, hasBufferedLine: @escaping () -> Bool = { false },
                write: @escaping (String) -> Void = { line in
                    Console.out(line + "\n")
                }) {
        self.bot = bot
        self.readLine = readLine
        self.hasBufferedLine = hasBufferedLine
        self.write = write
    }

    /// `repl --jsonl`: one message a line in, exactly one JSON object a line out, until end of input.
    /// A line over the bound is answered with `{"error"}` and never stored. Lines already read
    /// together (piped input) are handled as one run, logged in one transaction; a line typed
    /// alone is answered at once.
    public func runJSONLines() {
        enum Item {
            case message(Message)
            case error(String)
        }
        while let first = readLine() {
            var items: [Item] = []
            var input: BoundedLineReader.Line? = first
            while let line = input {
                switch line {
                case .tooLong: items.append(.error("line longer than \(BoundedLineReader.defaultMaxLineBytes) bytes"))
                case .text(let text):
                    switch JSONLine.parse(text) {
                    case .message(let message): items.append(.message(message))
                    case .error(let reason): items.append(.error(reason))
                    }
                }
                input = items.count < Self.maxRun && hasBufferedLine() ? readLine() : nil
            }
            var replies = bot.handle(batch: items.compactMap { if case .message(let m) = $0 { return m } else { return nil } })[...]
            for item in items {
                switch item {
                case .message: write(JSONLine.output(replies.removeFirst()))
                case .error(let reason): write(JSONLine.error(reason))
                }
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
