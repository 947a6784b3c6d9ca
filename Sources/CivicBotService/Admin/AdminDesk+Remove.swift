import CivicBotCore
import CivicBotStore

extension AdminPass {
    /// trainer_remove: `ลบวิทยากร T-0007` (soft delete) or, in mode restore, `กู้คืนวิทยากร T-0007`.
    func remove(_ text: String, restore: Bool, by actor: AuditActor, in tx: StoreTransaction) throws -> String {
        let r = IntentID.trainerRemove
        let ids = TrainerID.all(in: text)
        guard let id = ids.first else { return template(r, "no_id") }
        if ids.count > 1 { return template(r, "one_id", ["ids": ids.map(\.description).joined(separator: " ")]) }
        guard let current = try tx.trainer(id: id.value) else { return template(r, "not_found", ["id": id.description]) }
        let values = ["id": id.description, "name": current.name]
        if restore {
            do {
                let restored = try tx.restoreTrainer(id: id.value, by: actor, at: now)
                return template(r, "restored", ["id": id.description, "record": recordText(restored)])
            } catch TrainerStoreError.notRemoved {
                return template(r, "not_removed", values)
            } catch TrainerStoreError.duplicate(let existing) {
                return template(r, "restore_duplicate", ["id": id.description, "existing": TrainerID(existing).description])
            }
        }
        do {
            _ = try tx.removeTrainer(id: id.value, by: actor, at: now)
            return template(r, "removed", values)
        } catch TrainerStoreError.removed {
            return template(r, "already_removed", values)
        }
    }
}
