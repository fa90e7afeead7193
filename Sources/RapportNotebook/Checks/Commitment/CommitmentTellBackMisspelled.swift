import RapportSystem

extension Rule {
  /// A tag that looks like the tell-back tag but is not it.
  public static let commitmentTellBackMisspelled = Rule(
    "commitment.tell-back.misspelled", .warning,
    "A `#tag` looks like the tell-back tag (`#tell-back` unless `tell_back_tag` says otherwise) but is not it: it counts as a theme, and its promise does not count as telling the customer what we learned.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Tell Jane what we heard @sam due:2026-04-01 #tellback\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Tell Jane what we heard @sam due:2026-04-01 #tell-back\n")
    ])
}

/// Warns about a tag one slip from the tell-back tag (`#tellback`, `#tell_back`, `#tel-back`):
/// silently, it would leave the interview without a tell-back and show the customer a theme.
enum CommitmentTellBackMisspelled: NoteCheck {
  static let rule = Rule.commitmentTellBackMisspelled

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let tag = context.settings.tellBackTag
    let codebook = Set(context.settings.themes.flatMap { [$0.name] + $0.aliases })
    var seen = Set<String>()
    return note.body.tags.compactMap { found in
      let word = found.value
      guard word != tag, !codebook.contains(word),
        Suggestion.squeezed(word) == Suggestion.squeezed(tag) || Suggestion.isNearMiss(word, tag),
        seen.insert(word).inserted
      else { return nil }
      return Diagnostic(
        rule, file: note.file, underlining: Located("#" + word, at: found.position),
        "`#\(word)` is not the tell-back tag; did you mean `#\(tag)`? As written it is a theme, and the promise is not counted as telling the customer what we learned"
      )
    }
  }
}
