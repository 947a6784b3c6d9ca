import Foundation

/// CSV as RFC 4180 writes it (comma, double quotes, `""` inside quotes, CRLF), read leniently:
/// LF or CRLF, a UTF-8 byte order mark, a missing final line break. Pure, no files.
public enum TrainerCSV {
    /// Why a file is not readable CSV.
    public enum FileError: Error, Equatable {
        /// Not UTF-8 text.
        case notUTF8
        /// No header row.
        case empty
        /// A quoted cell that never closes, starting in record `row` (1 = header).
        case unterminatedQuote(row: Int)
    }

    /// The UTF-8 byte order mark Excel needs to show Thai.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The records of a file, each a list of cells; record 1 is the header.
    public static func records(_ data: Data) throws(FileError) -> [[String]] {
        var bytes = [UInt8](data)
        if bytes.starts(with: byteOrderMark) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
        return try records(text)
    }

    /// The records of CSV text.
    public static func records(_ text: String) throws(FileError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var afterQuote = false
        var started = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        while let c = next() {
            started = true
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { cell.unicodeScalars.append("\""); continue }
                        pending = n
                    }
                    quoted = false
                    afterQuote = true
                } else {
                    cell.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where cell.isEmpty && !afterQuote:
                quoted = true
            case ",":
                record.append(cell); cell = ""; afterQuote = false
            case "\r", "\n":
                if c == "\r", let n = next(), n != "\n" { pending = n }
                record.append(cell); cell = ""; afterQuote = false
                records.append(record); record = []
                started = false
            default:
                cell.unicodeScalars.append(c)
            }
        }
        if quoted { throw .unterminatedQuote(row: records.count + 1) }
        if started || !record.isEmpty || !cell.isEmpty {
            record.append(cell)
            records.append(record)
        }
        guard !records.isEmpty else { throw .empty }
        return records
    }

    /// CSV text of `rows`: CRLF line ends, a cell quoted when it holds a comma, quote, CR or LF
    /// (or starts or ends with a space), quotes doubled.
    public static func encode(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { cell in
                let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
                    || cell.hasPrefix(" ") || cell.hasSuffix(" ")
                return needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// UTF-8 bytes with the byte order mark, as the export writes them.
    public static func fileData(_ rows: [[String]]) -> Data {
        Data(byteOrderMark) + Data(encode(rows).utf8)
    }
}
