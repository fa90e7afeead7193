import RapportAnalysis
import RapportNotebook

/// Win/loss: what buyers said beside what our side assumed.
struct WinLossValue: TemplateRecord {
  let analysis: WinLossAnalysis
  let context: RenderContext
  let depth: Int
  static let templateTypeName = "Win/loss"
  static let templateFields: [TemplateField<WinLossValue>] = [
    .list("notes", "Win-loss interviews, newest first.") { value in
      value.analysis.notes.map {
        WinLossNoteValue(note: $0, context: value.context, depth: value.depth)
      }
    },
    .list("stated", "Reasons buyers stated, most often first.") { value in
      value.analysis.statedReasons.map { StatedReasonValue(reason: $0.reason, notes: $0.notes) }
    },
    .list("assumptions", "Each assumed reason held against what buyers said.") {
      $0.analysis.assumptions.map(AssumptionValue.init)
    },
    .flag("has_assumptions", "Whether any account's profile gives `assumed_reasons`.") {
      !$0.analysis.assumptions.isEmpty
    },
    .flag("has_notes", "Whether there are win-loss notes (assumptions may come without).") {
      !$0.analysis.notes.isEmpty
    },
    .text("outcomes_text", "Outcomes counted, such as \"won 2, lost 3\".") { value in
      Outcome.allCases.compactMap { outcome in
        value.analysis.outcomes[outcome].map { "\(outcome.rawValue) \($0)" }
      }.joined(separator: ", ")
    },
  ]
}

/// One win-loss interview.
struct WinLossNoteValue: TemplateRecord {
  let note: WinLossNote
  let context: RenderContext
  let depth: Int
  static let templateTypeName = "Win-loss note"
  static let templateFields: [TemplateField<WinLossNoteValue>] = [
    .text("date", "The interview's date.") { $0.note.date.description },
    .text("contact", "Who was interviewed.") { $0.note.contactName },
    .text("outcome", "won, lost, no-decision or \"not recorded\".") {
      $0.note.outcome?.rawValue ?? "not recorded"
    },
    .text("reasons", "The reasons the buyer stated.") { $0.note.reasons.joined(separator: ", ") },
    .record("link", "The note.") { $0.context.link($0.note.file, depth: $0.depth) },
  ]
}

/// A reason buyers stated.
struct StatedReasonValue: TemplateRecord {
  let reason: String
  let notes: Int
  static let templateTypeName = "Stated reason"
  static let templateFields: [TemplateField<StatedReasonValue>] = [
    .text("reason", "The reason (a theme).") { $0.reason },
    .number("notes", "Win-loss notes stating it.") { $0.notes },
    .text("notes_text", "\"1 note\", \"3 notes\".") { Formatting.count($0.notes, "note") },
  ]
}

/// An assumed reason against what buyers said.
struct AssumptionValue: TemplateRecord {
  let check: AssumptionCheck
  static let templateTypeName = "Assumption"
  static let templateFields: [TemplateField<AssumptionValue>] = [
    .text("reason", "The assumed reason.") { $0.check.reason },
    .number("accounts", "Accounts assuming it.") { $0.check.accounts },
    .number("notes", "Their win-loss notes.") { $0.check.notes },
    .number("stated_in", "Of those, notes stating it.") { $0.check.statedIn },
    .text("notes_text", "\"3 win-loss notes\".") {
      Formatting.count($0.check.notes, "win-loss note")
    },
    .number("never_stated", "Accounts whose buyers never stated it.") { $0.check.neverStated },
    .text("never_stated_text", "\"none\" or \"2 accounts\".") {
      $0.check.neverStated == 0 ? "none" : Formatting.count($0.check.neverStated, "account")
    },
    .number("untested", "Accounts assuming it with no win-loss note yet.") { $0.check.untested },
    .text("untested_text", "\"none\" or \"2 accounts\".") {
      $0.check.untested == 0 ? "none" : Formatting.count($0.check.untested, "account")
    },
    .text("accounts_text", "\"1 account\", \"3 accounts\".") {
      Formatting.count($0.check.accounts, "account")
    },
    .text("share", "Stated in as a share of notes.") {
      $0.check.notes == 0
        ? "—" : Formatting.percent(Double($0.check.statedIn) / Double($0.check.notes))
    },
    .text("sentence", "The whole comparison in one sentence.") {
      let check = $0.check
      let untested =
        check.untested == 0
        ? "" : "; not yet asked at \(Formatting.count(check.untested, "of them", "of them"))"
      return
        "Assumed by \(Formatting.count(check.accounts, "account")); stated by buyers in \(check.statedIn) of \(Formatting.count(check.notes, "win-loss note")); never stated at \(Formatting.count(check.neverStated, "of those accounts", "of those accounts"))\(untested)."
    },
  ]
}

/// Our people's view of a partnership beside the partner's.
struct PartnerGapValue: TemplateRecord {
  let gap: PartnerGap
  static let templateTypeName = "Partner gap"
  static let templateFields: [TemplateField<PartnerGapValue>] = [
    .list("scales", "Per scale.") { $0.gap.scales.map(GapRowValue.init) },
    .list("themes", "Per theme, on the NPS scale.") { $0.gap.themes.map(GapRowValue.init) },
    .number("external_notes", "The partner's people's notes in the window.") {
      $0.gap.externalNotes
    },
    .number("internal_notes", "Our people's notes in the window.") { $0.gap.internalNotes },
    .text("external_notes_text", "\"1 interview\", \"3 interviews\".") {
      Formatting.count($0.gap.externalNotes, "interview")
    },
    .text("internal_notes_text", "\"1 internal interview\", \"3 internal interviews\".") {
      Formatting.count($0.gap.internalNotes, "internal interview")
    },
  ]
}

/// One row of the partner gap.
struct GapRowValue: TemplateRecord {
  let row: PartnerGap.Row
  static let templateTypeName = "Partner gap row"
  static let templateFields: [TemplateField<GapRowValue>] = [
    .text("label", "The scale or theme.") { $0.row.label },
    .text("external", "The partner's people's mean, or a dash.") {
      $0.row.external.map(Formatting.number) ?? "—"
    },
    .number("external_count", "Their scores.") { $0.row.externalCount },
    .text("internal", "Our people's mean, or a dash.") {
      $0.row.internal.map(Formatting.number) ?? "—"
    },
    .number("internal_count", "Our scores.") { $0.row.internalCount },
    .text("gap", "Ours minus theirs as shown, signed.") { value in
      zip2(value.row.internal, value.row.external).map {
        Formatting.delta(Formatting.shownDifference($0, $1))
      } ?? "—"
    },
  ]
}
