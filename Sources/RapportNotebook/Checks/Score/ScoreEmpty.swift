extension Rule {
  /// A scale listed under `scores` with no value, as a new note leaves it until filled in.
  public static let scoreEmpty = Rule(
    "score.empty", .warning,
    "A scale under `scores` has no value: fill it in, or delete the line if the question was not asked.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores:\n  nps: 9\n  health:")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores:\n  nps: 9")
    ])
}

/// Words the warning for a scale listed under `scores` with a null value; the score is skipped.
enum ScoreEmpty {
  /// The warning, on the scale's name.
  static func diagnostic(scale: Located<String>, file: String) -> Diagnostic {
    Diagnostic(
      .scoreEmpty, file: file, underlining: scale,
      "score `\(scale.value)` has no value; fill it in, or delete the line if it was not asked")
  }
}
