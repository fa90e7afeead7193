import Foundation

/// Prints how long each phase of a run took, and the memory held, to standard error when
/// `RAPPORT_TRACE` is set.
///
/// Used by `scripts/bench` to explain where time and memory go; silent otherwise.
public struct PhaseTimer {
  private let enabled = ProcessInfo.processInfo.environment["RAPPORT_TRACE"] != nil
  private var last = DispatchTime.now()

  public init() {}

  /// Records the end of a phase.
  public mutating func mark(_ phase: String) {
    guard enabled else { return }
    let now = DispatchTime.now()
    let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000
    let live = Memory.inUseBytes().map { ", \($0 >> 20) MB in use" } ?? ""
    let memory = Self.residentMegabytes().map {
      ", \($0.now) MB resident (peak \($0.peak) MB)\(live)"
    }
    FileHandle.standardError.write(
      Data("trace: \(phase) \(String(format: "%.1f", milliseconds)) ms\(memory ?? "")\n".utf8))
    last = now
  }

  /// The process's resident memory now and at its peak, in MB (Linux only; nil elsewhere).
  static func residentMegabytes() -> (now: Int, peak: Int)? {
    // Files in /proc report no size, so they are read until the end rather than by their size.
    guard let handle = FileHandle(forReadingAtPath: "/proc/self/status"),
      let data = try? handle.readToEnd()
    else { return nil }
    let status = String(decoding: data, as: UTF8.self)
    func kilobytes(_ key: String) -> Int? {
      guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") })
      else { return nil }
      return Int(line.dropFirst(key.count + 1).split(whereSeparator: \.isWhitespace).first ?? "")
    }
    guard let now = kilobytes("VmRSS"), let peak = kilobytes("VmHWM") else { return nil }
    return (now / 1024, peak / 1024)
  }
}
