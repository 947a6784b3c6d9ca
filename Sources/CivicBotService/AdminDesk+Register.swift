import CivicBotCore
import CivicBotStore

extension AdminDesk {
    /// trainer_register: saves at once and shows the record, its id and how to undo; or lists
    /// every problem with the form to copy; or points at the existing id of a duplicate.
    func register(_ text: String, by actor: AuditActor) throws -> String {
        let form = try requireForm()
        let entry = form.parse(text)
        switch form.draft(from: entry) {
        case .failure(let failure):
            let missingAll = RegistrationField.allCases.filter(\.isRequired).allSatisfy { failure.problems.contains(.missing($0)) }
            if missingAll && entry.hasNoFields { return template("trainer_register", "howto", ["form": exampleForm()]) }
            return template("trainer_register", "problems", [
                "count": "\(failure.problems.count)", "lines": problemLines(failure.problems), "form": formText(entry),
            ])
        case .success(let draft):
            do {
                let stored = try store.register(draft, by: actor, at: now())
                return template("trainer_register", "saved", ["id": stored.trainerID.description, "record": recordText(stored)])
            } catch TrainerStoreError.duplicate(let existing) {
                let record = try store.trainer(id: existing).map(recordText) ?? ""
                return template("trainer_register", "duplicate", ["id": TrainerID(existing).description, "record": record])
            }
        }
    }

    /// The blank form with example values.
    func exampleForm() -> String {
        var values: [String: String] = [:]
        for field in RegistrationField.allCases { values[field.rawValue] = template("trainer_register", "form_example_\(field.rawValue)") }
        return template("trainer_register", "form", values)
    }

    /// The form filled with what the message gave, to copy and correct.
    func formText(_ entry: RegistrationEntry) -> String {
        var values: [String: String] = [:]
        for field in RegistrationField.allCases { values[field.rawValue] = entry.value(field) ?? "" }
        if entry.value(.name) == nil, let name = form?.nameInLeadingText(entry.leading) { values["name"] = name }
        return template("trainer_register", "form", values)
    }

    /// One line per problem.
    func problemLines(_ problems: [RegistrationProblem]) -> String {
        problems.map { template("trainer_register", "problem_line", ["problem": problemText($0)]) }.joined(separator: "\n")
    }
}

