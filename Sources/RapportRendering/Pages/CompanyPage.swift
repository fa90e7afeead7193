import RapportAnalysis
import RapportNotebook

/// The values of the company page (`index.md`, `index.html`).
struct CompanyPage: TemplateRecord {
  let report: CompanyReport
  let context: RenderContext
  static let templateTypeName = "Company page"
  /// Most people listed in the converts and indifference sections.
  static let listLimit = 30

  var minimum: Int { report.settings.thresholds.minGroupSize }

  static let templateFields: [TemplateField<CompanyPage>] =
    PageHeader.fields { PageHeader(context: $0.context, period: $0.report.period) } + [
      .number(
        "notes_in_report",
        "The notes this report is made from: those found, less those left out and those dated after the as-of date."
      ) { $0.context.notesInReport },
      .text(
        "notes_in_report_text", "The same, counted: \"1 interview note\", \"48 interview notes\"."
      ) {
        Formatting.count($0.context.notesInReport, "interview note")
      },
      .text(
        "later_notes",
        "Notes dated after the as-of date, such as \"2 notes\"; present only when there are any."
      ) { $0.context.laterNotes > 0 ? Formatting.count($0.context.laterNotes, "note") : nil },
      .record("nps", "Company NPS (withheld below min_group_size respondents).") {
        NPSValue(summary: $0.report.nps, minimum: $0.minimum, chartID: "nps-company")
      },
      .number("interviews_in_window", "External interviews in the window.") {
        $0.report.interviewsInWindow
      },
      .text(
        "interviews_in_window_text",
        "\"1 customer interview\", \"12 customer interviews\" (in the window)."
      ) { Formatting.count($0.report.interviewsInWindow, "customer interview") },
      .text("response_rate", "The response rate in one phrase.") {
        ResponseText.describe($0.report.response)
      },
      .record("response", "The response rate in parts.") {
        ResponseValue(response: $0.report.response)
      },
      .number("open_commitments", "Commitments not done (overdue included).") {
        $0.report.ledgerCounts.notDone
      },
      .number("overdue_commitments", "Commitments overdue.") { $0.report.ledgerCounts.overdue },
      .number("min_group_size", "Fewest respondents a figure needs.") { $0.minimum },
      .list("accounts", "One row per account, those needing action first.") { page in
        page.report.accountsByAttention.map {
          AccountRowValue(
            report: $0, minimum: page.minimum,
            showsScores: page.report.settings.showsAccountScores, context: page.context)
        }
      },
      .flag("show_account_scores", "Whether the accounts table shows each account's NPS.") {
        $0.report.settings.showsAccountScores
      },
      .record("attention", "How many accounts need action, a look, or nothing.") {
        AttentionCounts(accounts: $0.report.accounts)
      },
      .list("figures", "The headline figures beside their values one window earlier.") {
        FigureValue.all(now: $0.report.headline, then: $0.report.previous, minimum: $0.minimum)
      },
      .text("previous_as_of", "The date the earlier figures are as of.") {
        $0.report.period.asOf.adding(days: -$0.report.period.windowDays).description
      },
      .list("quarters", "NPS at each of the 8 latest quarter ends, oldest first.") { page in
        page.report.quarters.map { QuarterValue(point: $0, minimum: page.minimum) }
      },
      .text("quarters_svg", "The same as a chart, with respondents under each quarter.") {
        Charts.quarterNPS($0.report.quarters, minimum: $0.minimum, id: "quarters-company")
      },
      .list("scales", "Every scale over each person's latest score in the window.") { page in
        page.report.scales.map {
          ScaleValue(summary: $0, minimum: page.minimum, chartID: "scale-company-\($0.scale.name)")
        }
      },
      .list("next_conversations", "Whom to talk to next, most urgent first.") { page in
        page.report.nextConversations.prefix(listLimit).map {
          ConversationValue(conversation: $0, depth: 0)
        }
      },
      .number("next_more", "Conversations not listed (see each account, or `rapport plan`).") {
        $0.report.nextConversations.count > listLimit
          ? $0.report.nextConversations.count - listLimit : nil
      },
      .list("cohorts", "NPS by tenure, status, value, segment and level.") { page in
        page.report.cohorts.map { CohortTableValue(table: $0, minimum: page.minimum) }
      },
      .list("themes", "The 15 most raised themes.") { page in
        page.report.themes.themes.prefix(15).map { page.theme($0, quote: nil) }
      },
      .list("distinguishing", "Themes that separate promoters from detractors, with a quote.") {
        $0.distinguishing
      },
      .number("promoter_notes", "Promoter notes in the window.") {
        $0.report.themes.promoterNotes
      },
      .number("detractor_notes", "Detractor notes in the window.") {
        $0.report.themes.detractorNotes
      },
      .text("promoter_notes_text", "\"1 promoter note\", \"3 promoter notes\".") {
        Formatting.count($0.report.themes.promoterNotes, "promoter note")
      },
      .text("detractor_notes_text", "\"1 detractor note\", \"3 detractor notes\".") {
        Formatting.count($0.report.themes.detractorNotes, "detractor note")
      },
      .list("pairs", "Themes raised together.") { $0.report.themes.pairs.map(PairValue.init) },
      .number("converts_more", "Converts not listed.") {
        $0.report.converts.count > listLimit ? $0.report.converts.count - listLimit : nil
      },
      .number("indifference_more", "Quiet relationships not listed.") {
        $0.report.indifference.count > listLimit ? $0.report.indifference.count - listLimit : nil
      },
      .flag("overdue_flag", "Whether any commitment is overdue.") {
        $0.report.ledgerCounts.overdue > 0
      },
      .list("converts", "People who changed camps (the latest first).") { page in
        page.report.converts.prefix(listLimit).map {
          ConvertValue(convert: $0, context: page.context, depth: 0)
        }
      },
      .list("indifference", "The quiet relationships, most in need first.") {
        $0.report.indifference.prefix(listLimit).map { IndifferenceValue(entry: $0, depth: 0) }
      },
      .record("win_loss", "Win/loss over every account.") {
        WinLossValue(analysis: $0.report.winLoss, context: $0.context, depth: 0)
      },
      .flag("has_win_loss", "Whether there are win-loss notes.") { !$0.report.winLoss.isEmpty },
      .record("loop", "Closing the loop, counted.") {
        LoopSummaryValue(summary: $0.report.loop, limit: $0.report.settings.thresholds.tellBackDays)
      },
      .number("owners_more", "Owners not listed.") {
        $0.report.overdueByOwner.count > listLimit
          ? $0.report.overdueByOwner.count - listLimit : nil
      },
      .list("overdue_by_owner", "Overdue commitments by owner (actions, never scores).") { page in
        page.report.overdueByOwner.prefix(listLimit).map {
          OwnerValue(owner: $0, context: page.context)
        }
      },
    ]

  func theme(_ stat: ThemeStat, quote: QuoteEntry?) -> CompanyThemeValue {
    CompanyThemeValue(
      stat: stat, topNotes: report.themes.themes.first?.notes ?? 1, quote: quote, context: context)
  }

  /// One quote per distinguishing theme, never the same quote twice.
  var distinguishing: [CompanyThemeValue] {
    var quoted = Set<String>()
    return report.themes.distinguishing.prefix(CompanyReport.quotedThemes).map { stat in
      let quote = stat.quotes.first { !quoted.contains($0.file + ":\($0.line)") }
      if let quote { quoted.insert(quote.file + ":\(quote.line)") }
      return theme(stat, quote: quote)
    }
  }
}
