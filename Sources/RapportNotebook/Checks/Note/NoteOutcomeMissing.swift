extension Rule {
  /// A win-loss note that does not record how the decision ended.
  public static let noteOutcomeMissing = Rule(
    "note.outcome.missing", .warning, "A win-loss note has no `outcome`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\nreasons: [support]")],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note("type: win-loss\noutcome: won\nreasons: [support]")
    ])
}

/// Checks that a win-loss note says how the decision ended; the warning points at its `type`.
enum NoteOutcomeMissing: NoteCheck {
  static let rule = Rule.noteOutcomeMissing

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard note.interviewType == "win-loss", note.outcome == nil, let type = note.type else {
      return []
    }
    return [
      Diagnostic(
        rule, file: note.file, underlining: type,
        "win-loss note has no `outcome`; add won, lost or no-decision")
    ]
  }
}
