import RapportAnalysis
import RapportMarkdown
import RapportNotebook

/// A link to a note (and line): `href` from the page, `label` the note's path and line.
struct LinkValue: TemplateRecord {
  /// Nil for a confidential note, which is never linked.
  let href: String?
  let label: String
  static let templateTypeName = "Link"
  static let templateFields: [TemplateField<LinkValue>] = [
    .text(
      "href",
      "The note's path from the page, percent-encoded, with a `#L` line anchor; absent for a confidential note."
    ) {
      $0.href
    },
    .text(
      "label",
      "The note's path in the notebook, and line; \"a confidential note in <account>\" for one."
    ) { $0.label },
  ]
}

/// Text written in Markdown by a user, made safe for each format.
struct RenderedText: TemplateRecord {
  let source: String
  static let templateTypeName = "Rendered text"
  static let templateFields: [TemplateField<RenderedText>] = [
    .text("markdown", "As Markdown, with raw HTML and unsafe links made inert by cmark.") {
      Markdown.sanitized($0.source)
    },
    .text("html", "As HTML, rendered by cmark in safe mode.") { Markdown.renderHTML($0.source) },
  ]
}

/// How many notes were left out because of errors or because nothing is written in them yet.
struct SkippedValue: TemplateRecord {
  let count: Int
  static let templateTypeName = "Skipped notes"
  static let templateFields: [TemplateField<SkippedValue>] = [
    .number("count", "Notes left out because they have errors or nothing written yet.") {
      $0.count
    },
    .text("label", "\"note was\" or \"notes were\".") { $0.count == 1 ? "note was" : "notes were" },
  ]
}

/// The facts every page states about the run.
struct PageHeader: Sendable {
  let context: RenderContext
  let period: ReportPeriod
  /// The account an account or person page is about; nil on the company page.
  var account: String? = nil

  /// Notes left out because they have errors: the account's own on its pages, else all.
  var skippedNotes: Int {
    account.map { context.skippedByAccount[$0] ?? 0 } ?? context.skippedNotes
  }

  /// Notes dated after the as-of date: the account's own on its pages, else all.
  var laterNotes: Int {
    account.map { context.laterByAccount[$0] ?? 0 } ?? context.laterNotes
  }

  /// The header's values, read from a page through `header`.
  static func fields<Page>(
    _ header: @escaping @Sendable (Page) -> PageHeader
  ) -> [TemplateField<Page>] {
    [
      .text("as_of", "The as-of date, YYYY-MM-DD.") { header($0).context.asOf.description },
      .text("window_start", "The first day of the window.") {
        header($0).period.windowStart.description
      },
      .number("window_days", "The window's length in days.") { header($0).period.windowDays },
      .number("notes", "Interview notes found.") { header($0).context.noteCount },
      .number(
        "skipped_notes",
        "Notes left out because they have errors or nothing written yet (on an account's and its people's pages, that account's)."
      ) { header($0).skippedNotes },
      .record("skipped", "Present only when notes were left out.") {
        let count = header($0).skippedNotes
        return count > 0 ? SkippedValue(count: count) : nil
      },
      .text(
        "later_text",
        "\"1 note is dated after the as-of date and is not part of this report\", or \"2 notes are…\" (on an account's and its people's pages, that account's); present only when there are any."
      ) {
        let count = header($0).laterNotes
        guard count > 0 else { return nil }
        let verb = count == 1 ? "is" : "are"
        return Formatting.count(count, "note")
          + " \(verb) dated after the as-of date and \(verb) not part of this report"
      },
      .text("commit", "The notebook's git commit, when it is in git.") {
        header($0).context.commit
      },
      .text("generator", "rapport's and cmark's versions.") { _ in
        "rapport \(RapportVersion.current) (cmark \(Markdown.cmarkVersion))"
      },
    ]
  }
}

/// A response rate in two parts, for a figure box.
struct ResponseValue: TemplateRecord {
  let response: ResponseRate
  static let templateTypeName = "Response rate"
  static let templateFields: [TemplateField<ResponseValue>] = [
    .text("rate", "Interviewed as a share of invited, or a dash.") {
      $0.response.rate.map(Formatting.percent) ?? "—"
    },
    .text("detail", "How it was counted.") {
      $0.response.rate == nil
        ? "no invitations recorded"
        : "\($0.response.interviewed) of \($0.response.invited) invited contacts interviewed"
    },
  ]
}

/// Respondents who gave one score.
struct Bucket: TemplateRecord {
  let score: Int
  let count: Int
  static let templateFields: [TemplateField<Bucket>] = [
    .number("score", "A score from 0 to 10.") { $0.score },
    .number("count", "Respondents whose latest score it is.") { $0.count },
  ]
}

/// Commitments counted by status.
struct LedgerCountsValue: TemplateRecord {
  let counts: LedgerCounts
  static let templateTypeName = "Commitment counts"
  static let templateFields: [TemplateField<LedgerCountsValue>] = [
    .number("open", "Not done, not yet due.") { $0.counts.open },
    .number("overdue", "Not done and past due.") { $0.counts.overdue },
    .number("done", "Done on time.") { $0.counts.done },
    .number("done_late", "Done after the due date.") { $0.counts.doneLate },
  ]
}

/// One of our people on an account.
struct TeamMemberValue: TemplateRecord {
  let member: TeamMember
  static let templateTypeName = "Team member"
  static let templateFields: [TemplateField<TeamMemberValue>] = [
    .text("name", "Their name.") { $0.member.name },
    .text("handle", "Their @handle, without @.") { $0.member.handle },
    .text("role", "Their role on the account.") { $0.member.role },
  ]
}

/// A sentence of warning about an account's figures.
struct WarningValue: TemplateRecord {
  let text: String
  static let templateTypeName = "Warning"
  static let templateFields: [TemplateField<WarningValue>] = [
    .text("text", "The warning.") { $0.text }
  ]
}
