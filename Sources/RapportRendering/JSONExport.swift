import RapportAnalysis
import RapportNotebook

/// The JSON export: one document with a fixed key order (documented in docs/export.md).
public enum JSONExport {
  /// The export of a company report and its accounts.
  public static func document(_ report: CompanyReport, context: RenderContext) -> JSONValue {
    .object([
      ("as_of", .string(report.period.asOf.description)),
      ("window_days", .integer(report.period.windowDays)),
      ("commit", .optional(context.commit)),
      ("notes", .integer(context.noteCount)),
      ("skipped_notes", .integer(context.skippedNotes)),
      ("notes_after_as_of", .integer(context.laterNotes)),
      ("notes_in_report", .integer(context.notesInReport)),
      (
        "company",
        .object(
          headline(report.headline) + [
            ("previous", .object(headline(report.previous))),
            ("quarters", quarters(report.quarters)),
            ("scales", scales(report.scales)),
          ])
      ),
      ("accounts", .array(report.accounts.map { account($0, context: context) })),
      ("next_conversations", .array(report.nextConversations.map(PlanText.entry))),
      (
        "themes",
        .array(
          report.themes.themes.map { theme in
            .object([
              ("theme", .string(theme.theme)), ("notes", .integer(theme.notes)),
              ("promoter_notes", .integer(theme.promoterNotes)),
              ("detractor_notes", .integer(theme.detractorNotes)),
            ])
          })
      ),
    ])
  }

  static func account(_ report: AccountReport, context: RenderContext) -> JSONValue {
    .object(
      [
        ("id", .string(report.id)),
        ("name", .string(report.name)),
        ("relationship", .string(report.profile.relationship.rawValue)),
        ("status", .string(report.profile.status.rawValue)),
      ] + headline(report.headline) + [
        ("previous", .object(headline(report.previous))),
        ("quarters", quarters(report.quarters)),
        ("scales", scales(report.scales)),
        ("attention", attention(report.attention, context: context)),
        ("single_source", .bool(report.isSingleSource)),
        (
          "coverage",
          .object(
            report.coverage.map {
              ($0.level, .object([("heard", .integer($0.heard)), ("roster", .integer($0.roster))]))
            })
        ),
        (
          "contacts",
          .array(
            report.contacts.map { contact in
              .object([
                ("id", .string(contact.id)), ("name", .string(contact.name)),
                ("level", .optional(contact.level)),
                ("in_roster", .bool(contact.inRoster)),
                (
                  "scores",
                  .array(
                    contact.scores.map {
                      .object([
                        ("date", .string($0.date.description)), ("scale", .string($0.scale)),
                        ("value", .number($0.value)),
                      ])
                    })
                ),
                ("last_heard", .optional(contact.lastHeard?.description)),
              ])
            })
        ),
        (
          "commitments",
          .array(
            report.ledger.map { entry in
              .object([
                ("text", .optional(entry.text)), ("owner", .optional(entry.owner)),
                ("due", .optional(entry.due?.description)),
                ("done", .optional(entry.done?.description)),
                ("status", .string(entry.status.rawValue)),
                ("tell_back", .bool(entry.isTellBack)),
                // A confidential note's path is never given: counted, not located.
                ("file", entry.isConfidential ? .null : .string(entry.file)),
                ("line", entry.isConfidential ? .null : .integer(entry.line)),
              ])
            })
        ),
        (
          "themes",
          .array(
            report.themes.themes.map {
              .object([("theme", .string($0.theme)), ("notes", .integer($0.notes))])
            })
        ),
      ])
  }

  /// The headline figures; the NPS is given whatever the number of respondents (with them
  /// beside it, for analysts to filter), unlike the pages.
  static func headline(_ headline: Headline) -> [(String, JSONValue)] {
    [
      ("nps", nps(headline.nps.score)),
      ("respondents", .integer(headline.nps.respondents)),
      ("promoters", .integer(headline.nps.promoters)),
      ("passives", .integer(headline.nps.passives)),
      ("detractors", .integer(headline.nps.detractors)),
      ("interviews", .integer(headline.interviews)),
      ("open_commitments", .integer(headline.ledger.notDone)),
      ("overdue_commitments", .integer(headline.ledger.overdue)),
    ]
  }

  /// NPS at each quarter end, oldest first.
  static func quarters(_ points: [QuarterPoint]) -> JSONValue {
    .array(
      points.map {
        .object([
          ("end", .string($0.end.description)), ("nps", nps($0.nps.score)),
          ("respondents", .integer($0.nps.respondents)),
        ])
      })
  }

  /// Every scale's mean over each person's latest score in the window.
  static func scales(_ summaries: [ScaleSummary]) -> JSONValue {
    .object(
      summaries.map { summary in
        (
          summary.scale.name,
          .object([
            ("mean", summary.mean.map { .number(($0 * 10).rounded() / 10) } ?? .null),
            ("respondents", .integer(summary.respondents)),
          ])
        )
      })
  }

  /// An account's attention level and its reasons.
  static func attention(_ attention: Attention, context: RenderContext) -> JSONValue {
    .object([
      ("level", .string(attention.level.rawValue)),
      (
        "reasons",
        .array(
          attention.reasons.map { reason in
            .object([
              ("rule", .string(reason.rule.rawValue)),
              ("text", .string(AttentionText.sentence(reason))),
              ("contact", .optional(reason.contactID)),
              // Evidence in a confidential note is not located.
              ("file", .optional(context.locatable(reason.file))),
              (
                "line",
                context.locatable(reason.file) == nil
                  ? .null : reason.line.map { .integer($0) } ?? .null
              ),
            ])
          })
      ),
    ])
  }

  /// An NPS rounded to one decimal, or null without respondents.
  static func nps(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
}
