import Foundation
import RapportNotebook
import Synchronization

/// Today's date where rapport runs.
public enum Today {
  /// The machine's local date, or `RAPPORT_TODAY` (YYYY-MM-DD) from `environment` when set, so
  /// tests can fix "today".
  public static func date(environment: [String: String]) -> Day {
    if let value = environment["RAPPORT_TODAY"], !value.isEmpty {
      if let fixed = Day(value) { return fixed }
      // Said once: a run whose "today" silently moved would give other reports than expected.
      if warned.withLock({
        let first = !$0; $0 = true; return first
      }) {
        let shown = String(
          value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        FileHandle.standardError.write(
          Data(
            "warning: RAPPORT_TODAY is '\(shown)', not a date written YYYY-MM-DD; today's date is used\n"
              .utf8))
      }
    }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  /// Whether the warning about `RAPPORT_TODAY` was given.
  private static let warned = Mutex(false)
}
