/// Hides Thai phone numbers in text the bot keeps (the interaction log's copy of a reply, of an
/// admin's form; an outbox part given up on): every digit of each number `ThaiPhone` accepts becomes
/// `x`, separators stay (`081-234-5678` → `xxx-xxx-xxxx`). Pure. One pass over the UTF-8 bytes;
/// text without a phone number is returned as it is, nothing allocated.
public enum PhoneMask {
    /// `text` with every Thai phone number in it masked.
    public static func mask(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let phones = phoneRanges(bytes)
            guard !phones.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            for range in phones {
                out.append(contentsOf: bytes[i..<range.lowerBound])
                var k = range.lowerBound
                while k < range.upperBound {
                    let width = digitWidth(bytes, k)
                    if width > 0 {
                        out.append(UInt8(ascii: "x"))
                        k += width
                    } else {
                        out.append(bytes[k])
                        k += 1
                    }
                }
                i = range.upperBound
            }
            out.append(contentsOf: bytes[i...])
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// True when `text` holds a Thai phone number.
    public static func containsPhone(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { !phoneRanges($0).isEmpty }
    }

    /// The byte ranges of the phone numbers in `bytes`, in order.
    static func phoneRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard digitWidth(bytes, i) > 0 || bytes[i] == UInt8(ascii: "+") else { i += 1; continue }
            // A run of digits and separators; it ends at its last digit.
            var j = i, end = i, digits = 0
            while j < bytes.count {
                let d = digitWidth(bytes, j)
                if d > 0 {
                    digits += 1
                    j += d
                    end = j
                } else if let s = separatorWidth(bytes, j) {
                    j += s
                } else {
                    break
                }
            }
            if (9...14).contains(digits), (try? ThaiPhone.parse(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self))) != nil {
                ranges.append(i..<end)
            }
            i = max(j, i + 1)
        }
        return ranges
    }

    /// 1 for an ASCII digit, 3 for a Thai digit (๐-๙: E0 B9 90-99), else 0.
    static func digitWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if b[i] >= 0x30 && b[i] <= 0x39 { return 1 }
        if b[i] == 0xE0, i + 2 < b.count, b[i + 1] == 0xB9, (0x90...0x99).contains(b[i + 2]) { return 3 }
        return 0
    }

    /// The width of a separator a phone number may hold (space, - . ( ) +, no-break space), or nil.
    static func separatorWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        switch b[i] {
        case 0x20, 0x2D, 0x2E, 0x28, 0x29, 0x2B: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2
        default: return nil
        }
    }
}
