import CCurl

/// Turns a failed `curl_easy_perform` into a `TransportError` whose text never holds the token.
enum CurlErrorMapping {
    /// The error for `code`, with curl's message (`detail`, or its generic text) and the redacted URL.
    static func error(for code: CURLcode, detail: String, method: HTTPRequest.Method, url: String) -> TransportError {
        let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        let message = redact(token: nil, in: "\(method.rawValue) \(url): \(reason) (curl \(code.rawValue))")
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL, CURLE_NOT_BUILT_IN,
            CURLE_UNKNOWN_OPTION, CURLE_BAD_FUNCTION_ARGUMENT, CURLE_OUT_OF_MEMORY:
            return .invalidRequest(message)
        default:
            // Refused, reset, dropped (CURLE_GOT_NOTHING), truncated (CURLE_PARTIAL_FILE),
            // DNS, proxy and TLS failures: all worth another try after a backoff.
            return .connectionFailed(message)
        }
    }
}
