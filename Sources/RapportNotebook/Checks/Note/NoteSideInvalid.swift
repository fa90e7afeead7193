extension Rule {
  /// A side other than external or internal.
  public static let noteSideInvalid = Rule(
    "note.side.invalid", .error, "The `side` is not external or internal.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("side: partner")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("side: external")])
}

/// Checks that a note's `side` is external or internal.
enum NoteSideInvalid: NoteCheck {
  static let rule = Rule.noteSideInvalid

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard let written = note.side, Side(rawValue: written.value) == nil else { return [] }
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "side `\(written.value)` is not external or internal")
    ]
  }
}
