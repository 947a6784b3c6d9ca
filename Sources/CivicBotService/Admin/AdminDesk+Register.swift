import CivicBotCore
import CivicBotStore

extension AdminPass {
    /// trainer_register: saves at once and shows the record, its id and how to undo; or lists
    /// every problem with the form to copy; or points at the existing id of a duplicate.
    func register(_ text: String, by actor: AuditActor, in tx: StoreTransaction) throws -> String {
        let form = try requireForm()
        let entry = form.parse(text)
        switch form.draft(from: entry) {
        case .failure(let failure):
            let missingAll = RegistrationField.allCases.filter(\.isRequired).allSatisfy { failure.problems.contains(.missing($0)) }
            if missingAll && entry.hasNoFields { return template(.trainerRegister, "howto", ["form": exampleForm()]) }
            return template(.trainerRegister, "problems", [
                "count": "\(failure.problems.count)", "lines": problemLines(failure.problems), "form": formText(entry),
            ])
        case .success(let draft):
            do {
                let stored = try tx.register(draft, by: actor, at: now)
                return template(.trainerRegister, "saved", ["id": stored.trainerID.description, "record": recordText(stored)])
            } catch TrainerStoreError.duplicate(let existing) {
                let record = try tx.trainer(id: existing).map(recordText) ?? ""
                return template(.trainerRegister, "duplicate", ["id": TrainerID(existing).description, "record": record])
            }
        }
    }

    /// The blank form with example values.
    func exampleForm() -> String {
        var values: [String: String] = [:]
        for field in RegistrationField.allCases { values[field.rawValue] = template(.trainerRegister, "form_example_\(field.rawValue)") }
        return template(.trainerRegister, "form", values)
    }

    /// The form filled with what the message gave, to copy and correct.
    func formText(_ entry: RegistrationEntry) -> String {
        var values: [String: String] = [:]
        for field in RegistrationField.allCases { values[field.rawValue] = entry.value(field) ?? "" }
        if entry.value(.name) == nil, let name = form?.nameInLeadingText(entry.leading) { values["name"] = name }
        return template(.trainerRegister, "form", values)
    }

    /// One line per problem.
    func problemLines(_ problems: [RegistrationProblem]) -> String {
        problems.map { template(.trainerRegister, "problem_line", ["problem": problemText($0)]) }.joined(separator: "\n")
    }
}

