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
    note.commitmentDates({ $0.due }, before: rule, token: "due") { due, date in
      "due \(due) is before the interview on \(date)"
    }
  }
}

extension ParsedNote {
  /// A diagnostic of `rule` for each commitment whose date (as `day` reads it) is before the
  /// interview, underlining its `token:` word, with the message `message(date, interview)` gives.
  func commitmentDates(
    _ day: (Commitment) -> Located<Day>?, before rule: Rule, token: String,
    message: (Day, Day) -> String
  ) -> [Diagnostic] {
    guard let interview = date?.value else { return [] }
    return body.commitments.compactMap { commitment in
      guard let found = day(commitment), found.value < interview else { return nil }
      return Diagnostic(
        rule, file: file,
        underlining: Located(token + ":" + found.value.description, at: found.position),
        message(found.value, interview))
    }
  }
}
