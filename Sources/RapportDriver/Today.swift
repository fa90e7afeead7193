import Foundation
import RapportNotebook

/// Today's date where rapport runs.
public enum Today {
  /// The machine's local date, or `RAPPORT_TODAY` (YYYY-MM-DD) from `environment` when set, so
  /// tests can fix "today".
  public static func date(environment: [String: String]) -> Day {
    if let value = environment["RAPPORT_TODAY"], !value.isEmpty {
      if let fixed = Day(value) { return fixed }
      // Said once: a run whose "today" silently moved would give other reports than expected.
      _ = warnedOnce
    }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  /// Prints, the first time it is read, that `RAPPORT_TODAY` is not a date.
  private static let warnedOnce: Void = {
    let value = ProcessInfo.processInfo.environment["RAPPORT_TODAY"] ?? ""
    FileHandle.standardError.write(
      Data(
        "warning: RAPPORT_TODAY is '\(value)', not a date written YYYY-MM-DD; today's date is used\n"
          .utf8))
  }()
}
