import RapportAnalysis
import RapportMarkdown
import RapportNotebook

/// The values of an account's page (`account.md`, `account.html`).
struct AccountPage: TemplateRecord {
  let report: AccountReport
  let settings: Settings
  let context: RenderContext
  static let templateTypeName = "Account page"
  /// Account pages sit one folder below the output folder.
  static let depth = 1

  static let templateFields: [TemplateField<AccountPage>] =
    PageHeader.fields {
      PageHeader(context: $0.context, period: $0.report.period, account: $0.report.id)
    } + [
      .text("name", "The account's name.") { $0.report.name },
      .text("id", "Its id (the folder's name).") { $0.report.id },
      .text("relationship", "customer, partner or prospect.") {
        $0.report.profile.relationship.rawValue
      },
      .text("status", "active, lost, won or prospect.") { $0.report.profile.status.rawValue },
      .text("segment", "Its segment, or a dash.") { $0.report.profile.segment ?? "—" },
      .text("value", "Its value tier, or a dash.") { $0.report.profile.value ?? "—" },
      .text("since", "Since when it is a customer, partner or prospect, or a dash.") {
        $0.report.profile.since?.description ?? "—"
      },
      .text("tenure", "new, established, loyal or unknown.") { $0.report.tenure.rawValue },
      .record("about", "The text of account.md.") {
        $0.report.profile.about.map(RenderedText.init)
      },
      .record("profile_link", "account.md.") { page in
        page.report.profile.file.map { page.context.link($0, depth: depth) }
      },
      .list("team", "Our people on the account.") {
        $0.report.profile.team.map(TeamMemberValue.init)
      },
      .text("team_text", "The team in one line, with roles.") {
        $0.report.profile.team.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }
          .joined(separator: ", ")
      },
      .record("nps", "The account's NPS (withheld below min_group_size respondents).") {
        NPSValue(
          summary: $0.report.nps, minimum: $0.report.minGroupSize, chartID: "nps-\($0.report.id)")
      },
      .list("warnings", "Why the figures need care: no interview, one source, split opinion.") {
        $0.warnings
      },
      .list("org_chart", "The roster as an org chart, depth first.") { page in
        page.report.orgChart.map { page.row($0.contact, depth: $0.depth) }
      },
      .list("others", "People interviewed who are not on the roster.") { page in
        page.report.contacts.filter { !$0.inRoster }.map { page.row($0, depth: 0) }
      },
      .list("not_heard", "Roster people not heard from in the window.") {
        $0.report.notHeard.map(NotHeardValue.init)
      },
      .list("coverage", "Heard and on the roster, by level.") {
        $0.report.coverage.map(CoverageValue.init)
      },
      .list("themes", "Themes, most raised first, each quote under its first theme.") { $0.themes },
      .list("ledger", "Commitments: overdue first, then open, then done.") { page in
        page.report.ledger.map {
          CommitmentValue(entry: $0, context: page.context, depth: depth, withAccount: false)
        }
      },
      .flag("overdue_flag", "Whether any commitment is overdue.") {
        $0.report.ledgerCounts.overdue > 0
      },
      .record("ledger_counts", "Commitments by status.") {
        LedgerCountsValue(counts: $0.report.ledgerCounts)
      },
      .list("loop", "Whether each interview in the window was told back.") { page in
        page.report.loop.map {
          LoopValue(entry: $0, account: page.report.id, context: page.context)
        }
      },
      .list("timeline", "Every interview, newest first.") { page in
        page.report.timeline.map {
          TimelineValue(interview: $0, account: page.report.id, context: page.context)
        }
      },
      .number("interviews_in_window", "External interviews in the window.") {
        $0.report.interviewsInWindow
      },
      .text("response_rate", "The response rate in one phrase.") {
        ResponseText.describe($0.report.response)
      },
      .record("response", "The response rate in parts.") {
        ResponseValue(response: $0.report.response)
      },
      .record("partner_gap", "For partners: our people's view beside theirs.") {
        $0.report.partnerGap.map(PartnerGapValue.init)
      },
      .record("win_loss", "Present when the account has win-loss notes or assumed reasons.") {
        page in
        page.report.winLoss.isEmpty && page.report.winLoss.assumptions.isEmpty
          ? nil : WinLossValue(analysis: page.report.winLoss, context: page.context, depth: depth)
      },
      .list("converts", "People who changed camps.") { page in
        page.report.converts.map { ConvertValue(convert: $0, context: page.context, depth: depth) }
      },
      .list("indifference", "The quiet relationships.") { page in
        page.report.indifference.map { IndifferenceValue(entry: $0, depth: depth) }
      },
      .record("attention", "Whether the account needs action, and why.") {
        AttentionValue(
          attention: $0.report.attention, account: $0.report.id, context: $0.context, depth: depth)
      },
      .list("figures", "The headline figures beside their values one window earlier.") {
        FigureValue.all(
          now: $0.report.headline, then: $0.report.previous, minimum: $0.report.minGroupSize)
      },
      .text("previous_as_of", "The date the earlier figures are as of.") {
        $0.report.period.asOf.adding(days: -$0.report.period.windowDays).description
      },
      .list("quarters", "NPS at each of the 8 latest quarter ends, oldest first.") { page in
        page.report.quarters.map { QuarterValue(point: $0, minimum: page.report.minGroupSize) }
      },
      .text("quarters_svg", "The same as a chart, with respondents under each quarter.") {
        Charts.quarterNPS(
          $0.report.quarters, minimum: $0.report.minGroupSize, id: "quarters-\($0.report.id)")
      },
      .list("scales", "Every scale over each person's latest score in the window.") { page in
        page.report.scales.map {
          ScaleValue(
            summary: $0, minimum: page.report.minGroupSize,
            chartID: "scale-\(page.report.id)-\($0.scale.name)")
        }
      },
      .text("org_chart_svg", "The roster as an org chart (boxes by reports_to).") { page in
        OrgChartSVG.render(
          page.report.orgChart,
          link: { PersonLinks(account: page.report.id, id: $0.id, depth: depth).html },
          silent: page.silent, id: "org-\(page.report.id)")
      },
      .list("next_conversations", "Whom to talk to next here, most urgent first.") { page in
        page.conversations.map { ConversationValue(conversation: $0, depth: depth) }
      },
      .number("min_group_size", "Fewest respondents a figure needs.") {
        $0.report.minGroupSize
      },
      .list("people", "Every person's page.") { page in
        page.report.contacts.map { page.row($0, depth: 0) }
      },
    ]

  /// The account's next conversations (numbered within the account).
  var conversations: [NextConversation] { Planner.plan([report], settings: settings) }

  /// People gone quiet: silent passives.
  var silent: Set<String> {
    Set(report.indifference.filter { $0.reason == .silentPassive }.compactMap(\.contactID))
  }

  func row(_ contact: ContactSummary, depth: Int) -> PersonRow {
    PersonRow(
      contact: contact, depth: depth, accountID: report.id, context: context,
      pageDepth: Self.depth, silent: silent.contains(contact.id))
  }

  /// Sentences about how far the figures can be trusted.
  var warnings: [WarningValue] {
    var result: [WarningValue] = []
    if report.lastInterview == nil {
      // Nothing to be history of: say what the page is waiting for. Notes left out for errors
      // and our own people's notes do not count as hearing from the account.
      let ours = report.timeline.contains { $0.side == .internal }
      result.append(
        WarningValue(
          text: "No interview with anyone at this account is in the report yet"
            + (ours ? ", only our own people's notes about it" : "")
            + ": its scores fill in from the first one."))
    } else if report.interviewsInWindow == 0 {
      result.append(
        WarningValue(
          text:
            "No interview in the last \(report.period.windowDays) days: these figures are history, not a current view."
        ))
    }
    if report.isSingleSource {
      result.append(
        WarningValue(
          text:
            "Single source: heard from only one person or one level in the window. Cross-validate with other contacts before concluding anything about this account."
        ))
    }
    if let split = report.split {
      result.append(
        WarningValue(
          text:
            "Split opinion: executives average \(Formatting.number(split.executiveMean)) (\(Formatting.count(split.executiveCount, "person", "people"))) while others average \(Formatting.number(split.othersMean)) (\(Formatting.count(split.othersCount, "person", "people"))). The top and the rest of the organisation see us differently."
        ))
    }
    return result
  }

  /// Themes, each quote shown once, under the first (most frequent) theme it belongs to.
  var themes: [AccountThemeValue] {
    var quoted = Set<String>()
    return report.themes.themes.map { stat in
      let fresh = stat.quotes.filter { quoted.insert($0.file + ":\($0.line)").inserted }
      return AccountThemeValue(stat: stat, quotes: fresh, context: context)
    }
  }
}
