import RapportMarkdown

extension Rule {
  /// A note without an interviewer.
  public static let noteInterviewerMissing = Rule(
    "note.interviewer.missing", .error, "An interview note has no `interviewer`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote("date: 2026-03-14\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Requires an `interviewer`, unless the front matter is broken (that has its own error).
enum NoteInterviewerMissing {
  /// The error for a note read so far, or nil.
  static func check(_ note: ParsedNote) -> Diagnostic? {
    guard note.interviewer == nil, !note.hasBrokenFrontMatter else { return nil }
    return Diagnostic(
      .noteInterviewerMissing, file: note.file, at: SourcePosition(line: 1, column: 1), length: 3,
      "note has no `interviewer:`; add who held the interview")
  }
}
