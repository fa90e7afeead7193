import RapportAnalysis
import RapportNotebook

/// The values of a customer-facing tell-back draft (`tellback.md`): what we heard, by level,
/// and what we are doing about it. No scores, names, quotes, internal or confidential notes.
struct TellBackPage: TemplateRecord {
  let summary: TellBackSummary
  static let templateTypeName = "Tell-back draft"
  static let templateFields: [TemplateField<TellBackPage>] = [
    .text("account", "The account's name.") { $0.summary.accountName },
    .text("as_of", "The as-of date.") { $0.summary.period.asOf.description },
    .text("window_start", "The first day of the window.") {
      $0.summary.period.windowStart.description
    },
    .number("interviews", "Conversations it draws on.") { $0.summary.interviews },
    .text("interviews_text", "\"1 conversation\", \"3 conversations\".") {
      Formatting.count($0.summary.interviews, "conversation")
    },
    .flag(
      "withheld",
      "Whether there were conversations, but with fewer people than min_group_size: what they said is not summarised, so that no one is singled out."
    ) { $0.summary.interviews > 0 && $0.summary.groups.isEmpty },
    .list("groups", "Themes by group of people: everyone first, then each level large enough.") {
      $0.summary.groups.map(TellBackGroupValue.init)
    },
    .list("promises", "What we committed to, with status and dates.") {
      $0.summary.promises.map(PromiseValue.init)
    },
  ]
}

/// The themes one group raised.
struct TellBackGroupValue: TemplateRecord {
  let group: TellBackSummary.Group
  static let templateTypeName = "Tell-back group"
  static let templateFields: [TemplateField<TellBackGroupValue>] = [
    .text("who", "\"everyone we spoke with\" or a level in the plural, such as \"managers\".") {
      $0.group.level.map { Formatting.plural(level: $0) } ?? "everyone we spoke with"
    },
    .number("people", "People in the group.") { $0.group.people },
    .list("themes", "Themes raised, most raised first.") { value in
      value.group.themes.map { TellBackThemeValue(theme: $0.theme, count: $0.interviews) }
    },
  ]
}

/// A theme a group raised.
struct TellBackThemeValue: TemplateRecord {
  let theme: String
  let count: Int
  static let templateTypeName = "Tell-back theme"
  static let templateFields: [TemplateField<TellBackThemeValue>] = [
    .text("theme", "The theme, readable (`product/reporting` as `product reporting`).") {
      $0.theme.replacingSlashesAndDashes
    },
    .number("count", "Conversations that raised it.") { $0.count },
    .text("times", "\"once\", \"twice\", \"3 times\".") {
      $0.count == 1 ? "once" : $0.count == 2 ? "twice" : "\($0.count) times"
    },
  ]
}

/// One of our commitments, for the customer.
struct PromiseValue: TemplateRecord {
  let promise: TellBackSummary.Promise
  static let templateTypeName = "Promise"
  static let templateFields: [TemplateField<PromiseValue>] = [
    .text("text", "What we promised, with no one's name in it.") { $0.promise.text },
    .text("status", "done, done late, open or overdue.") { LedgerView.label($0.promise.status) },
    .flag("done", "Whether it is done.") { !$0.promise.status.isOpen },
    .text("due", "Its due date, or a dash.") { $0.promise.due?.description ?? "—" },
    .text("done_on", "The day it was done.") { $0.promise.done?.description },
  ]
}

extension String {
  /// A theme written for reading: `product/reporting-speed` as `product reporting speed`.
  fileprivate var replacingSlashesAndDashes: String {
    String(map { $0 == "/" || $0 == "-" || $0 == "_" ? " " : $0 })
  }
}
