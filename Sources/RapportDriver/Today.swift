import Foundation
import RapportNotebook

/// Today's date where rapport runs.
public enum Today {
  /// The machine's local date, or `RAPPORT_TODAY` (YYYY-MM-DD) from `environment` when set, so
  /// tests can fix "today".
  public static func date(environment: [String: String]) -> Day {
    if let fixed = environment["RAPPORT_TODAY"].flatMap({ Day($0) }) { return fixed }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
  }
}
