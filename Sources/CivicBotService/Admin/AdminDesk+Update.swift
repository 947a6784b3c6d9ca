import CivicBotCore
import CivicBotStore

extension AdminPass {
    /// trainer_update: `แก้ไขวิทยากร T-0007 โทร 0812345678` changes the fields given, shows before
    /// and after, and the message that would change them back.
    func update(_ text: String, by actor: AuditActor, in tx: StoreTransaction) throws -> String {
        let form = try requireForm()
        let r = IntentID.trainerUpdate
        let entry = form.parse(text)
        let ids = TrainerID.all(in: entry.leading)
        guard let id = ids.first else { return template(r, "no_id") }
        if ids.count > 1 { return template(r, "one_id", ["ids": ids.map(\.description).joined(separator: " ")]) }
        guard let before = try tx.trainer(id: id.value) else { return template(r, "not_found", ["id": id.description]) }
        if before.isRemoved { return template(r, "removed", ["id": id.description]) }
        let patch: TrainerPatch
        switch form.patch(from: entry) {
        case .failure(let failure):
            return template(r, "problems", ["count": "\(failure.problems.count)", "lines": problemLines(failure.problems), "id": id.description])
        case .success(let p): patch = p
        }
        if changedFields(patch, of: before).isEmpty { return template(r, "unchanged", ["id": id.description]) }
        let after: RegisteredTrainer
        do {
            after = try tx.updateTrainer(id: id.value, with: patch, by: actor, at: now).after
        } catch TrainerStoreError.duplicate(let existing) {
            let record = try tx.trainer(id: existing).map(recordText) ?? ""
            return template(r, "duplicate", ["existing": TrainerID(existing).description, "record": record])
        }
        let changed = changedFields(patch, of: before)
        let lines = changed.map { field in
            template(r, "change_line", ["field": fieldName(field), "before": display(field, of: before), "after": display(field, of: after)])
        }
        let undo = template(r, "undo", ["id": id.description, "fields": changed.map { undoField($0, of: before, form: form) }.joined(separator: " ")])
        return template(r, "updated", ["id": id.description, "changes": lines.joined(separator: "\n"), "record": recordText(after), "undo": undo])
    }

    /// The fields whose value the patch really changes.
    func changedFields(_ patch: TrainerPatch, of t: RegisteredTrainer) -> [RegistrationField] {
        patch.fields.filter { field in
            switch field {
            case .name: return patch.name?.value != t.name
            case .province: return patch.province != t.province
            case .agency: return patch.agency != t.agency
            case .trainerType: return patch.trainerType != t.trainerType
            case .phone: return patch.phone.map { $0 != t.phone } ?? false
            case .note: return patch.note.map { $0 != t.note } ?? false
            case .phoneConsent: return patch.phoneConsent.map { $0 != t.phoneConsent } ?? false
            }
        }
    }

    /// A field's value as the replies show it.
    func display(_ field: RegistrationField, of t: RegisteredTrainer) -> String {
        let empty = template(.trainerRegister, "empty_value")
        switch field {
        case .name: return t.name
        case .province: return t.province
        case .agency: return agencyName(t.agency)
        case .trainerType: return typeName(t.trainerType)
        case .phone: return t.phone ?? empty
        case .note: return t.note ?? empty
        case .phoneConsent: return consentText(t.phoneConsent)
        }
    }

    /// `โทร 0812345678`: the label and old value that would set a field back.
    func undoField(_ field: RegistrationField, of t: RegisteredTrainer, form: RegistrationForm) -> String {
        let label = form.spec.csvHeader[field.rawValue] ?? form.spec.labels[field]?.first ?? field.rawValue
        let clear = form.spec.clearWords.first ?? "-"
        let value: String
        switch field {
        case .phone: value = t.phone ?? clear
        case .note: value = t.note ?? clear
        default: value = display(field, of: t)
        }
        return label + " " + value
    }
}
