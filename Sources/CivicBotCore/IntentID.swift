/// The stable intent ids (DESIGN.md): tools outside the project rely on the raw values, and every
/// file in Intents/ must carry one of them. Swift names an intent only through this type.
public enum IntentID: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case help
    case greeting
    case trainerCount = "trainer_count"
    case trainerCoverage = "trainer_coverage"
    case trainerList = "trainer_list"
    case trainerRegister = "trainer_register"
    case trainerUpdate = "trainer_update"
    case trainerRemove = "trainer_remove"
    case agencyDuties = "agency_duties"
    case agencyList = "agency_list"
    case mouInfo = "mou_info"
    case centerInfo = "center_info"
    case glossary
    case contact
    case stats
    case unknown

    /// The intents that change the register or show usage: only admins, only in private chats.
    public var isAdmin: Bool {
        switch self {
        case .trainerRegister, .trainerUpdate, .trainerRemove, .stats: return true
        default: return false
        }
    }

    /// The answer variants (`modes:` in the intent's file) that Swift renders; the catalogue holds
    /// the YAML to exactly this list, so a renamed mode fails `civicbot check` instead of quietly
    /// giving the default answer.
    public var modes: Set<String> {
        switch self {
        case .greeting: return ["thanks"]
        case .trainerCount: return ["compare", "by_agency", "defined"]
        case .trainerCoverage: return ["most", "fewest", "gaps", "regions", "covered"]
        case .trainerRemove: return ["restore"]
        case .agencyDuties: return ["named_body", "clause", "who_does"]
        case .mouInfo: return ["term", "notice", "amendment", "signatories", "letter", "signed_when", "purpose", "constitution"]
        case .centerInfo: return ["rollout", "programmes", "members", "founded"]
        default: return []
        }
    }

    /// Orders ids by their raw value (the catalogue keeps intents sorted by id).
    public static func < (a: IntentID, b: IntentID) -> Bool { a.rawValue < b.rawValue }
}
