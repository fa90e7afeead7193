import RapportSystem
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A "notes read / total" line on standard error, shown only on a terminal once a run passes a second.
final class ProgressLine: Sendable {
  private let start: Int64
  private let state = Mutex<(lastShown: Int64, shown: Bool)>((0, false))
  let enabled: Bool

  init(enabled: Bool = Terminal.stderrIsTerminal) {
    self.enabled = enabled
    start = Clock.wallNanoseconds()
  }

  /// Records progress; draws at most ten times a second.
  func update(done: Int, total: Int) {
    guard enabled else { return }
    let now = Clock.wallNanoseconds()
    guard now - start > 1_000_000_000 else { return }
    let draw = state.withLock { state -> Bool in
      guard now - state.lastShown > 100_000_000 || done == total else { return false }
      state = (now, true)
      return true
    }
    if draw { Terminal.err("\rreading notes \(done)/\(total)") }
  }

  /// Erases the line if it was drawn.
  func finish() {
    if state.withLock({ $0.shown }) { Terminal.err("\r\u{1B}[K") }
  }
}
