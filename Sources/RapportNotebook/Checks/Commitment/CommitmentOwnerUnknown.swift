import RapportSystem

extension Rule {
  /// An owner handle that is not one of ours.
  public static let commitmentOwnerUnknown = Rule(
    "commitment.owner.unknown", .warning,
    "The `@owner` is not a handle in the account's `team` or in `rapport.yml`'s `team`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @priyah due:2026-04-01\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @priya due:2026-04-01\n")
    ])
}

/// Checks that every commitment's `@owner` is one of ours: the account's team or the notebook's.
enum CommitmentOwnerUnknown: NoteCheck {
  static let rule = Rule.commitmentOwnerUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    note.body.commitments.compactMap { commitment in
      guard let owner = commitment.owner, context.teamMember(handle: owner.value) == nil else {
        return nil
      }
      let suggestion = Suggestion.didYouMean(owner.value, among: context.team.map(\.handle))
      // Without account.md the owner may be on the account team yet to be written: only a
      // near miss of one of rapport.yml's team is worth saying.
      guard context.hasProfile || !suggestion.isEmpty else { return nil }
      return Diagnostic(
        rule, file: note.file, underlining: Located("@" + owner.value, at: owner.position),
        "owner `@\(owner.value)` is not in the team of \(context.accountName) or of rapport.yml"
          + suggestion)
    }
  }
}
