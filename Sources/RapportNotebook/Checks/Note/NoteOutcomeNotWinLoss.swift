extension Rule {
  /// Win/loss fields on a note that is not a win-loss interview.
  public static let noteOutcomeNotWinLoss = Rule(
    "note.outcome.not-win-loss", .error,
    "`outcome` or `reasons` appear on a note whose type is not win-loss.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("outcome: lost")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: lost")])
}

/// Checks that `outcome` and `reasons` appear only on win-loss notes, where they are read.
enum NoteOutcomeNotWinLoss: NoteCheck {
  static let rule = Rule.noteOutcomeNotWinLoss

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard note.interviewType != "win-loss" else { return [] }
    var result: [Diagnostic] = []
    if let outcome = note.outcome {
      result.append(
        Diagnostic(
          rule, file: note.file, underlining: outcome,
          "`outcome` is read only on win-loss notes; set `type: win-loss` or remove it"))
    }
    if let reason = note.reasons.first {
      result.append(
        Diagnostic(
          rule, file: note.file, underlining: reason,
          "`reasons` are read only on win-loss notes; set `type: win-loss` or remove them"))
    }
    return result
  }
}
