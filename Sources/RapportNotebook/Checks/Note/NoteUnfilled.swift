import RapportMarkdown

extension Rule {
  /// A note with nothing written in it yet.
  public static let noteUnfilled = Rule(
    "note.unfilled", .warning,
    "A note records nothing heard yet: no score, theme, outcome, reason, quote, text or commitment besides headings, comments and an open tell-back, as `rapport new note` leaves it. Reports leave it out, so its contact does not count as heard, until something is written in it.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe",
        body: "## Summary\n\n<!-- What mattered most? -->\n\n## Commitments\n\n"
          + "- [ ] Tell Jane Doe what we heard @sam due:2026-03-28 #tell-back\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe",
        body: "## Summary\n\nJane wants the exports to run overnight.\n")
    ])
}

/// Warns about a note that records nothing heard (an unedited `rapport new note`), which
/// `CheckedNote` then leaves without an interview: an empty note must not make its contact heard.
/// Judged only when nothing else is wrong, so a note that does not read gets its own errors alone.
enum NoteUnfilled {
  /// The warning for `note`, else nil.
  static func check(_ note: ParsedNote, tellBackTag: String) -> Diagnostic? {
    guard isUnfilled(note, tellBackTag: tellBackTag) else { return nil }
    return Diagnostic(
      .noteUnfilled, file: note.file, at: SourcePosition(line: 1, column: 1), length: 3,
      "nothing is written in this note yet (no score, theme, outcome, reason, quote, text or "
        + "promise besides headings, comments and the tell-back); reports leave it out until it "
        + "says what was heard")
  }

  /// Whether `note` records nothing heard: its only commitments, if any, are open tell-backs (as
  /// `rapport new note` writes one in), and its only tag, if any, is the tell-back's.
  static func isUnfilled(_ note: ParsedNote, tellBackTag: String) -> Bool {
    note.scores.isEmpty && note.themes.isEmpty && note.outcome == nil && note.reasons.isEmpty
      && note.body.quotes.isEmpty && !note.body.hasText
      && note.body.tags.allSatisfy { $0.value == tellBackTag }
      && note.body.commitments.allSatisfy { !$0.isChecked && $0.tags.contains(tellBackTag) }
  }
}
