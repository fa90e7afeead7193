/// A parsed note read against its account, as `check` reads it: every problem found and, when
/// none is an error, the interview it records.
///
/// The loader reads every note this way, and so does the editor service for a note's unsaved
/// text, so both report the same diagnostics for the same words.
public struct CheckedNote: Sendable {
  /// The file's own problems, then what the checks found against the account; withheld (no
  /// words quoted) for a confidential note.
  public var diagnostics: [Diagnostic]
  /// The interview, when no diagnostic is an error.
  public var interview: Interview?
  /// Whether the note is, or while its front matter does not read is treated as, confidential.
  public var confidential: Bool

  /// Checks `parsed` against `context` and resolves it when it has no errors.
  public init(_ parsed: ParsedNote, in context: NoteContext) {
    // A confidential note is read with the words the account already knows put back; what the
    // checks say about it is withheld like its words.
    let readable = context.unsealed(parsed)
    var found = NoteChecks.diagnostics(for: readable, in: context)
    if readable.confidential {
      found = found.map {
        $0.withheld(assumed: readable.confidentialAssumed, marked: readable.confidentialMarked)
      }
    }
    diagnostics = parsed.diagnostics + found
    var usable = !diagnostics.contains { $0.severity == .error }
    // A note that records nothing heard is left out as a broken one is, with a warning.
    if usable,
      let unfilled = NoteUnfilled.check(readable, tellBackTag: context.settings.tellBackTag)
    {
      // Its empty scores are part of what is not written yet: one warning says it all.
      diagnostics.removeAll { $0.rule == Rule.scoreEmpty.id }
      diagnostics.append(
        readable.confidential
          ? unfilled.withheld(
            assumed: readable.confidentialAssumed, marked: readable.confidentialMarked)
          : unfilled)
      usable = false
    }
    interview = usable ? NoteResolver.interview(from: readable, in: context) : nil
    confidential = parsed.confidential
  }
}
