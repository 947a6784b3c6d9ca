import ArgumentParser

/// Options every command that opens the bot takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database (default: $CIVICBOT_DB or ./civicbot.sqlite)")
    var db: String?

    @Option(name: .long, help: "Intents folder (default: $CIVICBOT_INTENTS, ./Intents, or the checkout's Intents)")
    var intents: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical")
    var logLevel: String = "warning"
}
