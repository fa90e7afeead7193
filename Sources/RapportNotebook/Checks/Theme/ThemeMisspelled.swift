import RapportSystem

extension Rule {
  /// A theme one slip from a codebook theme or alias, when `strict_themes` is off.
  public static let themeMisspelled = Rule(
    "theme.misspelled", .warning,
    "A theme outside the codebook is one slip from a codebook theme or alias (`#reportng` for `reporting`): as written it counts as a theme of its own in reports (the tell-back draft leaves it out). With `strict_themes: true`, `theme.unknown` says so instead.",
    triggering: [
      "rapport.yml": "themes:\n  reporting: { aliases: [reports] }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "Slow #reportng again.\n"),
    ],
    passing: [
      "rapport.yml": "themes:\n  reporting: { aliases: [reports] }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "Slow #reports again, and #pricing.\n"),
    ])
}

/// Warns about a theme that is not in the codebook but is one edit from a theme or alias that is
/// (a letter added, dropped, changed, two neighbours swapped, or `-` and `_` written differently):
/// it would be counted apart from the theme it was meant as. Themes shorter than 4 letters are
/// left alone (`ui` and `ux` are both themes), and so are slips of the tell-back tag, which
/// `commitment.tell-back.misspelled` covers on promises.
enum ThemeMisspelled: NoteCheck {
  static let rule = Rule.themeMisspelled

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let settings = context.settings
    guard !settings.strictThemes, !settings.themes.isEmpty else { return [] }
    let tellBack = settings.tellBackTag
    var seen = Set<String>()
    // Most tags are codebook themes: the context's table answers those without a search.
    func slip(_ word: String) -> String? {
      guard !context.isInCodebook(word), !CommitmentTellBackMisspelled.isSlip(word, of: tellBack),
        seen.insert(word).inserted
      else { return nil }
      return settings.codebookSlip(word)
    }
    func message(_ word: String, _ known: String) -> String {
      "theme `\(word)` is not in the codebook; did you mean `\(known)`? As written it counts as a theme of its own"
    }
    var found: [Diagnostic] = []
    note.eachThemeSpot { spot in
      guard let known = slip(spot.theme.value) else { return }
      found.append(
        Diagnostic(
          rule, file: note.file, underlining: spot.underline, message(spot.theme.value, known)))
    }
    return found
  }
}

extension Settings {
  /// The codebook theme or alias `theme` is one slip from, when it is 4 letters or more and not
  /// itself in the codebook (see `ThemeMisspelled`).
  public func codebookSlip(_ theme: String) -> String? {
    guard theme.utf8.count >= 4, theme != tellBackTag, !isInCodebook(theme) else { return nil }
    for definition in themes {
      if CommitmentTellBackMisspelled.isSlip(theme, of: definition.name) { return definition.name }
      if let alias = definition.aliases.first(where: {
        CommitmentTellBackMisspelled.isSlip(theme, of: $0)
      }) {
        return alias
      }
    }
    return nil
  }

  /// Whether `theme`, not in the codebook, is a slip of a codebook theme (`theme.misspelled`, or
  /// `theme.unknown` with its suggestion under `strict_themes`) or of the tell-back tag: a typing
  /// mistake, not a theme to show the customer.
  public func isThemeSlip(_ theme: String) -> Bool {
    guard !isInCodebook(theme) else { return false }
    return (theme != tellBackTag && CommitmentTellBackMisspelled.isSlip(theme, of: tellBackTag))
      || codebookSlip(theme) != nil
  }

  /// Whether `theme` is a codebook theme or alias.
  func isInCodebook(_ theme: String) -> Bool {
    themes.contains { $0.name == theme || $0.aliases.contains(theme) }
  }
}
