import RapportMarkdown

extension Rule {
  /// A note without a date.
  public static let noteDateMissing = Rule(
    "note.date.missing", .error, "An interview note has no `date`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote("interviewer: Sam Lee\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Requires a `date`, unless the front matter is broken or the date is there but invalid (those
/// have their own errors).
enum NoteDateMissing {
  /// The error for a note read so far, or nil.
  static func check(_ note: ParsedNote) -> Diagnostic? {
    guard note.date == nil, !note.hasBrokenFrontMatter, !note.hasReported(.dateInvalid) else {
      return nil
    }
    return Diagnostic(
      .noteDateMissing, file: note.file, at: SourcePosition(line: 1, column: 1), length: 3,
      "note has no `date:`; add the interview date as YYYY-MM-DD")
  }
}
