import RapportNotebook

/// How long an account has been a customer on a date, from its `since`.
public enum Tenure: String, Sendable, CaseIterable, Comparable {
  /// Under a year.
  case new
  /// One to three years.
  case established
  /// Three years or more.
  case loyal
  /// No `since` date in the profile.
  case unknown

  /// The cohort on `asOf` of an account customer since `since` (whole years, by calendar date).
  public init(since: Day?, asOf: Day) {
    guard let since else {
      self = .unknown
      return
    }
    let (y0, m0, d0) = since.components
    let (y1, m1, d1) = asOf.components
    var years = y1 - y0
    if (m1, d1) < (m0, d0) { years -= 1 }
    self = years < 1 ? .new : years < 3 ? .established : .loyal
  }

  public static func < (a: Tenure, b: Tenure) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// A person's move between NPS categories, such as passive to promoter.
public struct CategoryMove: Sendable, Hashable {
  public var from: NPSCategory
  public var to: NPSCategory

  /// The move between two scores, or nil when both fall in one category.
  public init?(from old: Double, to new: Double) {
    let before = NPSCategory(score: old)
    let after = NPSCategory(score: new)
    guard before != after else { return nil }
    from = before
    to = after
  }

  /// Whether the person moved up (toward promoter).
  public var isImprovement: Bool { from < to }
}
