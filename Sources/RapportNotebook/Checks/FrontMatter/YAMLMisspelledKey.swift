import RapportSystem

extension Rule {
  /// A misspelled key that leaves a required key missing: one error at the misspelling.
  public static let yamlMisspelledKey = Rule(
    "yaml.misspelled-key", .error,
    "A misspelled key leaves a required key missing (`interviwer:` for `interviewer:`): one error at the misspelling, not a missing-key error.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviwer: Sam Lee\ncontact: jane-doe")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")
    ])
}

/// Catches an unknown key that is the misspelling of a required key the mapping lacks, so the
/// reader says once, at the misspelled line, what would otherwise be an error about a missing key
/// at the top of the file and a warning about an unknown one.
enum YAMLMisspelledKey {
  /// A mapping's required keys that are still missing, and what becomes of it without each.
  struct Missing {
    /// Required key → what happens without it ("the note is left out of reports").
    private(set) var keys: [(key: String, consequence: String)]
    /// Required keys found misspelled.
    private(set) var found: Set<String> = []

    init(_ keys: [(key: String, consequence: String)]) { self.keys = keys }

    /// The error for unknown key `key` when it is meant as one of the missing keys (by its
    /// spelling, or as one of `synonyms`), else nil; that key then counts as found.
    mutating func check(
      _ key: Located<String>, known: [String], synonyms: [String: String] = [:], file: String
    ) -> Diagnostic? {
      guard !keys.isEmpty else { return nil }
      guard let meant = synonyms[key.value] ?? Suggestion.closest(to: key.value, among: known),
        let index = keys.firstIndex(where: { $0.key == meant })
      else { return nil }
      let consequence = keys.remove(at: index).consequence
      found.insert(meant)
      return Diagnostic(
        .yamlMisspelledKey, file: file, underlining: key,
        "`\(key.value)` is not a key; did you mean `\(meant)`? Without it \(consequence)")
    }
  }
}
