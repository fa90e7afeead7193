import RapportSystem

extension Rule {
  /// An outcome other than won, lost or no-decision.
  public static let noteOutcomeInvalid = Rule(
    "note.outcome.invalid", .error, "The `outcome` is not won, lost or no-decision.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: lose")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: lost")])
}

/// Checks that a win-loss note's `outcome` is won, lost or no-decision.
enum NoteOutcomeInvalid: NoteCheck {
  static let rule = Rule.noteOutcomeInvalid

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard note.interviewType == "win-loss", let written = note.outcome,
      Outcome(rawValue: written.value) == nil
    else { return [] }
    let allowed = Outcome.allCases.map(\.rawValue)
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "outcome `\(written.value)` is not one of \(allowed.joined(separator: ", "))"
          + Suggestion.didYouMean(written.value, among: allowed))
    ]
  }
}
