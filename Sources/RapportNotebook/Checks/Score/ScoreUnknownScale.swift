import RapportSystem

extension Rule {
  /// A score on a scale `rapport.yml` does not define.
  public static let scoreUnknownScale = Rule(
    "score.unknown-scale", .error,
    "A score names a scale that is not the notebook's: `rapport.yml` defines them (or the built-in ones apply).",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nsp: 9 }")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores: { nps: 9 }")
    ])
}

/// Checks that every score is on a scale `rapport.yml` defines.
enum ScoreUnknownScale: NoteCheck {
  static let rule = Rule.scoreUnknownScale

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let settings = context.settings
    return note.scores.compactMap { score in
      let scale = score.scale
      guard settings.scale(named: scale.value) == nil else { return nil }
      let names = settings.scales.map(\.name)
      // The notebook's scales may be the built-in ones: `rapport.yml` need not list any, and a
      // `scales:` list replaces them, so adding one means listing those too.
      let suggestion = Suggestion.didYouMean(scale.value, among: names)
      let advice =
        settings.scalesAreBuiltIn
        ? "; to add it, list it under `scales:` in rapport.yml with \(names.joined(separator: " and ")) (a `scales:` list replaces the built-in scales)"
        : "; define it under `scales:` in rapport.yml"
      return Diagnostic(
        rule, file: note.file, underlining: scale,
        "scale `\(scale.value)` is not one of the notebook's scales (\(names.joined(separator: ", ")))"
          + (suggestion.isEmpty ? advice : suggestion))
    }
  }
}
