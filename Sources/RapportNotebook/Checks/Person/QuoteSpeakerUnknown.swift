import RapportSystem

extension Rule {
  /// A quote attributed to someone not on the roster.
  public static let quoteSpeakerUnknown = Rule(
    "quote.speaker.unknown", .warning,
    "A quote's `— name` attribution is not on the account's roster.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> Reports are slow.\n> — Raj Patil\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> Reports are slow.\n> — Raj Patel\n")
    ])
}

/// Checks that each quote's `— name` attribution is on the roster (or our team, for internal
/// notes). A confidential note keeps no quotes, so its speakers are not checked.
enum QuoteSpeakerUnknown: NoteCheck {
  static let rule = Rule.quoteSpeakerUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    guard !note.confidential, context.hasProfile else { return [] }
    let side = note.interviewSide
    return note.body.quotes.compactMap { quote in
      guard let written = quote.attribution,
        !context.person(written.value, side: side).isKnown
      else { return nil }
      let (place, names) = context.directory(for: side)
      return Diagnostic(
        rule, file: note.file, underlining: written,
        "quote speaker `\(written.value)` is not on \(place)"
          + (Suggestion.closest(to: written.value, among: names).map { "; did you mean `\($0)`?" }
            ?? ""))
    }
  }
}
