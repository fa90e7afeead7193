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

  /// A score outside its scale, or a fractional NPS score.
  public static let scoreOutOfRange = Rule(
    "score.out-of-range", .error,
    "A score is outside its scale's range (NPS scores are whole numbers 0-10).",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9, health: 7 }")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9, health: 4 }")
    ])

  /// A score on a scale `rapport.yml` does not define.
  public static let scoreUnknownScale = Rule(
    "score.unknown-scale", .error, "A score names a scale that `rapport.yml` does not define.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nsp: 9 }")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9 }")
    ])

  /// A front-matter theme that could not be written as a `#tag`.
  public static let themeInvalid = Rule(
    "theme.invalid", .error,
    "A `themes` entry is not a tag: a letter, then letters, digits, `-`, `_` or `/`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [customer success]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [customer-success]")])

  /// With `strict_themes: true`, a theme outside the codebook.
  public static let themeUnknown = Rule(
    "theme.unknown", .warning,
    "With `strict_themes: true`, a theme is neither in the codebook nor an alias.",
    triggering: [
      "rapport.yml": "strict_themes: true\nthemes:\n  reporting: { aliases: [reports] }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "Slow #reprts again.\n"),
    ],
    passing: [
      "rapport.yml": "strict_themes: true\nthemes:\n  reporting: { aliases: [reports] }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "Slow #reports again.\n"),
    ])
}

extension RuleCatalog {
  static let scoreAndThemeRules: [Rule] = [
    .scoreNotNumber, .scoreEmpty, .scoreOutOfRange, .scoreUnknownScale, .themeInvalid,
    .themeUnknown,
  ]
}
