import ArgumentParser
import CivicBotCore
import CivicBotService
import CivicBotStore
import Foundation

/// `civicbot trainers import|export`: the trainer register as CSV (UTF-8; the export with a byte
/// order mark so Excel shows Thai).
struct TrainersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainers", abstract: "Import or export the trainer register as CSV.",
        subcommands: [Import.self, Export.self]
    )

    /// `trainers import FILE.csv [--by USER_ID]`: every row checked like a chat message; all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Import trainers from CSV: all rows or none.")
        @OptionGroup var options: CommonOptions
        @Argument(help: "CSV file: UTF-8 (BOM or not), a header row of Thai or English labels.") var file: String
        @Option(name: .long, help: "Numeric user id recorded as the one who registered the rows.") var by: Int64?

        func validate() throws {
            if let by, by <= 0 { throw ValidationError("--by must be a positive user id") }
        }

        func run() throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw Failure("cannot read \(file)")
            }
            let (catalogue, store) = try StoreStartup.open(options)
            let desk = StoreStartup.desk(catalogue)
            guard let form = desk.form else { throw Failure("Intents: trainer_register.yaml has no form") }
            let plan: TrainerCSV.ImportPlan
            do {
                plan = try TrainerCSV.plan(data, form: form)
            } catch {
                switch error {
                case .notUTF8: throw Failure("\(file): not UTF-8 text; nothing imported")
                case .empty: throw Failure("\(file): empty, no header row; nothing imported")
                case .unterminatedQuote(let row): throw Failure("\(file): row \(row): a quoted cell never closes; nothing imported")
                }
            }
            switch plan {
            case .invalid(let rows):
                for r in rows {
                    for p in r.problems { Console.err("row \(r.row): \(desk.problemText(p))\n") }
                }
                throw Failure("\(rows.count) row(s) with problems; nothing imported")
            case .valid(let drafts):
                let actor = AuditActor.cli(by)
                do {
                    let stored = try store.importTrainers(drafts.map(\.draft), by: actor)
                    let range = zip(stored.first.map { [$0] } ?? [], stored.last.map { [$0] } ?? []).map { ": \($0.trainerID) … \($1.trainerID)" }.first ?? ""
                    print("imported \(stored.count) trainer(s)\(range)")
                } catch TrainerStoreError.duplicateInImport(let index, let existing) {
                    let row = drafts[index].row
                    let what = existing.map { "the register already has \(TrainerID($0)) with the same name, province and department" }
                        ?? "an earlier row has the same name, province and department"
                    throw Failure("row \(row): \(what); nothing imported")
                }
            }
        }
    }

    /// `trainers export [--output FILE]`: UTF-8 with BOM, RFC 4180, to stdout by default.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the register as CSV (UTF-8 with BOM).")
        @OptionGroup var options: CommonOptions
        @Option(name: .long, help: "Write to this file instead of standard output.") var output: String?

        func run() throws {
            let (catalogue, store) = try StoreStartup.open(options)
            guard let spec = catalogue.intent(.trainerRegister).form else { throw Failure("Intents: trainer_register.yaml has no form") }
            let data = TrainerCSV.fileData(TrainerCSV.exportRows(try store.allTrainers(), lexicon: catalogue.lexicon, spec: spec))
            if let output {
                do { try data.write(to: URL(fileURLWithPath: output)) } catch { throw Failure("cannot write \(output)") }
            } else {
                try? FileHandle.standardOutput.write(contentsOf: data)
            }
        }
    }
}
