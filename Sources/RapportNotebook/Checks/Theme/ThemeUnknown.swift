import RapportSystem

extension Rule {
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

/// With `strict_themes: true`, checks that every theme (front matter and tags, the tell-back tag
/// aside) is a codebook theme or alias, underlined where it is written.
enum ThemeUnknown: NoteCheck {
  static let rule = Rule.themeUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let settings = context.settings
    guard settings.strictThemes else { return [] }
    var found: [Diagnostic] = []
    note.eachThemeSpot { spot in
      let theme = spot.theme.value
      // The tell-back tag written as a `#tag` marks a promise; it is no theme.
      guard !context.isInCodebook(theme), !(spot.isTag && theme == settings.tellBackTag) else {
        return
      }
      let known = settings.themes.flatMap { [$0.name] + $0.aliases }
      found.append(
        Diagnostic(
          rule, file: note.file, underlining: spot.underline,
          "theme `\(theme)` is not in the codebook (strict_themes is on)"
            + Suggestion.didYouMean(theme, among: known)))
    }
    return found
  }
}
