import RapportSystem

extension Rule {
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
      return Diagnostic(
        rule, file: note.file, underlining: scale,
        "scale `\(scale.value)` is not defined in rapport.yml (scales: \(names.joined(separator: ", ")))"
          + Suggestion.didYouMean(scale.value, among: names))
    }
  }
}
