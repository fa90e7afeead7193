import Foundation

/// Prints how long each phase of a run took to standard error when `RAPPORT_TRACE` is set.
///
/// Used by `scripts/bench` to explain where time goes; silent otherwise.
public struct PhaseTimer {
  private let enabled = ProcessInfo.processInfo.environment["RAPPORT_TRACE"] != nil
  private var last = DispatchTime.now()

  public init() {}

  /// Records the end of a phase.
  public mutating func mark(_ phase: String) {
    guard enabled else { return }
    let now = DispatchTime.now()
    let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000
    FileHandle.standardError.write(
      Data("trace: \(phase) \(String(format: "%.1f", milliseconds)) ms\n".utf8))
    last = now
  }
}
