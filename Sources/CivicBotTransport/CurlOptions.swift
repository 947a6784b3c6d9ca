import CCurl
import CurlShim

/// Typed `curl_easy_setopt` calls through the shim that remember the first failure.
struct CurlOptions {
    private let handle: UnsafeMutableRawPointer
    /// The first option curl refused, as an error, if any.
    private(set) var failure: CURLcode?

    /// Wraps `handle`; nothing is set yet.
    init(handle: UnsafeMutableRawPointer) { self.handle = handle }

    /// Sets a long option.
    mutating func set(_ option: CURLoption, _ value: Int) {
        record(curlshim_setopt_long(handle, option, value))
    }

    /// Sets a string option (curl copies strings).
    mutating func set(_ option: CURLoption, _ value: String) {
        record(value.withCString { curlshim_setopt_pointer(handle, option, $0) })
    }

    /// Sets a pointer option (the caller keeps the pointee alive for the transfer).
    mutating func set(_ option: CURLoption, pointer: UnsafeRawPointer?) {
        record(curlshim_setopt_pointer(handle, option, pointer))
    }

    /// Sets a curl_off_t option.
    mutating func setOffset(_ option: CURLoption, _ value: Int) {
        record(curlshim_setopt_off_t(handle, option, curl_off_t(value)))
    }

    /// Sets CURLOPT_WRITEFUNCTION.
    mutating func setWriteCallback(_ callback: curlshim_data_callback) {
        record(curlshim_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, callback))
    }

    /// Sets CURLOPT_XFERINFOFUNCTION.
    mutating func setProgressCallback(_ callback: curlshim_xferinfo_callback) {
        record(curlshim_setopt_xferinfo_callback(handle, callback))
    }

    private mutating func record(_ code: CURLcode) {
        if code != CURLE_OK, failure == nil { failure = code }
    }
}
