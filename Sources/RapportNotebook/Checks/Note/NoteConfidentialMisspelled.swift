import RapportSystem

extension Rule {
  /// A misspelled `confidential` key: the note's words must not leak while it is fixed.
  public static let noteConfidentialMisspelled = Rule(
    "note.confidential.misspelled", .error,
    "A key looks like a misspelled `confidential`; the note is kept out of reports until it is fixed.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("confidentail: true")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("confidential: true")])
}

/// Catches an unknown key that looks like `confidential`; the reader then treats the note as
/// confidential, so its words cannot leak while the key is fixed.
enum NoteConfidentialMisspelled {
  /// The error for unknown note key `key` when it is a near miss of `confidential`, else nil.
  static func check(_ key: Located<String>, file: String) -> Diagnostic? {
    guard
      key.value.lowercased() == "confidential"
        || Suggestion.closest(to: key.value, among: ["confidential"]) != nil
    else { return nil }
    return Diagnostic(
      .noteConfidentialMisspelled, file: file, underlining: key,
      "`\(key.value)` is not a key; did you mean `confidential`? The note is kept out of reports until this is fixed"
    )
  }
}
