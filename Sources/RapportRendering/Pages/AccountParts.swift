import RapportAnalysis
import RapportNotebook

/// A person's row in an account's people table.
struct PersonRow: TemplateRecord {
  let contact: ContactSummary
  /// 0 at the top of the org chart.
  let depth: Int
  let accountID: String
  let context: RenderContext
  /// How deep the page is below the output folder (for links).
  let pageDepth: Int
  /// Whether they have gone quiet (a passive not heard from in silence_days).
  var silent = false
  static let templateTypeName = "Person"
  static let templateFields: [TemplateField<PersonRow>] =
    PersonLinks.fields {
      PersonLinks(account: $0.accountID, id: $0.contact.id, depth: $0.pageDepth)
    }
    + [
      .flag("silent", "Whether they have gone quiet.") { $0.silent },
      .text("name", "Their name.") { $0.contact.name },
      .flag(
        "withheld",
        "Whether their name is withheld (someone off the roster named only in confidential notes): the name then says they are not on the roster."
      ) { Withheld.isPlaceholder(name: $0.contact.name) },
      .text("id", "Their id.") { $0.contact.id },
      .text("title", "Their title.") { $0.contact.title },
      .text("level", "Their level, or a dash.") { $0.contact.level.map(Formatting.title) ?? "—" },
      .text("indent", "Four spaces per level below the top.") {
        String(repeating: "    ", count: $0.depth)
      },
      .number("depth", "Levels below the top of the org chart (0 at the top).") { $0.depth },
      .text("depth_class", "The depth as a CSS class, depth-0 to depth-6.") {
        "depth-\(min($0.depth, 6))"
      },
      .text("md_indent", "An indent for Markdown tables, such as `· ↳ `.") {
        $0.depth > 1
          ? String(repeating: "· ", count: $0.depth - 1) + "↳ "
          : String(repeating: "↳ ", count: min($0.depth, 1))
      },
      .text(
        "last_heard",
        "The last interview's date, \"never (attended DATE)\" for someone who only sat in, or \"never\"."
      ) {
        $0.contact.lastHeard?.description
          ?? $0.contact.lastPresent.map { "never (attended \($0))" } ?? "never"
      },
      .number("interviews", "Interviews with them.") { $0.contact.interviewDates.count },
      .flag("left", "Whether they have left the account.") { $0.contact.hasLeft },
      .text("latest", "Their latest NPS score.") {
        $0.contact.latestNPS.map { Formatting.number($0.value) }
      },
      .text("category", "promoter, passive or detractor.") { $0.contact.category?.rawValue },
      .record("latest_link", "The latest score's note.") { row -> LinkValue? in
        row.contact.latestNPS.map { row.context.link($0.file, line: $0.line, depth: row.pageDepth) }
      },
      .text("trend", "Latest minus first NPS score, signed.") {
        $0.contact.trend.map(Formatting.delta)
      },
      .text("trend_text", "The scores as block characters, for Markdown.") {
        $0.contact.trend == nil ? nil : Charts.textSparkline($0.contact.npsHistory)
      },
      .text("spark_svg", "The scores over time as a small SVG line.") {
        $0.contact.npsHistory.isEmpty
          ? nil
          : Charts.sparkline($0.contact.npsHistory, id: "spark-\($0.accountID)-\($0.contact.id)")
      },
      .text("history", "The scores in order, such as `4 → 6 → 9`.") {
        $0.contact.npsHistory.isEmpty
          ? nil : $0.contact.npsHistory.map { Formatting.number($0.value) }.joined(separator: " → ")
      },
    ]
}

/// A roster person not heard from in the window.
struct NotHeardValue: TemplateRecord {
  let contact: ContactSummary
  static let templateTypeName = "Not heard"
  static let templateFields: [TemplateField<NotHeardValue>] = [
    .text("name", "Their name.") { $0.contact.name },
    .text("title", "Their title.") { $0.contact.title },
    .text("level", "Their level, or a dash.") { $0.contact.level.map(Formatting.title) ?? "—" },
    .text(
      "last_heard",
      "\"last heard DATE\", \"not interviewed on their own; attended DATE\" or \"never interviewed\"."
    ) {
      $0.contact.lastHeard.map { "last heard \($0)" }
        ?? $0.contact.lastPresent.map { "not interviewed on their own; attended \($0)" }
        ?? "never interviewed"
    },
  ]
}

/// Roster people heard from at one level.
struct CoverageValue: TemplateRecord {
  let coverage: LevelCoverage
  static let templateTypeName = "Coverage"
  static let templateFields: [TemplateField<CoverageValue>] = [
    .text("level", "The level.") { Formatting.title($0.coverage.level) },
    .number("heard", "Heard from in the window.") { $0.coverage.heard },
    .number("roster", "On the roster.") { $0.coverage.roster },
  ]
}

/// A theme on an account's page, with its quotes.
struct AccountThemeValue: TemplateRecord {
  let stat: ThemeStat
  /// Quotes not already shown under a more frequent theme.
  let quotes: [QuoteEntry]
  let context: RenderContext
  static let templateTypeName = "Account theme"
  static let templateFields: [TemplateField<AccountThemeValue>] = [
    .text("theme", "The theme.") { $0.stat.theme },
    .number("notes", "Notes raising it.") { $0.stat.notes },
    .text("notes_text", "\"1 note\", \"3 notes\".") { Formatting.count($0.stat.notes, "note") },
    .number("promoter_notes", "Of them from promoters.") { $0.stat.promoterNotes },
    .number("detractor_notes", "Of them from detractors.") { $0.stat.detractorNotes },
    .list("quotes", "What people said about it.") { value in
      value.quotes.map {
        QuoteValue(quote: $0, context: value.context, depth: 1, withAccount: false)
      }
    },
  ]
}

/// Whether we told one interviewee what we learned.
struct LoopValue: TemplateRecord {
  let entry: LoopEntry
  let account: String
  let context: RenderContext
  static let templateTypeName = "Tell-back"
  static let templateFields: [TemplateField<LoopValue>] =
    PersonLinks.fields { PersonLinks(account: $0.account, id: $0.entry.contactID, depth: 1) } + [
      .text("date", "The interview's date.") { $0.entry.date.description },
      .text("contact", "Who was interviewed.") { $0.entry.contactName },
      .text("status", "How the tell-back stands.") { LoopView.label($0.entry.status) },
      .text("status_class", "The status as a CSS class.") { $0.entry.status.rawValue },
      .flag("flagged", "Whether it needs attention.") { $0.entry.status.isFlagged },
      .text("days", "Days from interview to tell-back, or a dash.") {
        $0.entry.days.map { "\($0)" } ?? "—"
      },
      .record("link", "The note.") { $0.context.link($0.entry.file, depth: 1) },
    ]
}

/// One interview on an account's timeline.
struct TimelineValue: TemplateRecord {
  let interview: Interview
  let account: String
  let context: RenderContext
  static let templateTypeName = "Interview"
  static let templateFields: [TemplateField<TimelineValue>] =
    PersonLinks.fields {
      $0.interview.side == .external
        ? PersonLinks(account: $0.account, id: $0.interview.contactID, depth: 1) : nil
    } + [
      .text("date", "Its date.") { $0.interview.date.description },
      .text("contact", "Who was interviewed.") { $0.interview.contactName },
      .text("type", "Its type.") { $0.interview.type },
      .text("channel", "How it took place, or a dash.") { $0.interview.channel ?? "—" },
      .text("interviewer", "Who held it (never used to group scores).") {
        $0.interview.interviewer
      },
      .text("side", "\"internal\" for our own people's view.") {
        $0.interview.side == .internal ? "internal" : nil
      },
      .flag("internal", "Whether it is an internal-side note.") { $0.interview.side == .internal },
      .text("scores", "Its scores, such as `nps 9, health 4`.") {
        $0.interview.scores.map { "\($0.scale) \(Formatting.number($0.value))" }.joined(
          separator: ", ")
      },
      .text("themes", "Its themes.") { $0.interview.themes.joined(separator: ", ") },
      .flag("confidential", "Whether its words are withheld.") { $0.interview.confidential },
      .record("summary", "Its summary.") { $0.interview.summary.map(RenderedText.init) },
      .record("link", "The note.") { $0.context.link($0.interview.file, depth: 1) },
    ]
}
