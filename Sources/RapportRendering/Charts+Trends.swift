import RapportAnalysis
import RapportNotebook

extension Charts {
  /// NPS at each quarter end as a line over -100 to +100, with respondents under each quarter;
  /// a quarter with fewer than `minimum` respondents is a gap, labelled "too few".
  static func quarterNPS(_ points: [QuarterPoint], minimum: Int, id: String) -> String {
    let width = 560
    let top = 18
    let plot = 120
    let left = 64
    let step = Double(width - left - 36) / Double(max(1, points.count - 1))
    func x(_ index: Int) -> Int { left + Int((Double(index) * step).rounded()) }
    func y(_ nps: Double) -> Int { top + Int(((100 - nps) / 200 * Double(plot)).rounded()) }
    let shown = points.map { $0.nps.respondents >= minimum ? $0.nps.score : nil }
    // A quarter without a figure says why under its count, not in the plot, where a word by the
    // zero line would read as a value.
    let height = top + plot + (shown.contains { $0 == nil } ? 54 : 40)
    let description = zip(points, shown).map { point, score in
      "\(quarterLabel(point.end)): "
        + (score.map(Formatting.nps) ?? (point.nps.respondents == 0 ? "no respondents" : "too few"))
    }.joined(separator: ", ")
    var svg: SVGText =
      "<svg class=\"chart trend\" id=\"\(Escaping.elementID(id))\" role=\"img\" aria-label=\"NPS by quarter: \(Escaping.html(description))\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\"><title>NPS by quarter</title><desc>\(Escaping.html(description))</desc>"
    for value in [100.0, 0, -100] {
      svg +=
        "<line x1=\"\(left - 12)\" x2=\"\(width - 14)\" y1=\"\(y(value))\" y2=\"\(y(value))\" class=\"\(value == 0 ? "zero" : "grid")\"/><text x=\"\(left - 16)\" y=\"\(y(value) + 4)\" text-anchor=\"end\" class=\"axis\">\(value > 0 ? "+" : "")\(Int(value))</text>"
    }
    // Lines join neighbouring quarters that both have a figure; a gap stays a gap.
    for index in points.indices.dropLast() {
      guard let a = shown[index], let b = shown[index + 1] else { continue }
      svg +=
        "<line x1=\"\(x(index))\" y1=\"\(y(a))\" x2=\"\(x(index + 1))\" y2=\"\(y(b))\" class=\"line\"/>"
    }
    for (index, point) in points.enumerated() {
      let label = quarterLabel(point.end)
      if let score = shown[index] {
        svg +=
          "<circle cx=\"\(x(index))\" cy=\"\(y(score))\" r=\"3.5\" fill=\"\(score >= 0 ? promoterColor : detractorColor)\"/><text x=\"\(x(index))\" y=\"\(y(score) - 7)\" text-anchor=\"middle\" class=\"count\">\(Formatting.nps(score))</text>"
      } else {
        svg +=
          "<text x=\"\(x(index))\" y=\"\(top + plot + 46)\" text-anchor=\"middle\" class=\"axis\">\(point.nps.respondents == 0 ? "none" : "too few")</text>"
      }
      svg +=
        "<text x=\"\(x(index))\" y=\"\(top + plot + 18)\" text-anchor=\"middle\" class=\"axis\">\(label)</text><text x=\"\(x(index))\" y=\"\(top + plot + 32)\" text-anchor=\"middle\" class=\"axis\">n=\(point.nps.respondents)</text>"
    }
    svg += "</svg>"
    return svg.string
  }

  /// "Q3 2026" for a quarter's last day.
  static func quarterLabel(_ end: Day) -> String {
    let (year, month, _) = end.components
    return "Q\((month - 1) / 3 + 1) \(year)"
  }

  /// One person's scores on one scale over time: points spaced by date, the scale's range using
  /// the chart's height, with the range and the dates marked.
  static func scoreHistory(_ points: [ScorePoint], scale: Scale, id: String) -> String {
    guard let first = points.first, let last = points.last else { return "" }
    let width = 520
    let top = 16
    let plot = 110
    let left = 44
    let span = max(1, first.date.days(until: last.date))
    func x(_ day: Day) -> Int {
      points.count == 1
        ? (left + width - 20) / 2 : left + first.date.days(until: day) * (width - left - 24) / span
    }
    let range = scale.maximum - scale.minimum
    func y(_ value: Double) -> Int {
      let clamped = min(max(value, scale.minimum), scale.maximum)
      return top + Int(((scale.maximum - clamped) / range * Double(plot)).rounded())
    }
    let description = points.map { "\($0.date): \(Formatting.number($0.value))" }.joined(
      separator: ", ")
    var svg: SVGText =
      "<svg class=\"chart history\" id=\"\(Escaping.elementID(id))\" role=\"img\" aria-label=\"\(Escaping.html(scale.name)) over time: \(description)\" viewBox=\"0 0 \(width) \(top + plot + 30)\" width=\"\(width)\" height=\"\(top + plot + 30)\"><title>\(Escaping.html(scale.name)) over time</title><desc>\(description)</desc>"
    let middle = (scale.minimum + scale.maximum) / 2
    for value in [scale.maximum, middle, scale.minimum] {
      svg +=
        "<line x1=\"\(left - 4)\" x2=\"\(width - 12)\" y1=\"\(y(value))\" y2=\"\(y(value))\" class=\"grid\"/><text x=\"\(left - 8)\" y=\"\(y(value) + 4)\" text-anchor=\"end\" class=\"axis\">\(Formatting.number(value))</text>"
    }
    if scale.isNPS {
      // The bands where promoters (9-10) and detractors (0-6) begin.
      for value in [8.5, 6.5] {
        svg +=
          "<line x1=\"\(left - 4)\" x2=\"\(width - 12)\" y1=\"\(y(value))\" y2=\"\(y(value))\" class=\"band\"/>"
      }
    }
    if points.count > 1 {
      let path = points.map { "\(x($0.date)),\(y($0.value))" }.joined(separator: " ")
      svg += "<polyline points=\"\(path)\" class=\"line\"/>"
    }
    for point in points {
      let color = scale.isNPS ? categoryColor(point.value) : "#2457a6"
      svg +=
        "<circle cx=\"\(x(point.date))\" cy=\"\(y(point.value))\" r=\"4\" fill=\"\(color)\"/><text x=\"\(x(point.date))\" y=\"\(y(point.value) - 8)\" text-anchor=\"middle\" class=\"count\">\(Formatting.number(point.value))</text>"
    }
    svg +=
      "<text x=\"\(x(first.date))\" y=\"\(top + plot + 22)\" text-anchor=\"\(points.count == 1 ? "middle" : "start")\" class=\"axis\">\(first.date)</text>"
    if points.count > 1 {
      svg +=
        "<text x=\"\(x(last.date))\" y=\"\(top + plot + 22)\" text-anchor=\"end\" class=\"axis\">\(last.date)</text>"
    }
    svg += "</svg>"
    return svg.string
  }

  /// The colour of an NPS-scale score's category.
  static func categoryColor(_ score: Double) -> String {
    score >= 9 ? promoterColor : score >= 7 ? passiveColor : detractorColor
  }

  /// How many gave each whole score of a scale, as small bars.
  static func scaleDistribution(_ summary: ScaleSummary, id: String) -> String {
    let counts = summary.distribution
    guard !counts.isEmpty else { return "" }
    let top = max(counts.max() ?? 0, 1)
    let bar = 18
    let gap = 4
    let height = 50
    let width = counts.count * (bar + gap)
    let description = counts.enumerated().map {
      "\(Formatting.number(summary.scale.minimum + Double($0.offset))): \($0.element)"
    }.joined(separator: ", ")
    var svg: SVGText =
      "<svg class=\"chart\" id=\"\(Escaping.elementID(id))\" role=\"img\" aria-label=\"\(Escaping.html(summary.scale.name)) by score: \(description)\" viewBox=\"0 0 \(width) \(height + 30)\" width=\"\(width)\" height=\"\(height + 30)\"><title>\(Escaping.html(summary.scale.name)) by score</title>"
    for (index, count) in counts.enumerated() {
      let barHeight = count == 0 ? 0 : max(2, count * height / top)
      let x = index * (bar + gap)
      let value = summary.scale.minimum + Double(index)
      let color = summary.scale.isNPS ? categoryColor(value) : "#2457a6"
      svg +=
        "<rect x=\"\(x)\" y=\"\(height - barHeight + 12)\" width=\"\(bar)\" height=\"\(barHeight)\" fill=\"\(color)\" rx=\"2\"/>"
      if count > 0 {
        svg +=
          "<text x=\"\(x + bar / 2)\" y=\"\(height - barHeight + 9)\" text-anchor=\"middle\" class=\"count\">\(count)</text>"
      }
      svg +=
        "<text x=\"\(x + bar / 2)\" y=\"\(height + 26)\" text-anchor=\"middle\" class=\"axis\">\(Formatting.number(value))</text>"
    }
    svg += "</svg>"
    return svg.string
  }
}
