extension Rule {
  /// A note dated after today, usually a mistyped year.
  public static let noteDateFuture = Rule(
    "note.date.future", .warning,
    "A note is dated after today's date on the machine running rapport (not after `--as-of`), usually a mistyped year; checked afresh on every run.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2062-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Warns about notes dated after today. Today changes while notes do not, so this is never part
/// of a load (nor of the cache, nor of reports): `rapport check` applies it to the loaded dates
/// each time it runs.
public enum NoteDateFuture {
  /// The warnings for the notes among `dates` dated after `today`.
  public static func diagnostics(for dates: [NoteDate], today: Day) -> [Diagnostic] {
    dates.compactMap { check($0, today: today) }
  }

  /// The warning for one note, else nil; withheld for a confidential note.
  static func check(_ note: NoteDate, today: Day) -> Diagnostic? {
    let date = note.date.value
    guard date > today else { return nil }
    let hint = meant(date, today: today).map { "did you mean \($0)?" } ?? "is it mistyped?"
    let diagnostic = Diagnostic(
      .noteDateFuture, file: note.file, at: note.date.position,
      length: date.description.count,
      "date \(date) is after today, \(today): \(hint) Reports leave a note out until its date")
    return note.confidential
      ? diagnostic.withheld(assumed: note.confidentialAssumed, marked: note.confidentialMarked)
      : diagnostic
  }

  /// The date probably meant by a future date in a later year: the same day this year or last,
  /// whichever is the latest not after today.
  static func meant(_ date: Day, today: Day) -> Day? {
    let (year, month, day) = date.components
    let current = today.components.year
    guard year > current else { return nil }
    return [current, current - 1].lazy.compactMap { Day(year: $0, month: month, day: day) }
      .first { $0 <= today }
  }
}
