extension Rule {
  /// A due date earlier than the interview itself.
  public static let commitmentDueBeforeInterview = Rule(
    "commitment.due.before-interview", .warning,
    "A commitment is due before the interview took place.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-03-01\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01\n")
    ])
}

/// Checks that no commitment is due before the interview it was made in (a mistyped date).
enum CommitmentDueBeforeInterview: NoteCheck {
  static let rule = Rule.commitmentDueBeforeInterview

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard let date = note.date?.value else { return [] }
    return note.body.commitments.compactMap { commitment in
      guard let due = commitment.due, due.value < date else { return nil }
      return Diagnostic(
        rule, file: note.file,
        underlining: Located("due:" + due.value.description, at: due.position),
        "due \(due.value) is before the interview on \(date)")
    }
  }
}
