import RapportSystem

extension Rule {
  /// An attendee who is not on the roster.
  public static let noteAttendeeUnknown = Rule(
    "note.attendee.unknown", .warning, "An `attendees` entry is not on the account's roster.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("attendees: [raj-patell]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("attendees: [raj-patel]")])
}

/// Checks that everyone in `attendees` is on the roster (or our team, for internal notes).
enum NoteAttendeeUnknown: NoteCheck {
  static let rule = Rule.noteAttendeeUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard context.hasProfile else { return [] }
    let side = note.interviewSide
    return note.attendees.compactMap { written in
      guard !context.person(written.value, side: side, isAttendee: true).isKnown else {
        return nil
      }
      let (place, names) = context.directory(for: side)
      return Diagnostic(
        rule, file: note.file, underlining: written,
        "attendee `\(written.value)` is not on \(place)"
          + (Suggestion.closest(to: written.value, among: names).map { "; did you mean `\($0)`?" }
            ?? ""))
    }
  }
}
