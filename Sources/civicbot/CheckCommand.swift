import ArgumentParser
import CivicBotCore
import CivicBotService
import CivicBotStore
import Foundation

/// `civicbot check`: validates Intents/ (structure, templates, every example) and the knowledge
/// base (seed totals, 77 provinces); exit 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate Intents/ and the knowledge base.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let folder = Paths.intents(options.intents)
        let catalogue: IntentCatalogue
        do {
            catalogue = try IntentCatalogue.load(from: folder)
        } catch {
            throw Failure("Intents (\(folder.path)): \(error)")
        }
        var errors = TemplateRequirements.problems(in: catalogue).map(\.description)
        let matcher = IntentMatcher(catalogue: catalogue)
        errors += ExampleRunner.failures(matcher).map { "example: \($0)" }
        let cases = ExampleRunner.cases(catalogue)
        do {
            let fresh = try AppDatabase.open(path: ":memory:", lexicon: catalogue.lexicon)
            errors += knowledgeProblems(fresh, label: "seed")
            errors += ExampleRunner.renderFailures(Renderer(matcher: matcher), knowledge: try fresh.knowledgeSnapshot()).map { "render: \($0)" }
            if let db = options.db {
                errors += knowledgeProblems(try AppDatabase.open(path: db, lexicon: catalogue.lexicon), label: db)
            }
        } catch {
            errors.append("knowledge base: \(error)")
        }
        let perIntent = catalogue.intents.map { "\($0.id.rawValue) \($0.examples.count)" }.joined(separator: ", ")
        print("intents: \(catalogue.intents.count); examples and counter-examples: \(cases.count) (\(perIntent))")
        print("lexicon: \(catalogue.lexicon.provinces.count) provinces, \(catalogue.lexicon.agencies.count) agencies, \(catalogue.lexicon.glossary.count) glossary terms")
        guard errors.isEmpty else {
            for e in errors { Console.err("error: \(e)\n") }
            throw Failure("\(errors.count) problem(s)")
        }
        print("ok")
    }

    func knowledgeProblems(_ store: AppDatabase, label: String) -> [String] {
        do {
            var problems: [String] = []
            let counts = try store.tableCounts()
            if counts["province"] != 77 { problems.append("\(label): \(counts["province"] ?? 0) provinces, expected 77") }
            for t in try store.registerTotals() where t.total != t.publishedTotal {
                problems.append("\(label): \(t.trainerType) register adds up to \(t.total), published \(t.publishedTotal)")
            }
            return problems
        } catch {
            return ["\(label): \(error)"]
        }
    }
}
