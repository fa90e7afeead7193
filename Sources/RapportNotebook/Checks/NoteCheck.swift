/// A rule that judges a parsed note against its account and the settings.
///
/// Rules that are part of reading a file (encoding, front matter, YAML, dates, limits) are decided
/// and worded in their own files too, and called by the reader at the point they arise.
protocol NoteCheck: Sendable {
  /// The rule the check raises.
  static var rule: Rule { get }

  /// What the rule finds in `note`, read against `context`.
  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic]
}
