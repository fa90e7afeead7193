import Dispatch
import Synchronization

/// Runs requests one at a time away from the reader thread, and answers each exactly once:
/// with its result, its error, or `RequestCancelled` as soon as the editor cancels it.
final class RequestLane: Sendable {
  private let queue = DispatchQueue(label: "rapport.language-server.requests")
  /// Requests not answered yet, each with the flag its work watches.
  private let pending = Mutex<[RequestID: Cancellation]>([:])
  private let writer: MessageWriter

  init(writer: MessageWriter) {
    self.writer = writer
  }

  /// Queues `work` to answer request `id`.
  func submit(_ id: RequestID, _ work: @escaping @Sendable (Cancellation) throws -> JSON) {
    let cancellation = Cancellation()
    let inUse = pending.withLock { pending in
      guard pending[id] == nil else { return true }
      pending[id] = cancellation
      return false
    }
    guard !inUse else {
      writer.respond(to: id, with: .failure(.invalidRequest("request id \(id) is already in use")))
      return
    }
    queue.async { [self] in
      guard !cancellation.isCancelled else { return }
      let outcome: Result<JSON, ResponseError>
      do {
        outcome = .success(try work(cancellation))
      } catch let error as ResponseError {
        outcome = .failure(error)
      } catch is CancellationError {
        outcome = .failure(.cancelled)
      } catch {
        outcome = .failure(.requestFailed("\(error)"))
      }
      finish(id, cancellation, outcome)
    }
  }

  /// Answers request `id` with `RequestCancelled` now if it is still pending, and tells its work.
  func cancel(_ id: RequestID) {
    guard let cancellation = pending.withLock({ $0.removeValue(forKey: id) }) else { return }
    cancellation.cancel()
    writer.respond(to: id, with: .failure(.cancelled))
  }

  /// Waits until the requests queued so far have run, for at most `timeout`; false on time-out.
  func drain(timeout: Duration) -> Bool {
    let done = DispatchSemaphore(value: 0)
    queue.async { done.signal() }
    return done.wait(timeout: .now() + .nanoseconds(Int(timeout.nanoseconds))) == .success
  }

  /// Requests not answered yet.
  var pendingCount: Int { pending.withLock { $0.count } }

  private func finish(
    _ id: RequestID, _ cancellation: Cancellation, _ outcome: Result<JSON, ResponseError>
  ) {
    // The id may have been cancelled and reused meanwhile: answer only for this request.
    let current = pending.withLock { pending in
      guard pending[id] === cancellation else { return false }
      pending[id] = nil
      return true
    }
    if current { writer.respond(to: id, with: outcome) }
  }
}

extension Duration {
  /// The duration in whole nanoseconds, saturating.
  var nanoseconds: Int64 {
    let (seconds, attoseconds) = components
    let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    guard !overflow else { return seconds < 0 ? .min : .max }
    return product.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
  }
}
