extension Rule {
  /// A commitment without a due date.
  public static let commitmentDueMissing = Rule(
    "commitment.due.missing", .warning, "A commitment has no `due:YYYY-MM-DD`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "- [ ] Send the roadmap @sam\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01\n")
    ])
}

/// Warns about a commitment without a due date; one written but invalid is `date.invalid` instead.
enum CommitmentDueMissing {
  /// The warning for `commitment`, on its checkbox, or nil; `dueWritten` says whether the item
  /// has a `due:` token at all.
  static func check(_ commitment: Commitment, dueWritten: Bool, file: String) -> Diagnostic? {
    guard commitment.due == nil, !dueWritten else { return nil }
    return Diagnostic(
      .commitmentDueMissing, file: file, at: commitment.position, length: 3,
      "commitment has no due date; add due:YYYY-MM-DD")
  }
}
