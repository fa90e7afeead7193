import RapportMarkdown

extension Rule {
  /// A note that does not say who was interviewed.
  public static let noteContactMissing = Rule(
    "note.contact.missing", .error, "An interview note has no `contact`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote("date: 2026-03-14\ninterviewer: Sam Lee")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Requires a `contact`, unless the front matter is broken (that has its own error).
enum NoteContactMissing {
  /// The error for a note read so far, or nil.
  static func check(_ note: ParsedNote) -> Diagnostic? {
    guard note.contact == nil, !note.hasBrokenFrontMatter else { return nil }
    return Diagnostic(
      .noteContactMissing, file: note.file, at: SourcePosition(line: 1, column: 1), length: 3,
      "note has no `contact:`; add the roster id or name of the person interviewed")
  }
}
