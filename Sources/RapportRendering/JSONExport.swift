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
      (
        "company",
        .object([
          ("nps", nps(report.nps.score)),
          ("respondents", .integer(report.nps.respondents)),
          ("promoters", .integer(report.nps.promoters)),
          ("passives", .integer(report.nps.passives)),
          ("detractors", .integer(report.nps.detractors)),
          ("interviews", .integer(report.interviewsInWindow)),
          ("open_commitments", .integer(report.ledgerCounts.notDone)),
          ("overdue_commitments", .integer(report.ledgerCounts.overdue)),
        ])
      ),
      ("accounts", .array(report.accounts.map(account))),
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

  static func account(_ report: AccountReport) -> JSONValue {
    .object([
      ("id", .string(report.id)),
      ("name", .string(report.name)),
      ("relationship", .string(report.profile.relationship.rawValue)),
      ("status", .string(report.profile.status.rawValue)),
      ("nps", nps(report.nps.score)),
      ("respondents", .integer(report.nps.respondents)),
      ("interviews", .integer(report.interviewsInWindow)),
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

  /// An NPS rounded to one decimal, or null without respondents.
  static func nps(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
}
