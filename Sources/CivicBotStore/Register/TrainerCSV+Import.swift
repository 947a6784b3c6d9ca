import CivicBotCore
import Foundation

extension TrainerCSV {
    /// The problems of one row (record number, header = 1), or of the header (row 1).
    public struct RowProblems: Sendable, Equatable {
        /// Record number in the file; the header is row 1, the first trainer row 2.
        public let row: Int
        /// Every problem of the row.
        public let problems: [RegistrationProblem]

        /// Makes a row's problems.
        public init(row: Int, problems: [RegistrationProblem]) {
            self.row = row
            self.problems = problems
        }
    }

    /// A file checked for import: the drafts with their row numbers, or every problem found.
    public enum ImportPlan: Sendable, Equatable {
        /// Every row valid: drafts in file order with their row numbers.
        case valid([(row: Int, draft: TrainerDraft)])
        /// Problems by row; nothing may be imported.
        case invalid([RowProblems])

        /// Equal when the rows and drafts, or the problems, are.
        public static func == (a: ImportPlan, b: ImportPlan) -> Bool {
            switch (a, b) {
            case (.valid(let x), .valid(let y)): return x.map(\.row) == y.map(\.row) && x.map(\.draft) == y.map(\.draft)
            case (.invalid(let x), .invalid(let y)): return x == y
            default: return false
            }
        }
    }

    /// Checks every row of a file with the same form checks as a chat message. Headers are the
    /// form's labels (Thai or English, any order); the id column of an export is ignored; rows
    /// with every cell empty are skipped.
    public static func plan(_ data: Data, form: RegistrationForm) throws(FileError) -> ImportPlan {
        let rows = try records(data)
        var headerProblems: [RegistrationProblem] = []
        var columns: [RegistrationField?] = []
        let idHeaders = Set(["id", form.spec.csvHeader["id"]].compactMap { $0.map(key) })
        for cell in rows[0] {
            let k = key(cell)
            if k.isEmpty || idHeaders.contains(k) { columns.append(nil); continue }
            guard let field = field(forHeader: k, spec: form.spec) else {
                headerProblems.append(.unknownColumn(cell))
                columns.append(nil)
                continue
            }
            if columns.contains(field) { headerProblems.append(.repeatedColumn(cell)) }
            columns.append(field)
        }
        for field in RegistrationField.allCases where field.isRequired && !columns.contains(field) {
            headerProblems.append(.missing(field))
        }
        guard headerProblems.isEmpty else { return .invalid([RowProblems(row: 1, problems: headerProblems)]) }

        var drafts: [(row: Int, draft: TrainerDraft)] = []
        var failures: [RowProblems] = []
        for (index, cells) in rows.enumerated().dropFirst() {
            let row = index + 1
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            let filled = cells.lastIndex { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map { $0 + 1 } ?? 0
            if filled > columns.count {
                failures.append(RowProblems(row: row, problems: [.extraCells(found: filled, expected: columns.count)]))
                continue
            }
            var entry = RegistrationEntry()
            for (i, cell) in cells.enumerated() where i < columns.count {
                guard let field = columns[i] else { continue }
                let value = RegistrationForm.tidyCell(cell)
                if !value.isEmpty { entry.values[field] = [value] }
            }
            switch form.draft(from: entry) {
            case .success(let draft): drafts.append((row, draft))
            case .failure(let problems): failures.append(RowProblems(row: row, problems: problems.problems))
            }
        }
        return failures.isEmpty ? .valid(drafts) : .invalid(failures)
    }

    /// The field a header names, by the form's labels or the export header.
    static func field(forHeader k: String, spec: RegistrationFormSpec) -> RegistrationField? {
        for field in RegistrationField.allCases {
            let names = (spec.labels[field] ?? []) + [spec.csvHeader[field.rawValue], field.rawValue].compactMap { $0 }
            if names.contains(where: { key($0) == k }) { return field }
        }
        return nil
    }

    /// A header as compared: lower case, no spaces, no trailing colon.
    static func key(_ header: String) -> String {
        var s = header.lowercased().filter { !$0.isWhitespace }
        while s.hasSuffix(":") { s.removeLast() }
        return s
    }
}
