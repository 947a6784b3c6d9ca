import CivicBotCore
import CivicBotService
import CivicBotTestSupport
import Testing

@Suite struct ExampleRunnerTests {
    @Test("every example and counter-example in Intents/", arguments: ExampleRunner.cases(Fixtures.catalogue))
    func example(_ c: ExampleRunner.Case) {
        #expect(c.failure(Fixtures.matcher) == nil)
    }

    @Test("the question and announcement examples of lexicon/discourse.yaml read as they should")
    func discourse() {
        #expect(!Fixtures.catalogue.lexicon.discourse.questions.isEmpty && !Fixtures.catalogue.lexicon.discourse.announcements.isEmpty)
        #expect(ExampleRunner.discourseFailures(Fixtures.matcher) == [])
    }

    @Test("the reply templates in Intents/ are the ones the answerer fills")
    func templates() {
        let problems = TemplateRequirements.problems(in: Fixtures.catalogue)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("a counter-example that matches is caught")
    func counterCaught() {
        let c = ExampleRunner.Case(intent: .trainerCount, text: "เชียงใหม่มีวิทยากรกี่คน", slots: [:], isCounter: true)
        #expect(c.failure(Fixtures.matcher) != nil)
        let wrongSlots = ExampleRunner.Case(intent: .trainerCount, text: "เชียงใหม่มีวิทยากรกี่คน", slots: ["province": "น่าน"], isCounter: false)
        #expect(wrongSlots.failure(Fixtures.matcher) != nil)
    }
}
