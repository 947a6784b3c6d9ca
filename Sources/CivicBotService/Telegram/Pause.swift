import ServiceLifecycle

/// Sleeps for `duration`, returning early (without throwing) on graceful shutdown or cancellation.
func pause(_ duration: Duration) async {
    guard duration > .zero else { return }
    try? await cancelWhenGracefulShutdown { try await Task.sleep(for: duration) }
}

/// True once the service should stop taking new work.
var shouldStop: Bool { Task.isShuttingDownGracefully || Task.isCancelled }
