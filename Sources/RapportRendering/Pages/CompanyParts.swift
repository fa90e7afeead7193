import RapportAnalysis
import RapportNotebook
import RapportSystem

/// An account's row in the company page's accounts table.
struct AccountRowValue: TemplateRecord {
  let report: AccountReport
  let minimum: Int
  /// Whether per-account scores are shown (`reports: { account_scores: hide }` says no).
  var showsScores = true
  var context: RenderContext? = nil
  static let templateTypeName = "Account row"
  static let templateFields: [TemplateField<AccountRowValue>] = [
    .record("attention", "Whether it needs action, and why, with links to the evidence.") {
      row -> AttentionValue? in
      row.context.map {
        AttentionValue(
          attention: row.report.attention, account: row.report.id, context: $0, depth: 0,
          onePerRule: true)
      }
    },
    .text("id", "The account's id.") { $0.report.id },
    .text("name", "Its name.") { $0.report.name },
    .text("md_link", "Its Markdown page, from the company page.") {
      OutputLayout().accountLink($0.report.id, .markdown)
    },
    .text("html_link", "Its HTML page, from the company page.") {
      OutputLayout().accountLink($0.report.id, .html)
    },
    .text("relationship", "customer, partner or prospect.") {
      $0.report.profile.relationship.rawValue
    },
    .text("status", "Its status.") { $0.report.profile.status.rawValue },
    .text(
      "nps",
      "Its NPS, \"too few\" below min_group_size respondents, or a dash; absent when account scores are hidden."
    ) {
      guard $0.showsScores else { return nil }
      return $0.report.nps.respondents >= $0.minimum
        ? Formatting.nps($0.report.nps.score) : ($0.report.nps.respondents == 0 ? "—" : "too few")
    },
    .number("respondents", "Its respondents.") { $0.report.nps.respondents },
    .text("coverage", "Heard/roster per level, such as `executive 1/2 · manager 2/3`.") {
      $0.report.coverage.filter { $0.roster > 0 }.map { "\($0.level) \($0.heard)/\($0.roster)" }
        .joined(separator: " · ")
    },
    .flag("single_source", "Whether one person or one level speaks for it.") {
      $0.report.isSingleSource
    },
    .text("last_interview", "The last external interview, or \"never\".") {
      $0.report.lastInterview?.description ?? "never"
    },
    .number("open", "Commitments not done.") { $0.report.ledgerCounts.notDone },
    .number("overdue", "Of them overdue.") { $0.report.ledgerCounts.overdue },
    .text("signals", "Its attention reasons, one sentence each.") {
      $0.report.attention.reasons.map(AttentionText.sentence).joined(separator: " ")
    },
    .flag("has_signals", "Whether it has attention reasons.") {
      !$0.report.attention.reasons.isEmpty
    },
  ]
}

/// How many accounts are at each attention level.
struct AttentionCounts: TemplateRecord {
  let act: Int
  let watch: Int
  let steady: Int
  static let templateTypeName = "Attention counts"
  static let templateFields: [TemplateField<AttentionCounts>] = [
    .number("act", "Accounts needing action.") { $0.act },
    .number("watch", "Accounts worth a look.") { $0.watch },
    .number("steady", "Accounts with nothing flagged.") { $0.steady },
  ]

  /// Counted in one pass, reading each report in place.
  init(accounts: [AccountReport]) {
    var (act, watch, steady) = (0, 0, 0)
    for index in accounts.indices {
      switch accounts[index].attention.level {
      case .act: act += 1
      case .watch: watch += 1
      case .steady: steady += 1
      }
    }
    (self.act, self.watch, self.steady) = (act, watch, steady)
  }
}

/// An NPS breakdown by one cohort.
struct CohortTableValue: TemplateRecord {
  let table: CohortTable
  let minimum: Int
  static let templateTypeName = "Cohort table"
  static let templateFields: [TemplateField<CohortTableValue>] = [
    .text("title", "What it groups by: Tenure, Status, Value, Segment or Level.") {
      $0.table.title
    },
    .list("rows", "One row per group.") { value in
      value.table.rows.map {
        CohortRowValue(row: $0, title: value.table.title, minimum: value.minimum)
      }
    },
    .texts("quarter_labels", "The quarters the rows' `quarters` cover, such as `Q3 2026`.") {
      $0.table.rows.first?.quarters.map { Charts.quarterLabel($0.end) } ?? []
    },
  ]
}

/// One group of a cohort breakdown.
struct CohortRowValue: TemplateRecord {
  let row: CohortRow
  let title: String
  let minimum: Int
  static let templateTypeName = "Cohort row"
  static let templateFields: [TemplateField<CohortRowValue>] = [
    .text("label", "The group.") {
      $0.title == "Level" ? Formatting.title($0.row.label) : $0.row.label
    },
    .number("respondents", "Its respondents.") { $0.row.nps.respondents },
    .text("nps", "Its NPS, or \"too few to report\".") {
      Formatting.groupNPS($0.row.nps, minimum: $0.minimum)
    },
    .flag("reportable", "Whether it has min_group_size respondents.") { $0.row.isReportable },
    .text("quarters_svg", "The group's NPS at each quarter end, too-few quarters as gaps.") {
      Charts.quarterNPS(
        $0.row.quarters, minimum: $0.minimum,
        id: "cohort-\(Slug.make(from: $0.title))-\(Slug.make(from: $0.row.label))")
    },
    .list("quarters", "The same as a list, oldest first.") { value in
      value.row.quarters.map { QuarterValue(point: $0, minimum: value.minimum) }
    },
    .list("scales", "Every scale over the group's people.") { value in
      value.row.scales.map {
        ScaleValue(summary: $0, minimum: value.minimum, chartID: "")
      }
    },
  ]
}

/// A theme on the company page.
struct CompanyThemeValue: TemplateRecord {
  let stat: ThemeStat
  /// The most notes any theme has, for the frequency bar.
  let topNotes: Int
  /// The quote shown with it (distinguishing themes only).
  let quote: QuoteEntry?
  let context: RenderContext
  static let templateTypeName = "Theme"
  static let templateFields: [TemplateField<CompanyThemeValue>] = [
    .text("theme", "The theme.") { $0.stat.theme },
    .number("notes", "Notes raising it in the window.") { $0.stat.notes },
    .number("promoter_notes", "Of them from promoters.") { $0.stat.promoterNotes },
    .number("detractor_notes", "Of them from detractors.") { $0.stat.detractorNotes },
    .text("promoter_share", "Share of all promoter notes raising it.") {
      Formatting.percent($0.stat.promoterShare)
    },
    .text("detractor_share", "Share of all detractor notes raising it.") {
      Formatting.percent($0.stat.detractorShare)
    },
    .text("lean", "promoters or detractors: whom it is more typical of.") {
      $0.stat.lean >= 0 ? "promoters" : "detractors"
    },
    .text("promoter_bar_svg", "The promoter share as an SVG bar.") {
      Charts.bar(
        $0.stat.promoterShare, color: Charts.promoterColor,
        label: "\(Formatting.percent($0.stat.promoterShare)) of promoter notes")
    },
    .text("detractor_bar_svg", "The detractor share as an SVG bar.") {
      Charts.bar(
        $0.stat.detractorShare, color: Charts.detractorColor,
        label: "\(Formatting.percent($0.stat.detractorShare)) of detractor notes")
    },
    .text("promoter_bar_text", "The promoter share as block characters.") {
      Charts.textBar($0.stat.promoterShare)
    },
    .text("detractor_bar_text", "The detractor share as block characters.") {
      Charts.textBar($0.stat.detractorShare)
    },
    .text("frequency_svg", "How often it is raised, against the most raised theme.") {
      Charts.bar(
        Double($0.stat.notes) / Double(max(1, $0.topNotes)), color: "#4b5563",
        label: Formatting.count($0.stat.notes, "note"))
    },
    .list("quotes", "One quote (distinguishing themes only).") { value in
      value.quote.map {
        [QuoteValue(quote: $0, context: value.context, depth: 0, withAccount: true)]
      } ?? []
    },
  ]
}

/// Two themes raised together.
struct PairValue: TemplateRecord {
  let pair: ThemePair
  static let templateTypeName = "Theme pair"
  static let templateFields: [TemplateField<PairValue>] = [
    .text("first", "One theme.") { $0.pair.first },
    .text("second", "The other.") { $0.pair.second },
    .number("notes", "Notes raising both.") { $0.pair.notes },
  ]
}

/// Closing the loop, counted over the company.
struct LoopSummaryValue: TemplateRecord {
  let summary: LoopSummary
  let limit: Int
  static let templateTypeName = "Closing the loop"
  static let templateFields: [TemplateField<LoopSummaryValue>] = [
    .number("total", "Interviews in the window.") { $0.summary.total },
    .text("total_text", "\"1 customer interview\", \"12 customer interviews\".") {
      Formatting.count($0.summary.total, "customer interview")
    },
    .number("on_time", "Told on time.") { $0.summary.count(.onTime) },
    .number("late", "Told late.") { $0.summary.count(.late) },
    .number("undated", "Told, date unknown.") { $0.summary.count(.doneUndated) },
    .number("pending", "Not told yet, deadline not passed.") { $0.summary.count(.pending) },
    .number("overdue", "Not told, deadline passed.") { $0.summary.count(.overdue) },
    .number("missing", "No tell-back planned.") { $0.summary.count(.notPlanned) },
    .flag("overdue_flag", "Whether any is overdue.") { $0.summary.count(.overdue) > 0 },
    .flag("missing_flag", "Whether any has none planned.") { $0.summary.count(.notPlanned) > 0 },
    .text("median_days", "Median days from interview to tell-back.") {
      $0.summary.medianDays.map(Formatting.number) ?? "—"
    },
    .text("median_wait", "The median in words (\"1 day\", \"2.5 days\"), or a dash.") {
      $0.summary.medianDays.map(Formatting.number).map { $0 == "1" ? "1 day" : $0 + " days" } ?? "—"
    },
    .number("tell_back_days", "The tell_back_days threshold.") { $0.limit },
  ]
}

/// One owner's overdue commitments.
struct OwnerValue: TemplateRecord {
  let owner: OwnerLedger
  let context: RenderContext
  /// Most items listed (the longest overdue).
  static let limit = OwnerLedger.listed
  static let templateTypeName = "Owner"
  static let templateFields: [TemplateField<OwnerValue>] = [
    .text("owner", "Their name, @handle or \"no owner\".") {
      $0.owner.ownerName ?? ($0.owner.owner.isEmpty ? "no owner" : "@" + $0.owner.owner)
    },
    .text("handle", "Their handle.") { $0.owner.owner },
    .number("count", "Their overdue commitments.") { $0.owner.count },
    .list("items", "The longest overdue of them.") { value in
      value.owner.entries.prefix(limit).map {
        CommitmentValue(entry: $0, context: value.context, depth: 0, withAccount: true)
      }
    },
    .number("more", "How many more are not listed.") {
      $0.owner.count > limit ? $0.owner.count - limit : nil
    },
  ]
}
