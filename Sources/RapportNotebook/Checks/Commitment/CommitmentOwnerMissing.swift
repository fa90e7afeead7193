extension Rule {
  /// A commitment nobody owns.
  public static let commitmentOwnerMissing = Rule(
    "commitment.owner.missing", .warning, "A commitment has no `@owner`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "- [ ] Send the roadmap due:2026-04-01\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01\n")
    ])
}

/// Warns about a commitment without an `@owner`: nobody is answerable for it.
enum CommitmentOwnerMissing {
  /// The warning for `commitment`, on its checkbox, or nil.
  static func check(_ commitment: Commitment, file: String) -> Diagnostic? {
    guard commitment.owner == nil else { return nil }
    return Diagnostic(
      .commitmentOwnerMissing, file: file, at: commitment.position, length: 3,
      "commitment has no owner; add the @handle of the person who will do it")
  }
}
