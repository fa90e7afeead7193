extension Rule {
  /// A commitment without a due date.
  public static let commitmentDueMissing = Rule(
    "commitment.due.missing", .warning,
    "A commitment has no `due:YYYY-MM-DD` (a date written without `due:` is not read as one).",
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
    // `due 2026-12-01` or `by 2026-12-01`: the date is there, without the `due:` that marks it.
    if let written = writtenDate(in: commitment.text ?? "") {
      return Diagnostic(
        .commitmentDueMissing, file: file, at: commitment.position, length: 3,
        "commitment has no due date: \(written) is not read as one; write due:\(written)")
    }
    return Diagnostic(
      .commitmentDueMissing, file: file, at: commitment.position, length: 3,
      "commitment has no due date; add due:YYYY-MM-DD")
  }

  /// A YYYY-MM-DD date written in `text` as a word of its own, if there is one.
  static func writtenDate(in text: String) -> Day? {
    text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).lazy.compactMap {
      Day($0.trimmingTrailingPunctuation)
    }.first
  }
}
