import CivicBotCore
import Foundation

extension TrainerCSV {
    /// The register as CSV rows: the export header, then one row per trainer (id, name, province,
    /// department's full name, type's Thai name, phone grouped with dashes so spreadsheets keep
    /// the leading 0, note, consent to show the phone). The import reads these rows back unchanged.
    public static func exportRows(_ trainers: [RegisteredTrainer], lexicon: Lexicon, spec: RegistrationFormSpec) -> [[String]] {
        let header = (["id"] + RegistrationField.allCases.map(\.rawValue)).map { spec.csvHeader[$0] ?? $0 }
        return [header] + trainers.map { t in
            [
                t.trainerID.description, t.name, t.province,
                lexicon.agency(code: t.agency)?.name ?? t.agency,
                lexicon.trainerTypes.first { $0.code == t.trainerType }?.name ?? t.trainerType,
                t.phone.flatMap { try? ThaiPhone.parse($0).display } ?? t.phone ?? "",
                t.note ?? "",
                spec.consentWords[t.phoneConsent ? "yes" : "no"]?.first ?? (t.phoneConsent ? "yes" : "no"),
            ]
        }
    }
}
