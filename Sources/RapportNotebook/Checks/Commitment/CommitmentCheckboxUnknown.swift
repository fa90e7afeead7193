import RapportMarkdown

extension Rule {
  /// A checkbox state rapport does not read, such as Obsidian's `[-]` or `[/]`.
  public static let commitmentCheckboxUnknown = Rule(
    "commitment.checkbox.unknown", .warning,
    "A list item starts with a checkbox other than `[ ]` or `[x]`, so it is not read as a commitment.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [-] Send the roadmap @sam due:2026-04-01\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [x] Send the roadmap @sam due:2026-04-01\n")
    ])
}

/// Warns about a list item opening with a checkbox rapport does not read, so it is not mistaken
/// for a commitment that was counted.
enum CommitmentCheckboxUnknown {
  /// The warning for a checkbox holding `state` at `position`, unless it is one rapport reads
  /// (` `, `x`, `X`) or blank (then it is no checkbox).
  static func check(_ state: Character, at position: SourcePosition, file: String) -> Diagnostic? {
    guard state != " ", state != "x", state != "X", !state.isWhitespace else { return nil }
    return Diagnostic(
      .commitmentCheckboxUnknown, file: file, at: position, length: 3,
      "checkbox `[\(state)]` is not read as a commitment; use `[ ]` for open or `[x]` for done")
  }
}
