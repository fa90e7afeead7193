extension Rule {
  /// A score that is not a number.
  public static let scoreNotNumber = Rule(
    "score.not-number", .error, "A score is not a decimal number.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: nine }")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9 }")
    ])
}

/// Words the error for a score that is not a number `DecimalNumber` reads.
enum ScoreNotNumber {
  /// The error for value `text` on scale `scale`, which is not a number.
  static func diagnostic(
    _ text: Located<String>, scale: Located<String>, file: String
  ) -> Diagnostic {
    let why: String
    switch (Double(text.value), DecimalNumber.isDecimal(text.value)) {
    case (let number?, false) where number.isFinite:
      why = "not a decimal number: write it in digits, such as 9"
    case (let number?, true):
      why = number.isFinite ? "a number too small to tell from 0" : "a number too large to read"
    default: why = "not a number"
    }
    return Diagnostic(
      .scoreNotNumber, file: file, underlining: text,
      "score `\(scale.value)` is \"\(text.value)\", \(why)")
  }
}
