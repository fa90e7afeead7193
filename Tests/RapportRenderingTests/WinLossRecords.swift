import RapportRendering

struct WinLossRecord: TemplateRecord {
  var notes: [WinLossNoteRecord] = []
  var stated: [StatedReasonRecord] = []
  var assumptions: [AssumptionRecord] = []
  var outcomesText: String?
  var hasAssumptions = false
  var hasNotes = false
  static let templateTypeName = "WinLoss"
  static let templateFields: [TemplateField<WinLossRecord>] = [
    .list("notes", "Win-loss notes.") { $0.notes },
    .list("stated", "Reasons buyers stated.") { $0.stated },
    .list("assumptions", "Reasons our side assumed.") { $0.assumptions },
    .flag("has_assumptions", "Whether there are any.") { $0.hasAssumptions },
    .flag("has_notes", "Whether there are win-loss notes.") { $0.hasNotes },
    .text("outcomes_text", "Outcomes counted.") { $0.outcomesText },
  ]
  static func sample(_ m: inout SampleMaker) -> WinLossRecord {
    WinLossRecord(
      notes: m.list(WinLossNoteRecord.sample), stated: m.list(StatedReasonRecord.sample),
      assumptions: m.list(AssumptionRecord.sample), outcomesText: m.text("outcomes_text"),
      hasAssumptions: m.flag(), hasNotes: m.flag())
  }
}

struct WinLossNoteRecord: TemplateRecord {
  var date, contact, outcome, reasons: String?
  var link: LinkRecord?
  static let templateFields: [TemplateField<WinLossNoteRecord>] = [
    .text("date", "The note's date.") { $0.date },
    .text("contact", "Who was interviewed.") { $0.contact },
    .text("outcome", "Won or lost.") { $0.outcome },
    .text("reasons", "Reasons stated.") { $0.reasons },
    .record("link", "The note.") { $0.link },
  ]
  static func sample(_ m: inout SampleMaker) -> WinLossNoteRecord {
    WinLossNoteRecord(
      date: m.text("date"), contact: m.text("contact"), outcome: m.text("outcome"),
      reasons: m.text("reasons"), link: m.record("link", LinkRecord.sample))
  }
}

struct StatedReasonRecord: TemplateRecord {
  var reason: String?
  var notes: Int?
  var notesText: String?
  static let templateFields: [TemplateField<StatedReasonRecord>] = [
    .text("reason", "The reason.") { $0.reason },
    .number("notes", "Notes stating it.") { $0.notes },
    .text("notes_text", "\"3 notes\".") { $0.notesText },
  ]
  static func sample(_ m: inout SampleMaker) -> StatedReasonRecord {
    StatedReasonRecord(
      reason: m.text("reason"), notes: m.number("notes"), notesText: m.text("notes_text"))
  }
}

struct AssumptionRecord: TemplateRecord {
  var reason: String?
  var accounts, notes, statedIn, neverStated, untested: Int?
  var notesText, neverStatedText, untestedText, accountsText, share, sentence: String?
  static let templateFields: [TemplateField<AssumptionRecord>] = [
    .text("reason", "The assumed reason.") { $0.reason },
    .number("accounts", "Accounts where we assumed it.") { $0.accounts },
    .number("notes", "Win-loss notes at those accounts.") { $0.notes },
    .number("stated_in", "Notes where buyers stated it.") { $0.statedIn },
    .text("notes_text", "\"3 win-loss notes\".") { $0.notesText },
    .number("never_stated", "Accounts where no buyer stated it.") { $0.neverStated },
    .text("never_stated_text", "The same in words.") { $0.neverStatedText },
    .number("untested", "Accounts with no win-loss note yet.") { $0.untested },
    .text("untested_text", "The same in words.") { $0.untestedText },
    .text("accounts_text", "Accounts in words.") { $0.accountsText },
    .text("share", "Share of notes stating it.") { $0.share },
    .text("sentence", "All of it in a sentence.") { $0.sentence },
  ]
  static func sample(_ m: inout SampleMaker) -> AssumptionRecord {
    AssumptionRecord(
      reason: m.text("reason"), accounts: m.number("accounts"), notes: m.number("notes"),
      statedIn: m.number("stated_in"), neverStated: m.number("never_stated"),
      untested: m.number("untested"), notesText: m.text("notes_text"),
      neverStatedText: m.text("never_stated_text"), untestedText: m.text("untested_text"),
      accountsText: m.text("accounts_text"),
      share: m.text("share"), sentence: m.text("sentence"))
  }
}

/// What every page's header says; its fields sit on the page itself.
struct HeaderValues: Sendable {
  var asOf, windowStart: String?
  var windowDays, notes, skippedNotes: Int?
  var skipped: SkippedRecord?
  var laterText, commit, generator: String?

  static func fields<Root>(
    _ header: @escaping @Sendable (Root) -> HeaderValues
  ) -> [TemplateField<
    Root
  >] {
    [
      .text("as_of", "The as-of date.") { header($0).asOf },
      .text("window_start", "The window's first day.") { header($0).windowStart },
      .number("window_days", "The window's length in days.") { header($0).windowDays },
      .number("notes", "Interview notes found.") { header($0).notes },
      .number("skipped_notes", "Notes left out.") { header($0).skippedNotes },
      .record("skipped", "Present when notes were left out.") { header($0).skipped },
      .text("later_text", "Notes dated after the as-of date.") { header($0).laterText },
      .text("commit", "The notebook's commit.") { header($0).commit },
      .text("generator", "rapport's version.") { header($0).generator },
    ]
  }

  static func sample(_ m: inout SampleMaker) -> HeaderValues {
    HeaderValues(
      asOf: m.text("as_of"), windowStart: m.text("window_start"),
      windowDays: m.number("window_days"), notes: m.number("notes"),
      skippedNotes: m.number("skipped_notes"), skipped: m.record("skipped", SkippedRecord.sample),
      laterText: m.text("later_text"), commit: m.text("commit"), generator: m.text("generator"))
  }
}
