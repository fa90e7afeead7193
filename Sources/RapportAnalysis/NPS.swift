/// Where a 0-10 score puts a person: promoter (9-10), passive (7-8) or detractor (0-6).
public enum NPSCategory: String, Sendable, CaseIterable, Comparable {
  case detractor, passive, promoter

  public init(score: Double) {
    self = score >= 9 ? .promoter : score >= 7 ? .passive : .detractor
  }

  public static func < (a: NPSCategory, b: NPSCategory) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// Net Promoter figures over a set of respondents' scores.
public struct NPSSummary: Sendable, Hashable {
  public var promoters = 0
  public var passives = 0
  public var detractors = 0
  /// How many respondents gave each score 0-10.
  public var distribution = [Int](repeating: 0, count: 11)

  public init() {}

  /// The summary of these scores (each one respondent's latest).
  public init(scores: [Double]) {
    for score in scores { add(score) }
  }

  public mutating func add(_ score: Double) {
    switch NPSCategory(score: score) {
    case .promoter: promoters += 1
    case .passive: passives += 1
    case .detractor: detractors += 1
    }
    let bucket = Int(score.rounded())
    if (0...10).contains(bucket) { distribution[bucket] += 1 }
  }

  public var respondents: Int { promoters + passives + detractors }

  /// % promoters minus % detractors, rounded to one decimal; nil without respondents.
  public var score: Double? {
    guard respondents > 0 else { return nil }
    let exact = 100 * Double(promoters - detractors) / Double(respondents)
    return (exact * 10).rounded() / 10
  }
}
