extension Rule {
  /// One scale scored twice in a note, its name written in two cases.
  public static let scoreDuplicate = Rule(
    "score.duplicate", .error,
    "A scale is scored twice in one note, its name written in two cases (`nps` and `NPS`): scale names are read in any case, so the note would hold two answers to one question.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 5, NPS: 9 }")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { NPS: 9 }")
    ])
}

/// Words the error for a scale scored a second time; the second score is skipped.
enum ScoreDuplicate {
  /// The error, on the second name; `first` is the name as first written.
  static func diagnostic(scale: Located<String>, first: String, file: String) -> Diagnostic {
    Diagnostic(
      .scoreDuplicate, file: file, underlining: scale,
      "score `\(scale.value)` is given twice: `\(first)` is the same scale (names are read in any case); keep one of them"
    )
  }
}
