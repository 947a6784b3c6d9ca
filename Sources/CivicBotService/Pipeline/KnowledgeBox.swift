import CivicBotCore
import Synchronization

/// The current knowledge snapshot, shared by every message the process handles. The snapshot is
/// an immutable value; only the box's reference to it changes, when admins change the register.
final class KnowledgeBox: Sendable {
    private let current: Mutex<KnowledgeSnapshot>

    init(_ snapshot: KnowledgeSnapshot) {
        current = Mutex(snapshot)
    }

    /// The snapshot now.
    var snapshot: KnowledgeSnapshot { current.withLock { $0 } }

    /// Puts in a newer register of trainers (an older version than the one held is ignored).
    func replaceTrainers(_ trainers: [TrainerRecord], version: Int64) {
        current.withLock { snapshot in
            if version != snapshot.trainersVersion { snapshot = snapshot.replacingTrainers(trainers, version: version) }
        }
    }
}
