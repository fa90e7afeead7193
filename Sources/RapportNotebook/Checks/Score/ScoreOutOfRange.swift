extension Rule {
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
}

/// Checks that every score on a known scale is within its range, and NPS scores are whole.
enum ScoreOutOfRange: NoteCheck {
  static let rule = Rule.scoreOutOfRange

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    note.scores.compactMap { score in
      guard let scale = context.settings.scale(named: score.scale.value) else { return nil }
      let value = score.value.value
      let text = Located(NumberText.plain(value), at: score.value.position)
      if value < scale.minimum || value > scale.maximum {
        return Diagnostic(
          rule, file: note.file, underlining: text,
          "\(scale.name) score \(text.value) is outside \(NumberText.plain(scale.minimum))-\(NumberText.plain(scale.maximum))"
        )
      }
      if scale.isNPS && value != value.rounded() {
        return Diagnostic(
          rule, file: note.file, underlining: text,
          "NPS scores are whole numbers 0-10, not \(text.value)")
      }
      return nil
    }
  }
}
