import RapportAnalysis
import RapportNotebook

/// The values of a person's page (`person.md`, `person.html`): one person followed over time.
struct PersonPage: TemplateRecord {
  let person: PersonReport
  let period: ReportPeriod
  let settings: Settings
  let context: RenderContext
  static let templateTypeName = "Person page"
  /// Person pages sit two folders below the output folder (`people/<account>/`).
  static let depth = 2

  var contact: ContactSummary { person.contact }

  static let templateFields: [TemplateField<PersonPage>] =
    PageHeader.fields {
      PageHeader(context: $0.context, period: $0.period, account: $0.person.accountID)
    } + [
      .text("account", "The account's name.") { $0.person.accountName },
      .text("account_id", "Its id.") { $0.person.accountID },
      .text("account_md", "Its page (Markdown).") {
        OutputLayout().link(
          to: OutputLayout().account($0.person.accountID, .markdown), fromDepth: depth)
      },
      .text("account_html", "Its page (HTML).") {
        OutputLayout().link(
          to: OutputLayout().account($0.person.accountID, .html), fromDepth: depth)
      },
      .text("name", "The person's name.") { $0.contact.name },
      .text("id", "Their id.") { $0.contact.id },
      .text("title", "Their title.") { $0.contact.title },
      .text("level", "Their level, or a dash.") { $0.contact.level.map(Formatting.title) ?? "—" },
      .text("level_label", "\"Manager level\", or \"level not known\".") {
        $0.contact.level.map { Formatting.title($0) + " level" } ?? "level not known"
      },
      .flag("in_roster", "Whether they are on the roster.") { $0.contact.inRoster },
      .flag("left", "Whether they have left the account.") { $0.contact.hasLeft },
      .text("category", "promoter, passive or detractor, by their latest NPS score.") {
        $0.contact.category?.rawValue
      },
      .text("latest", "Their latest NPS score.") {
        $0.contact.latestNPS.map { Formatting.number($0.value) }
      },
      .text("last_heard", "Their last interview, \"never on their own\" or \"never\".") {
        $0.contact.lastHeard?.description
          ?? ($0.person.attended.isEmpty ? "never" : "never on their own")
      },
      .text("silence", "How long since we heard from them, when over silence_days.") { page in
        guard let last = page.contact.lastHeard else { return nil }
        let days = page.period.daysSince(last)
        return days >= page.settings.thresholds.silenceDays ? Formatting.count(days, "day") : nil
      },
      .texts("attended", "Days they sat in someone else's interview, newest first.") {
        $0.person.attended.map(\.description)
      },
      .text(
        "attended_text",
        "\"someone else's interview on 2026-09-29\" or \"other people's interviews on 2026-09-29, 2025-09-09 and 2024-03-12\"."
      ) { page in
        let days = page.person.attended.map(\.description)
        guard let last = days.last else { return nil }
        return days.count == 1
          ? "someone else's interview on \(last)"
          : "other people's interviews on \(days.dropLast().joined(separator: ", ")) and \(last)"
      },
      .record("reports_to", "Whom they report to.") { page in
        page.person.reportsTo.map { PersonReference(reference: $0, account: page.person.accountID) }
      },
      .list("direct_reports", "Who reports to them.") { page in
        page.person.directReports.map {
          PersonReference(reference: $0, account: page.person.accountID)
        }
      },
      .list("scales", "Every scale they were scored on, with a dated chart.") { page in
        page.settings.scales.compactMap { scale in
          let points = page.contact.scores.filter { $0.scale == scale.name }
          return points.isEmpty
            ? nil
            : ScaleHistoryValue(
              scale: scale, points: points, context: page.context,
              chartID: "history-\(page.contact.id)-\(scale.name)")
        }
      },
      .list("meetings", "Every interview with them, newest first, with its tell-back.") { page in
        page.person.meetings.map { MeetingValue(meeting: $0, context: page.context) }
      },
      .number("meetings_count", "How many interviews they gave.") { $0.person.meetings.count },
      .list("quotes", "What they said, newest first.") { page in
        page.person.quotes.map {
          QuoteValue(quote: $0, context: page.context, depth: depth, withAccount: false)
        }
      },
      .list("commitments", "What we promised in their interviews.") { page in
        page.person.commitments.map {
          CommitmentValue(entry: $0, context: page.context, depth: depth, withAccount: false)
        }
      },
    ]
}

/// Another person, linked.
struct PersonReference: TemplateRecord {
  let reference: PersonReport.Reference
  let account: String
  static let templateTypeName = "Person reference"
  static let templateFields: [TemplateField<PersonReference>] =
    [.text("name", "Their name.") { $0.reference.name }]
    + PersonLinks.fields { PersonLinks(account: $0.account, id: $0.reference.id, depth: 2) }
}

/// One scale's scores for one person.
struct ScaleHistoryValue: TemplateRecord {
  let scale: Scale
  let points: [ScorePoint]
  let context: RenderContext
  let chartID: String
  static let templateTypeName = "Score history"
  static let templateFields: [TemplateField<ScaleHistoryValue>] = [
    .text("scale", "The scale's name.") { $0.scale.name },
    .text("chart_svg", "The scores on a dated chart.") {
      Charts.scoreHistory($0.points, scale: $0.scale, id: $0.chartID)
    },
    .text("history", "The scores in order, such as `4 → 6 → 9`.") {
      $0.points.map { Formatting.number($0.value) }.joined(separator: " → ")
    },
    .list("points", "Each score, oldest first.") { value in
      value.points.map { ScoreValue(point: $0, context: value.context) }
    },
  ]
}

/// One score with its note.
struct ScoreValue: TemplateRecord {
  let point: ScorePoint
  let context: RenderContext
  static let templateTypeName = "Score"
  static let templateFields: [TemplateField<ScoreValue>] = [
    .text("date", "The interview's date.") { $0.point.date.description },
    .text("value", "The score.") { Formatting.number($0.point.value) },
    .record("link", "The note and line.") {
      $0.context.link($0.point.file, line: $0.point.line, depth: PersonPage.depth)
    },
  ]
}

/// One interview with the person.
struct MeetingValue: TemplateRecord {
  let meeting: PersonReport.Meeting
  let context: RenderContext
  static let templateTypeName = "Meeting"
  static let templateFields: [TemplateField<MeetingValue>] = [
    .text("date", "Its date.") { $0.meeting.date.description },
    .text("type", "Its type.") { $0.meeting.type },
    .text("channel", "How it took place, or a dash.") { $0.meeting.channel ?? "—" },
    .flag("confidential", "Whether its words are withheld.") { $0.meeting.confidential },
    .text("tell_back", "Whether we told them what we learned.") {
      LoopView.label($0.meeting.tellBack)
    },
    .text("tell_back_class", "The tell-back status as a CSS class.") {
      $0.meeting.tellBack.rawValue
    },
    .record("link", "The note.") { $0.context.link($0.meeting.file, depth: PersonPage.depth) },
  ]
}
