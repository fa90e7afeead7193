import RapportSystem

extension Rule {
  /// A key rapport does not know, usually a typo.
  public static let yamlUnknownKey = Rule(
    "yaml.unknown-key", .warning, "A key rapport does not read; usually a typo, with a suggestion.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("theme: [reporting]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting]")])
}

/// Warns about keys rapport does not read, suggesting the one probably meant.
enum YAMLUnknownKey {
  /// The warning for `key` in `place` (such as "rapport.yml") unless it is one of `known`;
  /// `synonyms` name the key meant by words people often write instead.
  static func check(
    _ key: Located<String>, known: [String], in place: String,
    synonyms: [String: String] = [:], file: String
  ) -> Diagnostic? {
    guard !known.contains(key.value) else { return nil }
    let suggestion =
      synonyms[key.value].map { "; did you mean `\($0)`?" }
      ?? Suggestion.didYouMean(key.value, among: known)
    // Said outright: a misspelled `scores:` drops the scores, which is easy to miss.
    let dropped =
      suggestion.isEmpty ? "; it is not read" : " Its value is not read until the key is fixed."
    return Diagnostic(
      .yamlUnknownKey, file: file, underlining: key,
      "unknown key `\(key.value)` in \(place)\(suggestion)\(dropped)")
  }
}
