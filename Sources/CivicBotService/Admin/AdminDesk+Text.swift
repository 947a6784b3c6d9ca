import CivicBotCore
import CivicBotStore

extension AdminPass {
    /// A stored trainer as the replies show it (full department and type names; "-" for nothing).
    public func recordText(_ t: RegisteredTrainer) -> String {
        let empty = template(.trainerRegister, "empty_value")
        return template(.trainerRegister, "record", [
            "name": t.name, "province": t.province, "agency": agencyName(t.agency), "trainer_type": typeName(t.trainerType),
            "phone": t.phone ?? empty, "note": t.note ?? empty, "phone_consent": consentText(t.phoneConsent),
        ])
    }

    /// How a reply writes the consent to share the phone: the form's first yes or no word.
    func consentText(_ consent: Bool) -> String {
        form?.spec.consentWords[consent ? "yes" : "no"]?.first ?? (consent ? "yes" : "no")
    }

    /// One registration problem in Thai, from trainer_register.yaml.
    public func problemText(_ problem: RegistrationProblem) -> String {
        let r = IntentID.trainerRegister
        switch problem {
        case .missing(let f): return template(r, "problem_missing", ["field": fieldName(f)])
        case .repeated(let f): return template(r, "problem_repeated", ["field": fieldName(f)])
        case .tooLong(let f, let max): return template(r, "problem_too_long", ["field": fieldName(f), "max": "\(max)"])
        case .nameWithoutTitle: return template(r, "problem_name_without_title")
        case .nameTooShort: return template(r, "problem_name_too_short")
        case .nameHasDigits: return template(r, "problem_name_has_digits")
        case .unknownProvince(let value, let names):
            return template(r, "problem_unknown_province", ["value": value, "suggestions": suggestions(names)])
        case .unknownAgency(let value, let codes):
            return template(r, "problem_unknown_agency", ["value": value, "suggestions": suggestions(codes.map(agencyName)), "agencies": registerAgencies()])
        case .agencyNotInRegister(let code):
            return template(r, "problem_agency_not_in_register", ["agency": agencyName(code), "agencies": registerAgencies()])
        case .unknownTrainerType(let value): return template(r, "problem_unknown_trainer_type", ["value": value])
        case .invalidPhone(let value, let why):
            switch why {
            case .empty: return template(r, "problem_phone_empty", ["value": value])
            case .invalidCharacters: return template(r, "problem_phone_invalid_characters", ["value": value])
            case .hasExtension: return template(r, "problem_phone_extension", ["value": value])
            case .wrongLength(let n): return template(r, "problem_phone_wrong_length", ["value": value, "count": "\(n)"])
            case .unknownPrefix: return template(r, "problem_phone_unknown_prefix", ["value": value])
            }
        case .invalidConsent(let value):
            return template(r, "problem_consent", ["value": value, "yes": consentText(true), "no": consentText(false)])
        case .nothingToChange: return template(r, "problem_nothing_to_change")
        case .unknownColumn(let value): return template(r, "problem_unknown_column", ["value": value])
        case .repeatedColumn(let value): return template(r, "problem_repeated_column", ["value": value])
        case .extraCells(let found, let expected): return template(r, "problem_extra_cells", ["count": "\(found)", "max": "\(expected)"])
        }
    }

    /// The Thai name of a field.
    func fieldName(_ field: RegistrationField) -> String { template(.trainerRegister, "field_\(field.rawValue)") }

    func suggestions(_ names: [String]) -> String {
        names.isEmpty ? "" : template(.trainerRegister, "suggestions", ["names": names.joined(separator: template(.trainerRegister, "name_separator"))])
    }

    func registerAgencies() -> String {
        catalogue.lexicon.agencies.filter(\.registerColumn).map(\.name).joined(separator: template(.trainerRegister, "list_separator"))
    }

    func agencyName(_ code: String) -> String { catalogue.lexicon.agency(code: code)?.name ?? code }

    func typeName(_ code: String) -> String { catalogue.lexicon.trainerTypes.first { $0.code == code }?.name ?? code }
}
