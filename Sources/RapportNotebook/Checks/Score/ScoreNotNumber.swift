extension Rule {
  /// A score that is not a number.
  public static let scoreNotNumber = Rule(
    "score.not-number", .error, "A score is not a number.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: nine }")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9 }")
    ])
}

/// Decides whether a score's value is a number, and words the error when it is not.
enum ScoreNotNumber {
  /// The finite number `text` spells, or nil.
  static func number(_ text: String) -> Double? {
    guard let number = Double(text), number.isFinite else { return nil }
    return number
  }

  /// The error for value `text` on scale `scale`, which is not a number.
  static func diagnostic(
    _ text: Located<String>, scale: Located<String>, file: String
  ) -> Diagnostic {
    Diagnostic(
      .scoreNotNumber, file: file, underlining: text,
      "score `\(scale.value)` is \"\(text.value)\", not a number")
  }
}
