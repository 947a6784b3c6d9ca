import Metrics

/// The service's figures, through swift-metrics (`civicbot serve` bootstraps Prometheus; elsewhere
/// they go nowhere): updates received by platform, replies sent, send failures by reason, webhook
/// requests refused, and the answer latency.
public enum ServeMetrics {
    /// One update (Telegram) or event (LINE) received.
    public static func received(_ platform: String, count: Int = 1) {
        Counter(label: "civicbot_updates_received_total", dimensions: [("platform", platform)]).increment(by: count)
    }

    /// One reply delivered, `via` reply, push or sendMessage.
    public static func sent(_ platform: String, via: String) {
        Counter(label: "civicbot_replies_sent_total", dimensions: [("platform", platform), ("via", via)]).increment()
    }

    /// One failed send, with a short reason (`timeout`, `rate_limited`, `expired_token`, ...).
    public static func sendFailed(_ platform: String, reason: String) {
        Counter(label: "civicbot_send_failures_total", dimensions: [("platform", platform), ("reason", reason)]).increment()
    }

    /// One webhook request refused (`signature`, `body`, `too_large`, `store`).
    public static func rejected(_ platform: String, reason: String) {
        Counter(label: "civicbot_webhook_rejected_total", dimensions: [("platform", platform), ("reason", reason)]).increment()
    }

    /// One redelivered event acknowledged without a second answer.
    public static func duplicate(_ platform: String) {
        Counter(label: "civicbot_duplicates_acknowledged_total", dimensions: [("platform", platform)]).increment()
    }

    /// Time from receipt to the stored answer (the webhook's 200, or the poller's transaction).
    public static func answerLatency(_ platform: String, nanoseconds: Int64) {
        Timer(label: "civicbot_answer_latency_seconds", dimensions: [("platform", platform)]).recordNanoseconds(nanoseconds)
    }

    /// The outbox backlog, set when /metrics is read.
    public static func backlog(_ pending: Int) {
        Gauge(label: "civicbot_outbox_backlog").record(pending)
    }
}
