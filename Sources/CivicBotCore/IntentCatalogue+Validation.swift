extension IntentCatalogue {
    static let requiredAgencyCodes: Set<String> = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"]

    static func validate(lexicon: Lexicon) throws {
        let file = "lexicon/provinces.yaml"
        guard lexicon.provinces.count == 77 else {
            throw CatalogueError(file: file, key: "provinces", reason: "expected 77 provinces, found \(lexicon.provinces.count)")
        }
        var owner: [String: String] = [:]
        func claim(_ name: String, by who: String, file: String, key: String) throws {
            let k = ThaiNormalizer.normalize(name).compact
            guard !k.isEmpty else { throw CatalogueError(file: file, key: key, reason: "'\(name)' is empty after normalisation") }
            if let other = owner[k], other != who {
                throw CatalogueError(file: file, key: key, reason: "'\(name)' names both \(other) and \(who)")
            }
            owner[k] = who
        }
        for (i, p) in lexicon.provinces.enumerated() {
            for n in [p.name] + p.aliases + p.ambiguousAliases + p.sourceVariants + p.codes {
                try claim(n, by: p.name, file: file, key: "provinces[\(i)]")
            }
            // A code is two Thai letters, written without its dot (the matcher adds it).
            for code in p.codes where code.unicodeScalars.count != 2 || !code.unicodeScalars.allSatisfy({ ThaiScript.isConsonant($0.value) }) {
                throw CatalogueError(file: file, key: "provinces[\(i)].codes", reason: "'\(code)' is not two Thai consonants")
            }
        }
        let agencyFile = "lexicon/agencies.yaml"
        let codes = Set(lexicon.agencies.map(\.code))
        guard codes == requiredAgencyCodes, lexicon.agencies.count == requiredAgencyCodes.count else {
            throw CatalogueError(file: agencyFile, key: "agencies", reason: "codes must be exactly \(requiredAgencyCodes.sorted())")
        }
        for (i, a) in lexicon.agencies.enumerated() {
            for n in [a.name] + a.aliases + a.strictAliases {
                try claim(n, by: a.code, file: agencyFile, key: "agencies[\(i)]")
            }
        }
        let typeCodes = Set(lexicon.trainerTypes.map(\.code))
        guard typeCodes == ["core", "extended"] else {
            throw CatalogueError(file: "lexicon/trainer_types.yaml", key: "trainer_types", reason: "codes must be core and extended")
        }
        for (i, g) in lexicon.glossary.enumerated() where ThaiNormalizer.normalize(g.term).isEmpty {
            throw CatalogueError(file: "lexicon/glossary.yaml", key: "terms[\(i)].term", reason: "empty term")
        }
        let provinceNames = Set(lexicon.provinces.map(\.name))
        var regionCodes: Set<String> = []
        for (i, r) in lexicon.regions.enumerated() {
            guard regionCodes.insert(r.code).inserted else {
                throw CatalogueError(file: "lexicon/regions.yaml", key: "regions[\(i)].code", reason: "duplicate code '\(r.code)'")
            }
            if r.groupings.isEmpty {
                throw CatalogueError(file: "lexicon/regions.yaml", key: "regions[\(i)].groupings", reason: "a region needs a grouping")
            }
            for (g, grouping) in r.groupings.enumerated() {
                if let bad = grouping.provinces.first(where: { !provinceNames.contains($0) }) {
                    throw CatalogueError(file: "lexicon/regions.yaml", key: "regions[\(i)].groupings[\(g)]", reason: "'\(bad)' is not a province")
                }
                if Set(grouping.provinces).count != grouping.provinces.count {
                    throw CatalogueError(file: "lexicon/regions.yaml", key: "regions[\(i)].groupings[\(g)]", reason: "a province is listed twice")
                }
            }
        }
    }

    static func validate(intents: [IntentDefinition], lexicon: Lexicon, fileOf: [IntentID: String]) throws {
        var seen: Set<IntentID> = []
        for intent in intents {
            let file = fileOf[intent.id] ?? "\(intent.id.rawValue).yaml"
            guard seen.insert(intent.id).inserted else {
                throw CatalogueError(file: file, key: "id", reason: "duplicate intent id '\(intent.id.rawValue)'")
            }
            let modes = intent.modes.map(\.name)
            for (i, mode) in modes.enumerated() where !intent.id.modes.contains(mode) {
                throw CatalogueError(file: file, key: "modes[\(i)].name", reason: "unknown mode '\(mode)' (this build renders \(intent.id.modes.sorted().joined(separator: ", ")))")
            }
            for mode in intent.id.modes.sorted() where !modes.contains(mode) {
                throw CatalogueError(file: file, key: "modes", reason: "mode '\(mode)' is missing")
            }
            for (i, slot) in intent.slots.enumerated() where !slotNames.contains(slot) {
                throw CatalogueError(file: file, key: "slots[\(i)]", reason: "unknown slot '\(slot)'")
            }
            for (g, group) in intent.require.enumerated() {
                guard !group.isEmpty else { throw CatalogueError(file: file, key: "require[\(g)]", reason: "empty group") }
                for (i, phrase) in group.enumerated() {
                    let key = "require[\(g)][\(i)]"
                    if phrase.hasPrefix("$") {
                        let slot = String(phrase.dropFirst())
                        guard intent.slots.contains(slot) else {
                            throw CatalogueError(file: file, key: key, reason: "'\(phrase)' names a slot the intent does not take")
                        }
                    } else if ThaiNormalizer.normalize(phrase).isEmpty {
                        throw CatalogueError(file: file, key: key, reason: "phrase is empty after normalisation")
                    }
                }
            }
            for (phrase, weight) in intent.signals {
                if ThaiNormalizer.normalize(phrase).isEmpty {
                    throw CatalogueError(file: file, key: "signals.\(phrase)", reason: "phrase is empty after normalisation")
                }
                if !weight.isFinite || weight <= 0 {
                    throw CatalogueError(file: file, key: "signals.\(phrase)", reason: "weight must be a positive number")
                }
            }
            for (i, phrase) in intent.exclude.enumerated() where ThaiNormalizer.normalize(phrase).isEmpty {
                throw CatalogueError(file: file, key: "exclude[\(i)]", reason: "phrase is empty after normalisation")
            }
            if let menu = intent.menu {
                guard let command = intent.commands.first else {
                    throw CatalogueError(file: file, key: "menu", reason: "a menu line needs a command (commands: [...])")
                }
                guard command.count <= 32, command.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
                    throw CatalogueError(file: file, key: "commands[0]", reason: "Telegram menu commands are 1-32 of a-z, 0-9 and _")
                }
                let text = menu.trimmingCharacters(in: .whitespacesAndNewlines)
                guard (1...256).contains(text.count) else {
                    throw CatalogueError(file: file, key: "menu", reason: "a menu line is 1-256 characters")
                }
            }
            if intent.id != .unknown && intent.require.isEmpty && intent.commands.isEmpty {
                throw CatalogueError(file: file, key: "require", reason: "an intent needs at least one require group or command")
            }
            if intent.require.count > 64 {
                // The matcher keeps the groups met as the bits of one 64-bit word.
                throw CatalogueError(file: file, key: "require", reason: "at most 64 require groups")
            }
            for (i, example) in intent.examples.enumerated() {
                for (slot, value) in example.slots {
                    let key = "examples[\(i)].slots.\(slot)"
                    guard intent.slots.contains(slot) else {
                        throw CatalogueError(file: file, key: key, reason: "slot '\(slot)' is not one of the intent's slots")
                    }
                    let valid: Bool
                    switch slot {
                    case "province": valid = lexicon.provinces.contains { $0.name == value }
                    case "agency": valid = lexicon.agencies.contains { $0.code == value }
                    case "trainer_type": valid = lexicon.trainerTypes.contains { $0.code == value }
                    case "term": valid = lexicon.glossary.contains { $0.term == value }
                    case "region": valid = lexicon.regions.contains { $0.code == value }
                    default: valid = false
                    }
                    guard valid else { throw CatalogueError(file: file, key: key, reason: "'\(value)' is not a valid \(slot)") }
                }
            }
        }
        for id in IntentID.allCases where !seen.contains(id) {
            throw CatalogueError(file: "\(id.rawValue).yaml", key: "", reason: "missing intent file")
        }
    }
}
