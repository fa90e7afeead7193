import RapportSystem

extension Rule {
  /// A channel other than in-person, video, phone or email.
  public static let noteChannelUnknown = Rule(
    "note.channel.unknown", .error, "The `channel` is not in-person, video, phone or email.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("channel: zoom")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("channel: video")])
}

/// Checks that a note's `channel` is one rapport knows.
enum NoteChannelUnknown: NoteCheck {
  static let rule = Rule.noteChannelUnknown

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let channels = Settings.channels
    guard let written = note.channel, !channels.contains(written.value) else { return [] }
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "channel `\(written.value)` is not one of \(channels.joined(separator: ", "))"
          + Suggestion.didYouMean(written.value, among: channels))
    ]
  }
}
