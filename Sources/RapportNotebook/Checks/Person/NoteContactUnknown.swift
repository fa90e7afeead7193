import RapportSystem

extension Rule {
  /// A contact that is not on the account's roster.
  public static let noteContactUnknown = Rule(
    "note.contact.unknown", .warning,
    "The `contact` is neither an id nor a name on the account's roster (or team, for internal notes); they are counted as a person not on the roster.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: Hank Scorpio")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: Jane Doe")
    ])
}

/// Checks that the person interviewed is on the roster (or our team, for internal notes); a
/// near miss of someone who is there is `note.contact.misspelled` instead.
enum NoteContactUnknown: NoteCheck {
  static let rule = Rule.noteContactUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard let (written, place, names) = NoteContactMisspelled.unknownContact(of: note, in: context),
      NoteContactMisspelled.intended(written.value, among: names) == nil
    else { return [] }
    let suggestion = Suggestion.closest(to: written.value, among: names)
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "contact `\(written.value)` is not on \(place)"
          + (suggestion.map { "; did you mean `\($0)`?" } ?? ""))
    ]
  }
}
