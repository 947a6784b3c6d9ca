import CCurl
import CurlShim
import Dispatch

/// One serial queue with the one curl easy handle that only that queue touches.
///
/// `curl_easy_perform` blocks, so it runs here and never on Swift's cooperative pool. Reusing the
/// handle keeps its connection cache (keep-alive, TLS sessions). The handle and the error buffer are
/// only used inside blocks on `queue`, which is why the class may be `@unchecked Sendable`.
final class CurlLane: @unchecked Sendable {
    /// The serial queue all work on `handle` runs on.
    let queue: DispatchQueue
    private var handle: UnsafeMutableRawPointer?
    /// curl's CURLOPT_ERRORBUFFER, CURL_ERROR_SIZE bytes, alive as long as the lane.
    let errorBuffer: UnsafeMutablePointer<CChar>

    /// Creates lane number `index`; the handle is made on first use.
    init(index: Int) {
        queue = DispatchQueue(label: "civicbot.curl.\(index)")
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        if let handle { curl_easy_cleanup(handle) }
        errorBuffer.deallocate()
    }

    /// The lane's easy handle, reset to defaults; call only on `queue`.
    func freshHandle() -> UnsafeMutableRawPointer? {
        dispatchPrecondition(condition: .onQueue(queue))
        if let handle {
            curl_easy_reset(handle)
            return handle
        }
        handle = curl_easy_init()
        return handle
    }
}
