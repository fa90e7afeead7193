import Synchronization

/// Tells the service that the editor no longer needs an answer, or that the text has changed
/// since a diagnostics run began; long work should check it and throw `CancellationError`.
public final class Cancellation: Sendable {
  private let flag = Atomic(false)

  public init() {}

  public var isCancelled: Bool { flag.load(ordering: .acquiring) }

  /// Throws `CancellationError` once cancelled.
  public func check() throws {
    if isCancelled { throw CancellationError() }
  }

  /// Asks the work to stop; it cannot be undone.
  public func cancel() {
    flag.store(true, ordering: .releasing)
  }
}
