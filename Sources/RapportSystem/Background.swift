import Foundation
import Synchronization

/// A value worked out on a thread of its own while the caller goes on; `value` waits for it.
///
/// For work beside the caller's that must not wait for, or take, a worker of `Parallel`: a
/// subprocess, templates compiled while notes are read, a cache written while accounts are
/// analysed.
public final class Background<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let done = DispatchSemaphore(value: 0)

  /// Starts `work` at once.
  public init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let value = work()
      result.withLock { $0 = value }
      done.signal()
    }
    thread.start()
  }

  /// The value, once the work is done.
  public var value: Value {
    if let value = result.withLock({ $0 }) { return value }
    done.wait()
    // Let any other caller waiting through too.
    done.signal()
    return result.withLock { $0! }
  }
}
