import RapportAnalysis
import RapportNotebook

/// An account's roster drawn as an org chart: boxes by `reports_to`, each coloured by the
/// person's latest NPS category (grey when never heard), struck through when they have left, with
/// a badge when they have gone quiet.
enum OrgChartSVG {
  static let boxWidth = 150
  static let boxHeight = 46
  static let columnWidth = 164
  static let rowHeight = 78

  /// One person in the chart, with where their box goes.
  struct Box {
    let contact: ContactSummary
    let depth: Int
    /// Column of the box's centre, in columns (half columns allowed).
    var center = 0.0
  }

  /// The chart of an org chart's rows (depth first, as the analysis gives them); `link` is the
  /// person's page from the account page, and `silent` the ids of people gone quiet.
  static func render(
    _ rows: [OrgChartRow], link: (ContactSummary) -> String, silent: Set<String>, id: String
  ) -> String {
    guard !rows.isEmpty else { return "" }
    var boxes = rows.map { Box(contact: $0.contact, depth: $0.depth) }
    // Parents by position: the nearest earlier row one level up.
    var parent = [Int?](repeating: nil, count: rows.count)
    var stack: [Int] = []
    for (index, row) in rows.enumerated() {
      while let last = stack.last, rows[last].depth >= row.depth { stack.removeLast() }
      parent[index] = stack.last
      stack.append(index)
    }
    var children = [[Int]](repeating: [], count: rows.count)
    for (index, up) in parent.enumerated() { if let up { children[up].append(index) } }
    // Leaves take one column each, left to right; a parent sits over its children.
    var nextColumn = 0.0
    func place(_ index: Int) {
      if children[index].isEmpty {
        boxes[index].center = nextColumn
        nextColumn += 1
      } else {
        for child in children[index] { place(child) }
        let first = boxes[children[index].first!].center
        let last = boxes[children[index].last!].center
        boxes[index].center = (first + last) / 2
      }
    }
    for index in rows.indices where parent[index] == nil { place(index) }
    let width = Int(nextColumn) * columnWidth + 8
    let height = ((rows.map(\.depth).max() ?? 0) + 1) * rowHeight
    func x(_ box: Box) -> Int { 4 + Int((box.center * Double(columnWidth)).rounded()) + 7 }
    func y(_ box: Box) -> Int { 4 + box.depth * rowHeight }
    var svg: SVGText =
      "<svg class=\"org-chart\" id=\"\(Escaping.elementID(id))\" role=\"img\" aria-label=\"Org chart of \(rows.count) people\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\"><title>Org chart</title>"
    for (index, up) in parent.enumerated() {
      guard let up else { continue }
      let (fromX, fromY) = (x(boxes[up]) + boxWidth / 2, y(boxes[up]) + boxHeight)
      let (toX, toY) = (x(boxes[index]) + boxWidth / 2, y(boxes[index]))
      let middle = (fromY + toY) / 2
      svg +=
        "<path d=\"M\(fromX) \(fromY) V\(middle) H\(toX) V\(toY)\" class=\"edge\" fill=\"none\"/>"
    }
    for box in boxes { self.box(box, x: x(box), y: y(box), link: link, silent: silent, into: &svg) }
    svg += "</svg>"
    return svg.string
  }

  /// One person's box, linked to their page, appended to `svg`.
  static func box(
    _ box: Box, x: Int, y: Int, link: (ContactSummary) -> String, silent: Set<String>,
    into svg: inout SVGText
  ) {
    let contact = box.contact
    let kind = contact.category?.rawValue ?? "unheard"
    var name = clipped(contact.name, 22)
    var details = clipped(contact.title ?? contact.level.map(Formatting.title) ?? "", 21)
    if let latest = contact.latestNPS { details += " · \(Formatting.number(latest.value))" }
    name = Escaping.html(name)
    details = Escaping.html(details)
    svg +=
      "<a href=\"\(Escaping.html(link(contact)))\"><g class=\"person \(kind)\(contact.hasLeft ? " left" : "")\">"
    svg +=
      "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(boxHeight)\" rx=\"6\"/>"
    svg +=
      "<text x=\"\(x + 8)\" y=\"\(y + 19)\" class=\"name\">\(name)</text><text x=\"\(x + 8)\" y=\"\(y + 36)\" class=\"detail\">\(details)</text>"
    if contact.hasLeft {
      svg +=
        "<line x1=\"\(x + 6)\" x2=\"\(x + boxWidth - 6)\" y1=\"\(y + 15)\" y2=\"\(y + 15)\" class=\"strike\"/>"
    }
    if silent.contains(contact.id) {
      svg +=
        "<rect x=\"\(x + boxWidth - 44)\" y=\"\(y - 7)\" width=\"40\" height=\"14\" rx=\"7\" class=\"badge\"/><text x=\"\(x + boxWidth - 24)\" y=\"\(y + 3)\" text-anchor=\"middle\" class=\"badge-text\">quiet</text>"
    }
    let tooltip = contact.name + (contact.title.map { ", \($0)" } ?? "")
    svg += "<title>\(Escaping.html(tooltip))</title></g></a>"
  }

  /// Text cut to `count` characters with an ellipsis.
  static func clipped(_ text: String, _ count: Int) -> String {
    text.count <= count ? text : String(text.prefix(count - 1)) + "…"
  }
}
