extension RegistrationForm {
    /// Checks a new registration: every required field present once, every value valid. A name typed
    /// without its label before the first label (`ลงทะเบียนวิทยากร นายสมชาย ใจดี จ.น่าน …`) counts.
    public func draft(from entry: RegistrationEntry) -> Result<TrainerDraft, RegistrationProblems> {
        var entry = entry
        if entry.values[.name] == nil, let name = nameInLeadingText(entry.leading) { entry.values[.name] = [name] }
        var problems: [RegistrationProblem] = []
        var name: (String, String)?, province: String?, agency: String?, type: String?, phone: String?, note: String?, consent = false
        for field in RegistrationField.allCases {
            let given = (entry.values[field] ?? []).filter { !$0.isEmpty }
            if (entry.values[field]?.count ?? 0) > 1 { problems.append(.repeated(field)); continue }
            guard let value = given.first else {
                if field.isRequired { problems.append(.missing(field)) }
                continue
            }
            switch field {
            case .name: record(checkName(value), into: &problems) { name = $0 }
            case .province: record(checkProvince(value), into: &problems) { province = $0 }
            case .agency: record(checkAgency(value), into: &problems) { agency = $0 }
            case .trainerType: record(checkTrainerType(value), into: &problems) { type = $0 }
            case .phone: record(checkPhone(value), into: &problems) { phone = $0 }
            case .note: record(checkNote(value), into: &problems) { note = $0 }
            case .phoneConsent: record(checkConsent(value), into: &problems) { consent = $0 }
            }
        }
        guard problems.isEmpty, let name, let province, let agency, let type else {
            return .failure(RegistrationProblems(problems))
        }
        return .success(TrainerDraft(name: name.0, nameKey: name.1, province: province, agency: agency, trainerType: type, phone: phone, note: note,
                                     phoneConsent: consent))
    }

    /// Checks a correction: at least one field, each given once and valid; `-` clears phone or note.
    public func patch(from entry: RegistrationEntry) -> Result<TrainerPatch, RegistrationProblems> {
        var problems: [RegistrationProblem] = []
        var patch = TrainerPatch()
        for field in RegistrationField.allCases {
            guard let values = entry.values[field] else { continue }
            if values.count > 1 { problems.append(.repeated(field)); continue }
            let value = values[0]
            if !field.isRequired, isClearWord(value) {
                switch field {
                case .phone: patch.phone = .some(nil)
                case .phoneConsent: patch.phoneConsent = false
                default: patch.note = .some(nil)
                }
                continue
            }
            if value.isEmpty { problems.append(.missing(field)); continue }
            switch field {
            case .name: record(checkName(value), into: &problems) { patch.name = (value: $0.0, key: $0.1) }
            case .province: record(checkProvince(value), into: &problems) { patch.province = $0 }
            case .agency: record(checkAgency(value), into: &problems) { patch.agency = $0 }
            case .trainerType: record(checkTrainerType(value), into: &problems) { patch.trainerType = $0 }
            case .phone: record(checkPhone(value), into: &problems) { patch.phone = .some($0) }
            case .note: record(checkNote(value), into: &problems) { patch.note = .some($0) }
            case .phoneConsent: record(checkConsent(value), into: &problems) { patch.phoneConsent = $0 }
            }
        }
        if problems.isEmpty && patch.fields.isEmpty { problems.append(.nothingToChange) }
        return problems.isEmpty ? .success(patch) : .failure(RegistrationProblems(problems))
    }

    // MARK: - Fields

    /// The name and its duplicate key.
    public func checkName(_ value: String) -> Result<(String, String), RegistrationProblem> {
        let scalars = Array(value.unicodeScalars.map(\.value))
        if scalars.count > Self.maxNameLength { return .failure(.tooLong(.name, max: Self.maxNameLength)) }
        if scalars.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || ThaiScript.isDigit($0) }) { return .failure(.nameHasDigits) }
        guard let titleLength = startsWithTitle(scalars) else { return .failure(.nameWithoutTitle) }
        let key = ThaiNormalizer.normalize(Self.string(scalars[titleLength...])).compact
        guard key.unicodeScalars.count >= 2 else { return .failure(.nameTooShort) }
        return .success((value, key))
    }

    /// The canonical province name; an unknown name gets suggestions.
    public func checkProvince(_ value: String) -> Result<String, RegistrationProblem> {
        var text = value
        // "จังหวัด เชียงใหม่" given under the label จ., or "จ.น่าน" under จังหวัด.
        for label in (spec.labels[.province] ?? []).sorted(by: { $0.count > $1.count }) where text.hasPrefix(label) && text.count > label.count {
            text = String(text.dropFirst(label.count)).trimmingSpaces
            break
        }
        if let province = lexicon.province(named: text) { return .success(province.name) }
        let capped = String(text.unicodeScalars.prefix(200))
        return .failure(.unknownProvince(value, suggestions: provinceSuggestions(ThaiNormalizer.normalize(capped))))
    }

    /// The agency code: one of the five register departments, by full name, short code or alias.
    public func checkAgency(_ value: String) -> Result<String, RegistrationProblem> {
        let found = lexicon.agency(named: value) ?? (spec.labels[.agency] ?? []).lazy.compactMap { self.lexicon.agency(named: $0 + value) }.first
        if let agency = found {
            return agency.registerColumn ? .success(agency.code) : .failure(.agencyNotInRegister(agency.code))
        }
        let capped = ThaiNormalizer.normalize(String(value.unicodeScalars.prefix(200))).compactScalars
        let register = lexicon.agencies
        let codes = agencyFuzzy.suggestions(in: capped, limit: 2).map { register[$0].code }
        return .failure(.unknownAgency(value, suggestions: codes))
    }

    /// `core` or `extended`.
    public func checkTrainerType(_ value: String) -> Result<String, RegistrationProblem> {
        let key = ThaiNormalizer.normalize(value).compact
        for type in lexicon.trainerTypes {
            let words = [type.code, type.name] + type.aliases + (spec.trainerTypes[type.code] ?? [])
            if words.contains(where: { ThaiNormalizer.normalize($0).compact == key }) { return .success(type.code) }
        }
        return .failure(.unknownTrainerType(value))
    }

    /// The phone in its stored form.
    public func checkPhone(_ value: String) -> Result<String, RegistrationProblem> {
        do {
            return .success(try ThaiPhone.parse(value, extensionMarkers: spec.phoneExtensionWords).digits)
        } catch {
            return .failure(.invalidPhone(value, error))
        }
    }

    /// The note as typed, within its limit.
    public func checkNote(_ value: String) -> Result<String, RegistrationProblem> {
        value.unicodeScalars.count > Self.maxNoteLength ? .failure(.tooLong(.note, max: Self.maxNoteLength)) : .success(value)
    }

    /// Yes or no to showing the phone to officers, by the form's `consent_words`.
    public func checkConsent(_ value: String) -> Result<Bool, RegistrationProblem> {
        let key = ThaiNormalizer.normalize(value).compact.lowercased()
        func says(_ answer: String) -> Bool {
            (spec.consentWords[answer] ?? []).contains { ThaiNormalizer.normalize($0).compact.lowercased() == key }
        }
        if says("no") { return .success(false) }
        if says("yes") { return .success(true) }
        return .failure(.invalidConsent(value))
    }

    // MARK: - Helpers

    /// Keeps a valid value or collects its problem.
    func record<T>(_ result: Result<T, RegistrationProblem>, into problems: inout [RegistrationProblem], _ keep: (T) -> Void) {
        switch result {
        case .success(let value): keep(value)
        case .failure(let problem): problems.append(problem)
        }
    }

    /// True for a value that clears an optional field (`-`).
    func isClearWord(_ value: String) -> Bool {
        let key = ThaiNormalizer.normalize(value).text
        return spec.clearWords.contains { ThaiNormalizer.normalize($0).text == key }
    }

    /// A name typed before the first label without ชื่อ: from the first word that starts with a title.
    public func nameInLeadingText(_ leading: String) -> String? {
        let s = Array(leading.unicodeScalars.map(\.value))
        for i in s.indices where i == 0 || s[i - 1] == 0x20 {
            if startsWithTitle(Array(s[i...])) != nil { return Self.string(s[i...]) }
        }
        return nil
    }
}

extension String {
    /// The string without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
