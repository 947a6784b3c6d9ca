/// One thing wrong with a registration form. The Thai wording lives in Intents/; this is the fact.
public enum RegistrationProblem: Error, Sendable, Equatable {
    /// A required field is absent or empty.
    case missing(RegistrationField)
    /// A field was given more than once.
    case repeated(RegistrationField)
    /// A value is longer than the register keeps (its limit in characters).
    case tooLong(RegistrationField, max: Int)
    /// The name does not start with a title (นาย, นาง, นางสาว, ดร., …).
    case nameWithoutTitle
    /// Nothing (or one letter) after the title.
    case nameTooShort
    /// The name holds digits (a phone number typed without its label, most often).
    case nameHasDigits
    /// No province has this name; the closest names, if any.
    case unknownProvince(String, suggestions: [String])
    /// No department has this name; the closest department codes, if any.
    case unknownAgency(String, suggestions: [String])
    /// The agency (a code) is not one of the five departments of the trainer registers.
    case agencyNotInRegister(String)
    /// Neither หลัก nor ขยายผล.
    case unknownTrainerType(String)
    /// Not a Thai phone number, and why.
    case invalidPhone(String, ThaiPhone.Problem)
    /// Neither a yes nor a no word for the consent to share the phone.
    case invalidConsent(String)
    /// An update that names no field to change.
    case nothingToChange
    /// A CSV column the import does not know.
    case unknownColumn(String)
    /// A CSV column given twice.
    case repeatedColumn(String)
    /// A CSV row with more filled cells than the header has columns.
    case extraCells(found: Int, expected: Int)
}

/// Every problem of one form: the reply lists them all at once.
public struct RegistrationProblems: Error, Sendable, Equatable {
    /// The problems in field order.
    public let problems: [RegistrationProblem]

    /// Wraps a list of problems.
    public init(_ problems: [RegistrationProblem]) { self.problems = problems }
}
