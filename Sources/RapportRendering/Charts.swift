import RapportAnalysis

/// Inline SVG charts (with titles and text equivalents) and their plain-text counterparts.
enum Charts {
  static let promoterColor = "#1a7f4b"
  static let passiveColor = "#8a8f98"
  static let detractorColor = "#c2410c"

  /// Bars of how many respondents gave each score 0-10, coloured by NPS category.
  static func npsDistribution(_ summary: NPSSummary, id: String) -> String {
    let counts = summary.distribution
    let top = max(counts.max() ?? 0, 1)
    let barWidth = 24
    let gap = 6
    let height = 90
    let width = 11 * (barWidth + gap)
    var description = (0...10).map { "\($0): \(counts[$0])" }.joined(separator: ", ")
    if summary.respondents == 0 { description = "no respondents in the window" }
    var svg: SVGText = """
      <svg class="chart" role="img" aria-label="Respondents by score, 0 to 10: \(description)" viewBox="0 0 \(width) \(height + 34)" width="\(width)" height="\(height + 34)">\
      <title>Respondents by score, 0 to 10</title><desc>\(description)</desc>
      """
    for score in 0...10 {
      let barHeight = counts[score] == 0 ? 0 : max(2, counts[score] * height / top)
      let x = score * (barWidth + gap)
      let color = score >= 9 ? promoterColor : score >= 7 ? passiveColor : detractorColor
      svg +=
        "<rect x=\"\(x)\" y=\"\(height - barHeight + 14)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"\(color)\" rx=\"2\"/>"
      if counts[score] > 0 {
        svg +=
          "<text x=\"\(x + barWidth / 2)\" y=\"\(height - barHeight + 10)\" text-anchor=\"middle\" class=\"count\">\(counts[score])</text>"
      }
      svg +=
        "<text x=\"\(x + barWidth / 2)\" y=\"\(height + 30)\" text-anchor=\"middle\" class=\"axis\">\(score)</text>"
    }
    svg += "</svg>"
    return svg.string
  }

  /// A small line of NPS-scale scores over time, with a title saying first and latest.
  static func sparkline(_ points: [ScorePoint], id: String) -> String {
    guard !points.isEmpty else { return "" }
    let width = 90
    let height = 24
    let step = points.count > 1 ? Double(width - 6) / Double(points.count - 1) : 0
    let coordinates = points.enumerated().map { index, point in
      (
        x: 3 + Double(index) * step,
        y: 3 + (10 - min(max(point.value, 0), 10)) / 10 * Double(height - 6)
      )
    }
    let label = points.map { Formatting.number($0.value) }.joined(separator: " → ")
    var svg: SVGText =
      "<svg class=\"spark\" role=\"img\" aria-label=\"Scores over time: \(label)\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\"><title>Scores over time: \(label)</title>"
    if coordinates.count > 1 {
      let path = coordinates.map { "\(format($0.x)),\(format($0.y))" }.joined(separator: " ")
      svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#4b5563\" stroke-width=\"1.5\"/>"
    }
    for (point, coordinate) in zip(points, coordinates) {
      let color =
        point.value >= 9 ? promoterColor : point.value >= 7 ? passiveColor : detractorColor
      svg +=
        "<circle cx=\"\(format(coordinate.x))\" cy=\"\(format(coordinate.y))\" r=\"2.5\" fill=\"\(color)\"/>"
    }
    svg += "</svg>"
    return svg.string
  }

  /// A horizontal bar for a share 0-1.
  static func bar(_ share: Double, color: String, label: String) -> String {
    let width = Int((max(0, min(1, share)) * 120).rounded())
    return
      "<svg class=\"bar\" role=\"img\" aria-label=\"\(Escaping.html(label))\" viewBox=\"0 0 120 10\" width=\"120\" height=\"10\"><rect width=\"120\" height=\"10\" fill=\"#eef0f3\" rx=\"2\"/><rect width=\"\(width)\" height=\"10\" fill=\"\(color)\" rx=\"2\"/></svg>"
  }

  /// Scores 0-10 as block characters, such as `▂▃▅█`, for Markdown.
  static func textSparkline(_ points: [ScorePoint]) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    return String(
      points.map { blocks[min(7, max(0, Int((min(max($0.value, 0), 10) / 10 * 7).rounded())))] })
  }

  /// A share 0-1 as a bar of up to ten blocks, for Markdown.
  static func textBar(_ share: Double) -> String {
    let filled = Int((max(0, min(1, share)) * 10).rounded())
    return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
  }

  private static func format(_ value: Double) -> String { String(Int(value.rounded())) }
}
