import RapportNotebook

/// One scale's figures over a group: each person's latest score on it in the window.
public struct ScaleSummary: Sendable, Hashable {
  public var scale: Scale
  /// People whose latest score on the scale falls in the window.
  public var respondents = 0
  /// Sum of their latest scores.
  public var total = 0.0
  /// How many gave each whole score from the scale's minimum up (scores rounded).
  public var distribution: [Int]

  public init(scale: Scale) {
    self.scale = scale
    // A distribution only for scales of whole steps that fit a chart (0-10, 1-5, ...).
    let span = (scale.maximum - scale.minimum).rounded()
    distribution = Array(
      repeating: 0, count: span.isFinite && span >= 0 && span <= 100 ? Int(span) + 1 : 0)
  }

  /// The mean latest score; nil without respondents.
  public var mean: Double? { respondents == 0 ? nil : total / Double(respondents) }

  mutating func add(_ value: Double) {
    respondents += 1
    total += value
    let offset = (value - scale.minimum).rounded()
    if offset >= 0, offset < Double(distribution.count) { distribution[Int(offset)] += 1 }
  }

  /// Two summaries of one scale over different people, together.
  static func + (a: ScaleSummary, b: ScaleSummary) -> ScaleSummary {
    var sum = a
    sum.respondents += b.respondents
    sum.total += b.total
    sum.distribution = zip(a.distribution, b.distribution).map(+)
    return sum
  }

  /// Every scale's summary over these people in `period`.
  static func all(
    _ contacts: [ContactSummary], scales: [Scale], period: ReportPeriod
  ) -> [ScaleSummary] {
    scales.map { scale in
      var summary = ScaleSummary(scale: scale)
      for contact in contacts {
        if let latest = contact.latest(on: scale.name), period.contains(latest.date) {
          summary.add(latest.value)
        }
      }
      return summary
    }
  }
}

extension ContactSummary {
  /// The person's latest score on a scale, up to the as-of date.
  public func latest(on scale: String) -> ScorePoint? { scores.last { $0.scale == scale } }
}
