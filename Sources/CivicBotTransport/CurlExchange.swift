import CCurl
import CurlShim
import Foundation

/// The blocking part of one request: set the options, `curl_easy_perform`, read status and body.
/// Runs only on a `CurlLane`'s queue.
enum CurlExchange {
    /// Performs `request` with the lane's handle and returns the response or the mapped error.
    static func perform(
        _ request: HTTPRequest, on lane: CurlLane, configuration: CurlHTTPClient.Configuration,
        cancellation: CancellationFlag
    ) -> Result<HTTPResponse, Error> {
        guard CurlGlobal.initialized, let handle = lane.freshHandle() else {
            return .failure(TransportError.invalidRequest("libcurl could not be initialised"))
        }
        let sink = ResponseSink(limit: configuration.maxResponseBytes, cancellation: cancellation)
        var headers: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headers) }
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            headers = curl_slist_append(headers, "\(name): \(value)")
        }
        headers = curl_slist_append(headers, "Expect:")  // no 100-continue round trip
        lane.errorBuffer[0] = 0

        let code: CURLcode = withExtendedLifetime(sink) {
            let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
            var setup = CurlOptions(handle: handle)
            setup.set(CURLOPT_URL, request.url)
            setup.set(CURLOPT_PROTOCOLS_STR, "http,https")
            setup.set(CURLOPT_NOSIGNAL, 1)
            setup.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.roundedUpMilliseconds)
            setup.set(CURLOPT_TIMEOUT_MS, (request.timeout ?? configuration.timeout).roundedUpMilliseconds)
            setup.set(CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedLimit)
            setup.set(CURLOPT_LOW_SPEED_TIME, (request.lowSpeedTime ?? configuration.lowSpeedTime).roundedUpSeconds)
            setup.set(CURLOPT_TCP_KEEPALIVE, configuration.tcpKeepAlive ? 1 : 0)
            setup.set(CURLOPT_USERAGENT, configuration.userAgent)
            // A request sent at most once: libcurl silently re-sends a request whose reused
            // connection died before an answer, which would spend a single-use token unseen.
            setup.set(CURLOPT_FRESH_CONNECT, request.sendOnce ? 1 : 0)
            setup.set(CURLOPT_FORBID_REUSE, request.sendOnce ? 1 : 0)
            setup.set(CURLOPT_ACCEPT_ENCODING, "")
            if let noProxy = configuration.noProxyHosts { setup.set(CURLOPT_NOPROXY, noProxy) }
            setup.set(CURLOPT_ERRORBUFFER, pointer: UnsafeRawPointer(lane.errorBuffer))
            setup.set(CURLOPT_HTTPHEADER, pointer: UnsafeRawPointer(headers))
            setup.set(CURLOPT_WRITEDATA, pointer: UnsafeRawPointer(sinkPointer))
            setup.setWriteCallback(ResponseSink.write)
            setup.set(CURLOPT_NOPROGRESS, 0)
            setup.set(CURLOPT_XFERINFODATA, pointer: UnsafeRawPointer(sinkPointer))
            setup.setProgressCallback(ResponseSink.progress)
            switch request.method {
            case .get:
                setup.set(CURLOPT_HTTPGET, 1)
            case .post:
                let body = request.body ?? Data()
                setup.set(CURLOPT_POST, 1)
                setup.setOffset(CURLOPT_POSTFIELDSIZE_LARGE, body.count)
                body.withUnsafeBytes { bytes in
                    // COPYPOSTFIELDS copies now; an empty body still needs a valid pointer.
                    setup.set(CURLOPT_COPYPOSTFIELDS, pointer: bytes.baseAddress ?? UnsafeRawPointer(lane.errorBuffer))
                }
            }
            if let failure = setup.failure { return failure }
            return curl_easy_perform(handle)
        }
        // The buffer is the lane's; stop curl from writing to it outside a transfer.
        _ = curlshim_setopt_pointer(handle, CURLOPT_ERRORBUFFER, nil)

        guard code == CURLE_OK else {
            if code == CURLE_ABORTED_BY_CALLBACK, cancellation.isCancelled {
                return .failure(CancellationError())
            }
            if code == CURLE_WRITE_ERROR, sink.overflowed {
                return .failure(TransportError.malformedResponse(
                    "response larger than \(configuration.maxResponseBytes) bytes"))
            }
            let detail = String(cString: lane.errorBuffer)
            return .failure(CurlErrorMapping.error(for: code, detail: detail, method: request.method, url: request.url))
        }
        var status = 0
        _ = curlshim_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var contentTypePointer: UnsafePointer<CChar>?
        _ = curlshim_getinfo_string(handle, CURLINFO_CONTENT_TYPE, &contentTypePointer)
        let contentType = contentTypePointer.map { String(cString: $0) }
        var retryAfter: curl_off_t = 0
        _ = curlshim_getinfo_off_t(handle, CURLINFO_RETRY_AFTER, &retryAfter)
        return .success(HTTPResponse(status: status, body: sink.body, contentType: contentType,
                                     retryAfterSeconds: retryAfter > 0 ? Int(clamping: retryAfter) : nil))
    }
}

/// Collects the body during a transfer; curl's C callbacks reach it through an opaque pointer.
final class ResponseSink {
    /// The bytes received so far.
    var body = Data()
    /// Set when the body passed `limit` and the transfer was aborted.
    var overflowed = false
    private let limit: Int
    private let cancellation: CancellationFlag

    /// Creates a sink that refuses bodies over `limit` bytes and aborts when `cancellation` is set.
    init(limit: Int, cancellation: CancellationFlag) {
        self.limit = limit
        self.cancellation = cancellation
    }

    /// CURLOPT_WRITEFUNCTION: appends the chunk, or returns 0 (abort) past the limit.
    static let write: curlshim_data_callback = { data, size, count, userdata in
        guard let userdata else { return 0 }
        let sink = Unmanaged<ResponseSink>.fromOpaque(userdata).takeUnretainedValue()
        let length = size * count
        guard sink.body.count + length <= sink.limit else {
            sink.overflowed = true
            return 0
        }
        if let data, length > 0 {
            data.withMemoryRebound(to: UInt8.self, capacity: length) { sink.body.append($0, count: length) }
        }
        return length
    }

    /// CURLOPT_XFERINFOFUNCTION: a non-zero answer aborts the transfer once the task is cancelled.
    static let progress: curlshim_xferinfo_callback = { userdata, _, _, _, _ in
        guard let userdata else { return 0 }
        let sink = Unmanaged<ResponseSink>.fromOpaque(userdata).takeUnretainedValue()
        return sink.cancellation.isCancelled ? 1 : 0
    }
}
