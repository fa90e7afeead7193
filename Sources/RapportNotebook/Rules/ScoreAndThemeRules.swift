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
  /// A front-matter theme that could not be written as a `#tag`.
  public static let themeInvalid = Rule(
    "theme.invalid", .error,
    "A `themes` entry is not a tag: a letter, then letters, digits, `-`, `_` or `/`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [customer success]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [customer-success]")])
}

extension RuleCatalog {
  static let scoreAndThemeRules: [Rule] = [
    .scoreNotNumber, .scoreEmpty, .scoreOutOfRange, .scoreUnknownScale, .themeInvalid,
    .themeUnknown,
  ]
}
