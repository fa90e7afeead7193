import RapportSystem

extension Rule {
  /// A tag that looks like the tell-back tag but is not it.
  public static let commitmentTellBackMisspelled = Rule(
    "commitment.tell-back.misspelled", .warning,
    "A promise's `#tag` is one slip from the tell-back tag (`#tell-back` unless `tell_back_tag` says otherwise) but is not it: it counts as a theme, and its promise does not count as telling the customer what we learned.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Tell Jane what we heard @sam due:2026-04-01 #tellback\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Tell Jane what we heard @sam due:2026-04-01 #tell-back\n")
    ])
}

/// Warns about a promise's tag one slip from the tell-back tag (`#tellback`, `#tell_back`,
/// `#tel-back`): silently, it would leave the interview without a tell-back and show the customer
/// a theme. Only tags on promises, and only one edit away (or the same letters): `#call-back` in
/// prose is a theme of its own.
enum CommitmentTellBackMisspelled: NoteCheck {
  static let rule = Rule.commitmentTellBackMisspelled

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let tag = context.settings.tellBackTag
    let codebook = Set(context.settings.themes.flatMap { [$0.name] + $0.aliases })
    var seen = Set<String>()
    return note.body.commitments.flatMap { commitment in
      commitment.tags.compactMap { word -> Diagnostic? in
        guard word != tag, !codebook.contains(word),
          Suggestion.squeezed(word) == Suggestion.squeezed(tag)
            || Suggestion.distance(word, tag) <= 1,
          seen.insert(word).inserted
        else { return nil }
        // Underlined where it is written on the promise's lines, else at the promise.
        let written = note.body.tags.first {
          $0.value == word && $0.position.line >= commitment.position.line
        }
        let at = written.map { Located("#" + word, at: $0.position) }
        let message =
          "`#\(word)` is not the tell-back tag; did you mean `#\(tag)`? As written it is a theme, and the promise is not counted as telling the customer what we learned"
        return at.map { Diagnostic(rule, file: note.file, underlining: $0, message) }
          ?? Diagnostic(rule, file: note.file, at: commitment.position, length: 3, message)
      }
    }
  }
}
