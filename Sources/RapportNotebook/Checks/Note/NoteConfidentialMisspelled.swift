import RapportSystem

extension Rule {
  /// A misspelled `confidential` key: the note's words must not leak while it is fixed.
  public static let noteConfidentialMisspelled = Rule(
    "note.confidential.misspelled", .error,
    "A key looks like a misspelled `confidential`, or means it (`private`, `secret`, `restricted`, `sensitive`); the note is kept out of reports until it is fixed.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("confidentail: true")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("confidential: true")])
}

/// Catches an unknown key that looks like `confidential`; the reader then treats the note as
/// confidential, so its words cannot leak while the key is fixed.
enum NoteConfidentialMisspelled {
  /// Keys a writer may use to mean `confidential`: the note is held back as if it said so.
  static let synonyms: Set<String> = ["private", "secret", "restricted", "sensitive"]

  /// The error for unknown note key `key` when it is a near miss of `confidential` or means it,
  /// else nil.
  static func check(_ key: Located<String>, file: String) -> Diagnostic? {
    let lowered = key.value.lowercased()
    guard
      lowered == "confidential" || synonyms.contains(lowered)
        || Suggestion.closest(to: key.value, among: ["confidential"]) != nil
    else { return nil }
    return Diagnostic(
      .noteConfidentialMisspelled, file: file, underlining: key,
      "`\(key.value)` is not a key; did you mean `confidential`? The note is kept out of reports until this is fixed"
    )
  }
}
