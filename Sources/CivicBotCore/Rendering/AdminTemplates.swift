/// The reply templates of the admin intents, with the placeholders each may use (checked by
/// `TemplateRequirements` and `civicbot check`).
public enum AdminTemplates {
    public static let fieldKeys = ["name", "province", "agency", "trainer_type", "phone", "note", "phone_consent"]

    /// trainer_register.yaml: also the record, field and problem texts shared with updates and CSV.
    public static let register: [String: Set<String>] = {
        var t: [String: Set<String>] = [
            "refused": [], "private_only": [], "howto": ["form"], "form": Set(fieldKeys),
            "problems": ["count", "lines", "form"], "problem_line": ["problem"], "saved": ["id", "record"],
            "duplicate": ["id", "record"], "record": Set(fieldKeys), "empty_value": [],
            "problem_missing": ["field"], "problem_repeated": ["field"], "problem_too_long": ["field", "max"],
            "problem_name_without_title": [], "problem_name_too_short": [], "problem_name_has_digits": [],
            "problem_unknown_province": ["value", "suggestions"], "problem_unknown_agency": ["value", "suggestions", "agencies"],
            "problem_agency_not_in_register": ["agency", "agencies"], "problem_unknown_trainer_type": ["value"],
            "problem_phone_empty": ["value"], "problem_phone_invalid_characters": ["value"], "problem_phone_extension": ["value"],
            "problem_phone_wrong_length": ["value", "count"], "problem_phone_unknown_prefix": ["value"], "problem_consent": ["value", "yes", "no"],
            "problem_nothing_to_change": [], "problem_unknown_column": ["value"], "problem_repeated_column": ["value"],
            "problem_extra_cells": ["count", "max"], "suggestions": ["names"], "name_separator": [], "list_separator": [],
        ]
        for key in fieldKeys {
            t["field_\(key)"] = []
            t["form_example_\(key)"] = []
        }
        return t
    }()

    /// trainer_update.yaml.
    public static let update: [String: Set<String>] = [
        "refused": [], "private_only": [], "no_id": [], "one_id": ["ids"], "not_found": ["id"], "removed": ["id"],
        "problems": ["count", "lines", "id"], "duplicate": ["existing", "record"], "unchanged": ["id"],
        "updated": ["id", "changes", "record", "undo"], "change_line": ["field", "before", "after"], "undo": ["id", "fields"],
    ]

    /// trainer_remove.yaml (remove and restore).
    public static let remove: [String: Set<String>] = [
        "refused": [], "private_only": [], "no_id": [], "one_id": ["ids"], "not_found": ["id"], "removed": ["id", "name"],
        "already_removed": ["id", "name"], "restored": ["id", "record"], "not_removed": ["id", "name"],
        "restore_duplicate": ["id", "existing"],
    ]

    /// stats.yaml.
    public static let stats: [String: Set<String>] = [
        "refused": [], "private_only": [],
        "report": ["today", "week", "month", "private", "group", "answered", "silent", "intents", "unanswered"],
        "intent_line": ["intent", "count"], "unanswered_line": ["at", "chat", "text"], "none": [], "chat_private": [], "chat_group": [],
    ]
}
