import ArgumentParser
import CivicBotService

/// `civicbot`: the command line. Subcommands do the work; this type only wires them.
@main
struct CivicBot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civicbot",
        abstract: "CivicBot: ตอบคำถามเรื่อง ศส.ปชต. บันทึกข้อตกลง และวิทยากรหลักสูตร \"พลเมืองคุณภาพ\"",
        subcommands: [ReplCommand.self, CheckCommand.self, BenchCommand.self, ServeCommand.self, StatusCommand.self, AdminCommand.self, AuditCommand.self, StatsCommand.self, TrainersCommand.self,
                      OfficerCommand.self, PruneCommand.self, ForgetCommand.self, BackupCommand.self, RestoreCommand.self]
    )
}
