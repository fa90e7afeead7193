import RapportSystem

extension Rule {
  /// An interview type not listed in `types`.
  public static let noteTypeUnknown = Rule(
    "note.type.unknown", .error, "The `type` is not one of the interview types in `rapport.yml`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("type: winloss")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("type: relationship")])
}

/// Checks that a note's `type` is one of the interview types in `rapport.yml`.
enum NoteTypeUnknown: NoteCheck {
  static let rule = Rule.noteTypeUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let types = context.settings.types
    guard let written = note.type, !types.contains(written.value) else { return [] }
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "type `\(written.value)` is not one of \(types.joined(separator: ", "))"
          + Suggestion.didYouMean(written.value, among: types))
    ]
  }
}
