import RapportNotebook

/// How long an account has gone unheard, when that is silence.
///
/// Attention, the planner and the zone of mutual indifference all ask here, so they agree.
struct Silence {
  /// Days since its last external interview; nil when it never had one.
  let days: Int?

  /// The account's silence when it has lasted `silenceDays` days, else nil. It counts from the
  /// last external interview (`last`), or for an account never interviewed from the day it became
  /// a customer (`since`), so a customer of three months not yet heard is new, not silent. A lost
  /// account never interviewed is silent however recently it joined: nobody asked why.
  static func of(
    last: Day?, since: Day?, isLost: Bool, period: ReportPeriod, silenceDays: Int
  ) -> Silence? {
    let days = last.map { period.daysSince($0) }
    let quiet = days ?? (isLost ? nil : since.map { period.daysSince($0) })
    guard quiet.map({ $0 >= silenceDays }) ?? true else { return nil }
    return Silence(days: days)
  }
}

extension AccountReport {
  /// `Silence.of` for this report's account.
  func silence(silenceDays: Int) -> Silence? {
    Silence.of(
      last: lastInterview, since: profile.since, isLost: profile.status == .lost, period: period,
      silenceDays: silenceDays)
  }
}
