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

  /// Whether a key looks like `confidential` (a near miss, or a longer word starting
  /// `confiden`) or means it.
  static func means(key: some StringProtocol) -> Bool {
    let lowered = key.lowercased()
    return lowered == "confidential" || synonyms.contains(lowered)
      || lowered.hasPrefix("confiden")
      || Suggestion.closest(to: String(key), among: ["confidential"]) != nil
  }

  /// Whether a value says the note is confidential (`classification: confidential`).
  static func means(value: some StringProtocol) -> Bool {
    let lowered = value.lowercased()
    return lowered == "confidential" || synonyms.contains(lowered)
  }

  /// The error for unknown note key `key` when it is a near miss of `confidential` or means it,
  /// or when its value (`value`, a scalar's text) does, else nil.
  static func check(_ key: Located<String>, value: String? = nil, file: String) -> Diagnostic? {
    guard means(key: key.value) || value.map({ means(value: $0) }) == true else { return nil }
    return Diagnostic(
      .noteConfidentialMisspelled, file: file, underlining: key,
      "`\(key.value)` is not a key; did you mean `confidential`? The note is kept out of reports until this is fixed"
    )
  }
}
