import ArgumentParser
import Foundation
import RapportDriver
import RapportNotebook

/// The `--as-of` option shared by commands that compute figures.
struct AsOfOption: ParsableArguments {
  @Option(
    name: .customLong("as-of"),
    help: "The date figures are computed for, YYYY-MM-DD (default: today).")
  var asOf: String?

  func validate() throws {
    if let asOf, Day(asOf) == nil {
      throw ValidationError("--as-of: \(Day.problem(with: asOf)).")
    }
  }

  /// The as-of day: the option, or today's local date.
  var day: Day { asOf.flatMap { Day($0) } ?? Self.today }

  /// Today's date in the local time zone (`RAPPORT_TODAY` fixes it for tests).
  static var today: Day { Today.date(environment: ProcessInfo.processInfo.environment) }
}
