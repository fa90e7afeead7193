extension Rule {
  /// A done date earlier than the interview the promise was made in.
  public static let commitmentDoneBeforeInterview = Rule(
    "commitment.done.before-interview", .warning,
    "A commitment is marked done before the interview it was made in.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [x] Send the roadmap @sam due:2026-04-01 done:2026-02-20\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [x] Send the roadmap @sam due:2026-04-01 done:2026-03-20\n")
    ])
}

/// Checks that no commitment was done before the interview it was made in (a mistyped date, which
/// would count it as kept on time).
enum CommitmentDoneBeforeInterview: NoteCheck {
  static let rule = Rule.commitmentDoneBeforeInterview

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    note.commitmentDates({ $0.done }, before: rule, token: "done") { done, date in
      "done \(done) is before the interview on \(date), where it was promised"
    }
  }
}
