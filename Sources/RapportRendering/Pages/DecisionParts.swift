import RapportAnalysis
import RapportNotebook

/// Links to a person's page from a page `depth` folders below the output folder.
struct PersonLinks: Sendable {
  let account: String
  let id: String
  let depth: Int

  var markdown: String {
    OutputLayout().personLink(account: account, id: id, .markdown, fromDepth: depth)
  }
  var html: String { OutputLayout().personLink(account: account, id: id, .html, fromDepth: depth) }

  /// The link fields every person mention offers, read through `links`.
  static func fields<Root>(
    _ links: @escaping @Sendable (Root) -> PersonLinks?
  ) -> [TemplateField<Root>] {
    [
      .text("person_md", "The person's page (Markdown), from this page.") { links($0)?.markdown },
      .text("person_html", "The person's page (HTML), from this page.") { links($0)?.html },
    ]
  }
}

/// One headline figure beside its value a window earlier.
struct FigureValue: TemplateRecord {
  let label: String
  let value: String
  let previous: String
  /// Now minus then as shown (a percentage in points), when both are numbers.
  let change: Double?
  /// Whether a rise is good news (NPS) or bad news (overdue commitments).
  let higherIsBetter: Bool
  let kind: Kind
  /// Whether there was a figure one window earlier (not a dash, nor too few to report).
  var hasPrevious = true

  /// How a figure's change is written.
  enum Kind {
    /// A count: `+3`.
    case count
    /// An NPS, with a sign and one decimal: `+4.5`.
    case nps
    /// A percentage, whose change is in percentage points: `+2 pts`.
    case percent
  }
  static let templateTypeName = "Figure"
  static let templateFields: [TemplateField<FigureValue>] = [
    .text("label", "What the figure is.") { $0.label },
    .text("value", "Its value now.") { $0.value },
    .text("previous", "Its value one window earlier.") { $0.previous },
    .flag("has_previous", "Whether there was a figure one window earlier to compare with.") {
      $0.hasPrevious
    },
    .text("change", "The difference, signed (a percentage's in points, \"+2 pts\"), or a dash.") {
      figure in
      guard let change = figure.change else { return "—" }
      if change == 0 { return "±0" }
      switch figure.kind {
      case .count: return Formatting.delta(change)
      case .nps: return Formatting.nps(change)
      case .percent: return Formatting.delta(change) + " pts"
      }
    },
    .text("change_class", "better, worse or same, for styling.") { figure in
      guard let change = figure.change, change != 0 else { return "same" }
      return (change > 0) == figure.higherIsBetter ? "better" : "worse"
    },
  ]

  /// The headline figures of `now` beside `then`; NPS withheld below `minimum` respondents.
  static func all(now: Headline, then: Headline, minimum: Int) -> [FigureValue] {
    func nps(_ headline: Headline) -> Double? {
      headline.nps.respondents >= minimum ? headline.nps.score : nil
    }
    let npsChange = zip2(nps(now), nps(then)).map { Formatting.shownDifference($0, $1) }
    func count(_ label: String, _ a: Int, _ b: Int, better: Bool) -> FigureValue {
      FigureValue(
        label: label, value: "\(a)", previous: "\(b)", change: Double(a - b),
        higherIsBetter: better, kind: .count)
    }
    return [
      FigureValue(
        label: "NPS", value: Formatting.groupNPS(now.nps, minimum: minimum),
        previous: Formatting.groupNPS(then.nps, minimum: minimum), change: npsChange,
        higherIsBetter: true, kind: .nps, hasPrevious: nps(then) != nil),
      count("Respondents", now.nps.respondents, then.nps.respondents, better: true),
      count("Interviews in the window", now.interviews, then.interviews, better: true),
      count("Open commitments", now.ledger.notDone, then.ledger.notDone, better: false),
      count("Overdue commitments", now.ledger.overdue, then.ledger.overdue, better: false),
      FigureValue(
        label: "Response rate", value: now.response.rate.map(Formatting.percent) ?? "—",
        previous: then.response.rate.map(Formatting.percent) ?? "—",
        change: zip2(now.response.rate, then.response.rate).map {
          Formatting.shownDifference($0, $1, as: .percent)
        },
        higherIsBetter: true, kind: .percent, hasPrevious: then.response.rate != nil),
    ]
  }
}

/// Both optionals, or nil.
func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}

/// An account's attention: its level and the reasons, each a sentence with its evidence.
struct AttentionValue: TemplateRecord {
  let attention: Attention
  let account: String
  let context: RenderContext
  let depth: Int
  /// Whether to list one reason per rule, each counting the others like it (the company page);
  /// the account page lists every reason.
  var onePerRule = false
  static let templateTypeName = "Attention"
  static let templateFields: [TemplateField<AttentionValue>] = [
    .text("level", "act, watch or steady.") { $0.attention.level.rawValue },
    .flag("act", "Whether something needs action now.") { $0.attention.level == .act },
    .flag("watch", "Whether it is worth a closer look.") { $0.attention.level == .watch },
    .flag("steady", "Whether nothing is flagged.") { $0.attention.level == .steady },
    .list("reasons", "Why, act reasons first; on the company page one per rule.") { value in
      value.shown.map {
        ReasonValue(
          reason: $0.reason, account: value.account, context: value.context, depth: value.depth,
          alike: $0.alike)
      }
    },
  ]
}

extension AttentionValue {
  /// The reasons listed, each with how many more like it are not: of its rule, and for a
  /// tell-back, of its kind (a late one is not like one never given).
  var shown: [(reason: Attention.Reason, alike: Int)] {
    guard onePerRule else { return attention.reasons.map { ($0, 0) } }
    // A handful of rules: scanning them beats hashing each rule's name, and reasons are read in
    // place, copied only when shown.
    let reasons = attention.reasons
    func kind(_ reason: Attention.Reason) -> (Attention.Rule, Bool) {
      (reason.rule, reason.rule == .tellBackMissing && reason.days != nil)
    }
    var rules: [(Attention.Rule, Bool)] = []
    var first: [Int] = []
    var alike: [Int] = []
    for index in reasons.indices {
      if let known = rules.firstIndex(where: { $0 == kind(reasons[index]) }) {
        alike[known] += 1
      } else {
        rules.append(kind(reasons[index]))
        first.append(index)
        alike.append(0)
      }
    }
    return first.indices.map { (reasons[first[$0]], alike[$0]) }
  }
}

/// One attention reason.
struct ReasonValue: TemplateRecord {
  let reason: Attention.Reason
  let account: String
  let context: RenderContext
  let depth: Int
  /// Other reasons of the same rule not listed beside it.
  var alike = 0
  static let templateTypeName = "Reason"
  static let templateFields: [TemplateField<ReasonValue>] =
    [
      .text("text", "The reason as a sentence.") { AttentionText.sentence($0.reason) },
      .text("rule", "The rule that raised it, such as `score-drop`.") { $0.reason.rule.rawValue },
      .number("alike", "More reasons like it (same rule and kind), not listed (company page).") {
        $0.alike > 0 ? $0.alike : nil
      },
      .flag("act", "Whether it calls for action (not just a look).") {
        $0.reason.rule.level == .act
      },
      .text("person", "The person it is about.") { $0.reason.contactName },
      .record("link", "The note (and line) that shows it.") { value -> LinkValue? in
        value.reason.file.map {
          value.context.link($0, line: value.reason.line, depth: value.depth)
        }
      },
    ]
    + PersonLinks.fields { value in
      value.reason.contactID.map { PersonLinks(account: value.account, id: $0, depth: value.depth) }
    }
}

/// NPS at one quarter end.
struct QuarterValue: TemplateRecord {
  let point: QuarterPoint
  let minimum: Int
  static let templateTypeName = "Quarter"
  static let templateFields: [TemplateField<QuarterValue>] = [
    .text("quarter", "Such as `Q3 2026`.") { Charts.quarterLabel($0.point.end) },
    .text("end", "The quarter's last day.") { $0.point.end.description },
    .text("nps", "NPS as of that day, or \"too few to report\".") {
      Formatting.groupNPS($0.point.nps, minimum: $0.minimum)
    },
    .number("respondents", "Respondents as of that day.") { $0.point.nps.respondents },
  ]
}

/// One scale over a group.
struct ScaleValue: TemplateRecord {
  let summary: ScaleSummary
  let minimum: Int
  let chartID: String
  static let templateTypeName = "Scale summary"
  static let templateFields: [TemplateField<ScaleValue>] = [
    .text("scale", "The scale's name.") { $0.summary.scale.name },
    .text("range", "Its range, such as `1-5`.") {
      "\(Formatting.number($0.summary.scale.minimum))-\(Formatting.number($0.summary.scale.maximum))"
    },
    .text("mean", "The mean latest score, or \"too few to report\".") { value in
      value.summary.respondents == 0
        ? "—"
        : value.summary.respondents < value.minimum
          ? "too few to report" : value.summary.mean.map(Formatting.number) ?? "—"
    },
    .number("respondents", "People whose latest score on it falls in the window.") {
      $0.summary.respondents
    },
    .text("chart_svg", "Respondents per score, withheld below min_group_size.") { value in
      value.summary.respondents < max(1, value.minimum)
        ? nil : Charts.scaleDistribution(value.summary, id: value.chartID)
    },
  ]
}
