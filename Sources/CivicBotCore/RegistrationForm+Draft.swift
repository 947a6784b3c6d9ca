/// A checked registration, ready for the store: canonical province name, agency and type codes,
/// the phone in its one stored form. Built only by `RegistrationForm`.
public struct TrainerDraft: Sendable, Equatable {
    /// Title and name as typed (white space collapsed).
    public var name: String
    /// The name without its title, normalised and without spaces: the duplicate key.
    public var nameKey: String
    /// Canonical province name.
    public var province: String
    /// Agency code (one of the five register departments).
    public var agency: String
    /// `core` or `extended`.
    public var trainerType: String
    /// Phone digits (`0812345678`), if given.
    public var phone: String?
    /// Note, if given.
    public var note: String?
    /// True when the trainer agreed to have the phone shown to officers; false unless the form says so.
    public var phoneConsent: Bool

    /// Makes a draft (the form reader and tests).
    public init(name: String, nameKey: String, province: String, agency: String, trainerType: String, phone: String? = nil, note: String? = nil,
                phoneConsent: Bool = false) {
        self.phoneConsent = phoneConsent
        self.name = name
        self.nameKey = nameKey
        self.province = province
        self.agency = agency
        self.trainerType = trainerType
        self.phone = phone
        self.note = note
    }
}

/// A checked correction: the fields to change, each already valid. `nil` leaves a field alone;
/// for phone and note, `.some(nil)` clears it.
public struct TrainerPatch: Sendable, Equatable {
    /// New name and its duplicate key, together.
    public var name: (value: String, key: String)?
    /// New canonical province name.
    public var province: String?
    /// New agency code.
    public var agency: String?
    /// New type code.
    public var trainerType: String?
    /// New phone digits, or `.some(nil)` to clear.
    public var phone: String??
    /// New note, or `.some(nil)` to clear.
    public var note: String??
    /// New consent to show the phone, if given.
    public var phoneConsent: Bool?

    /// An empty patch.
    public init() {}

    /// The fields the patch changes, in form order.
    public var fields: [RegistrationField] {
        var out: [RegistrationField] = []
        if name != nil { out.append(.name) }
        if province != nil { out.append(.province) }
        if agency != nil { out.append(.agency) }
        if trainerType != nil { out.append(.trainerType) }
        if phone != nil { out.append(.phone) }
        if note != nil { out.append(.note) }
        if phoneConsent != nil { out.append(.phoneConsent) }
        return out
    }

    /// Equal when every field is.
    public static func == (a: TrainerPatch, b: TrainerPatch) -> Bool {
        a.name?.value == b.name?.value && a.name?.key == b.name?.key && a.province == b.province && a.agency == b.agency
            && a.trainerType == b.trainerType && a.phone == b.phone && a.note == b.note && a.phoneConsent == b.phoneConsent
    }
}
