import RapportSystem

extension Rule {
  /// A contact one slip away from someone on the roster: almost surely a typo.
  public static let noteContactMisspelled = Rule(
    "note.contact.misspelled", .error,
    "The `contact` is not on the roster but is one slip away from someone who is; a typo would count a phantom person.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-do")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Refuses a contact who is a typing slip away from someone on the roster (or our team): counted
/// as written, they would be a phantom person.
enum NoteContactMisspelled: NoteCheck {
  static let rule = Rule.noteContactMisspelled

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard let (written, place, names) = unknownContact(of: note, in: context),
      let intended = intended(written.value, among: names)
    else { return [] }
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "contact `\(written.value)` is not on \(place); did you mean `\(intended)`? (add them to the roster if they are someone else)"
      )
    ]
  }

  /// The note's contact when the account has a roster and they are not on it (nor our team, for
  /// internal notes), with where they were looked for and the ids and names there.
  static func unknownContact(
    of note: ParsedNote, in context: NoteContext
  ) -> (written: Located<String>, place: String, names: [String])? {
    guard context.hasProfile else { return nil }
    let side = note.interviewSide
    guard let written = note.contact, !context.person(written.value, side: side).isKnown else {
      return nil
    }
    let (place, names) = context.directory(for: side)
    return (written, place, names)
  }

  /// The id or name `written` is one slip away from, if any.
  static func intended(_ written: String, among names: [String]) -> String? {
    guard let closest = Suggestion.closest(to: written, among: names),
      Suggestion.isNearMiss(written, closest)
    else { return nil }
    return closest
  }
}
