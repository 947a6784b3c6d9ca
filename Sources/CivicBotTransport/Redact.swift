import Foundation

/// The text that stands in for a secret in anything the transport surfaces.
public let redactedPlaceholder = "<redacted>"

/// Removes the bot token from `text`: every occurrence of `token`, URL-encoded (`%3A` for the colon,
/// in any case) or not, and of its secret part after the colon alone; and every `/bot<segment>` path
/// segment (so URLs built for an unknown token are covered too) becomes `<redacted>`.
///
/// Apply it to every URL, curl error message and API description before it reaches an error or a log.
public func redact(token: String?, in text: String) -> String {
    var result = text
    if let token, !token.isEmpty {
        for form in secretForms(of: token) {
            // Percent-encoding may use either case (%3A, %3a); the token itself is matched exactly.
            let options: String.CompareOptions = form.contains("%") ? .caseInsensitive : []
            result = result.replacingOccurrences(of: form, with: redactedPlaceholder, options: options)
        }
    }
    return redactBotPathSegments(in: result)
}

/// The token, URL-encoded, then the secret part alone (longest first, so each form is replaced whole).
private func secretForms(of token: String) -> [String] {
    var forms = [token]
    if let colon = token.firstIndex(of: ":") {
        forms.append(token[..<colon] + "%3A" + token[token.index(after: colon)...])
        let secret = String(token[token.index(after: colon)...])
        if !secret.isEmpty { forms.append(secret) }
    }
    return forms
}

/// Replaces what follows each `/bot` up to the next `/`, whitespace, quote or `?` with `<redacted>`.
private func redactBotPathSegments(in text: String) -> String {
    let marker = Array("/bot".utf8)
    let placeholder = Array(redactedPlaceholder.utf8)
    let stops: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"),
                             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"), UInt8(ascii: "#")]
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
        if bytes[index...].starts(with: marker) {
            output.append(contentsOf: marker)
            index += marker.count
            var end = index
            while end < bytes.count, !stops.contains(bytes[end]) { end += 1 }
            if end > index {
                output.append(contentsOf: placeholder)
                index = end
            }
        } else {
            output.append(bytes[index])
            index += 1
        }
    }
    return String(decoding: output, as: UTF8.self)
}
