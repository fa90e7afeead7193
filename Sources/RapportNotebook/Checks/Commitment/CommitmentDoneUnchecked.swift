extension Rule {
  /// A `done:` date on an item that is not checked.
  public static let commitmentDoneUnchecked = Rule(
    "commitment.done.unchecked", .error,
    "An unchecked `[ ]` item has a `done:` date; check it or remove the date.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01 done:2026-03-30\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [x] Send the roadmap @sam due:2026-04-01 done:2026-03-30\n")
    ])
}

/// Refuses a `done:` date on an unchecked item: it is unclear whether the work was done.
enum CommitmentDoneUnchecked {
  /// The error for `commitment`, on its `done:` token, or nil.
  static func check(_ commitment: Commitment, file: String) -> Diagnostic? {
    guard let done = commitment.done, !commitment.isChecked else { return nil }
    return Diagnostic(
      .commitmentDoneUnchecked, file: file, at: done.position, length: 15,
      "`done:` on an unchecked item; check it ([x]) or remove the done date")
  }
}
