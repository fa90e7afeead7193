import RapportNotebook

/// The date a report is "as of", and the window of recent days its figures cover.
public struct ReportPeriod: Sendable, Hashable {
  public let asOf: Day
  /// Days the window spans, ending on (and including) the as-of date.
  public let windowDays: Int

  public init(asOf: Day, windowDays: Int) {
    self.asOf = asOf
    self.windowDays = windowDays
  }

  /// The period as of `asOf`, with the window `settings` give (`thresholds.window_days`).
  public init(asOf: Day, settings: Settings) {
    self.init(asOf: asOf, windowDays: settings.thresholds.windowDays)
  }

  /// The first day inside the window.
  public var windowStart: Day { asOf.adding(days: -windowDays + 1) }

  /// Whether a day is in the window: after as-of minus the window, and not after as-of.
  public func contains(_ day: Day) -> Bool { day > asOf.adding(days: -windowDays) && day <= asOf }

  /// Whether a day is on or before the as-of date (later notes are left out of every figure).
  public func hasHappened(_ day: Day) -> Bool { day <= asOf }

  /// Days from `day` to the as-of date.
  public func daysSince(_ day: Day) -> Int { day.days(until: asOf) }
}
