import CCurl
import CurlShim
import Dispatch
import Foundation
import Logging

/// `HTTPTransport` over libcurl: each request runs on one of a few serial queues, off the
/// cooperative pool, behind a checked continuation; cancelling the task aborts the transfer.
///
/// TLS verification stays on and proxies come from the usual environment variables (libcurl's
/// defaults). URLs in logs and errors are redacted (`/bot<redacted>/`).
public final class CurlHTTPClient: HTTPTransport {
    /// The options applied to every request.
    public let configuration: Configuration
    private let logger: Logger
    private let lanes: [CurlLane]
    private let load: LaneLoad

    /// Creates a client; `logger` receives one debug line per exchange (URL redacted).
    public init(configuration: Configuration = Configuration(), logger: Logger) {
        _ = CurlGlobal.initialized
        self.configuration = configuration
        self.logger = logger
        self.lanes = (0..<configuration.concurrency).map { CurlLane(index: $0) }
        self.load = LaneLoad(count: configuration.concurrency)
    }

    /// Sends `request` and returns the response for any HTTP status; throws `TransportError`
    /// below HTTP and `CancellationError` if the task is cancelled.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let safeURL = redact(token: nil, in: request.url)
        let started = ContinuousClock.now
        let laneIndex = load.acquire()
        defer { load.release(laneIndex) }
        let lane = lanes[laneIndex]
        let cancellation = CancellationFlag()
        let configuration = self.configuration
        let result: Result<HTTPResponse, Error> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                lane.queue.async {
                    continuation.resume(
                        returning: CurlExchange.perform(
                            request, on: lane, configuration: configuration, cancellation: cancellation))
                }
            }
        } onCancel: {
            cancellation.cancel()
        }
        let elapsed = (ContinuousClock.now - started).roundedUpMilliseconds
        switch result {
        case .success(let response):
            logger.debug(
                "HTTP exchange finished",
                metadata: [
                    "http.method": "\(request.method.rawValue)", "http.url": "\(safeURL)",
                    "http.status": "\(response.status)", "http.duration_ms": "\(elapsed)",
                ])
            return response
        case .failure(let error):
            logger.debug(
                "HTTP exchange failed",
                metadata: [
                    "http.method": "\(request.method.rawValue)", "http.url": "\(safeURL)",
                    "http.error": "\(error)", "http.duration_ms": "\(elapsed)",
                ])
            throw error
        }
    }
}

/// Makes `curl_global_init` run exactly once per process, before the first handle.
enum CurlGlobal {
    /// Whether `curl_global_init` succeeded; evaluated once, thread-safely, on first use.
    static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
}

/// A flag the cancellation handler sets and curl's progress callback reads.
final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// Marks the transfer as cancelled.
    func cancel() { lock.withLock { cancelled = true } }

    /// Whether `cancel()` was called.
    var isCancelled: Bool { lock.withLock { cancelled } }
}

/// Counts requests in flight per lane and hands out the least busy lane.
final class LaneLoad: @unchecked Sendable {
    private let lock = NSLock()
    private var inFlight: [Int]

    /// Creates counters for `count` lanes.
    init(count: Int) { inFlight = Array(repeating: 0, count: count) }

    /// Picks the lane with the fewest requests in flight and counts one more on it.
    func acquire() -> Int {
        lock.withLock {
            let index = inFlight.indices.min { inFlight[$0] < inFlight[$1] } ?? 0
            inFlight[index] += 1
            return index
        }
    }

    /// Counts one request fewer on lane `index`.
    func release(_ index: Int) { lock.withLock { inFlight[index] -= 1 } }
}
