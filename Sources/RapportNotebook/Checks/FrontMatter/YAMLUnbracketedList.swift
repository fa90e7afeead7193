extension Rule {
  /// A list written as one value with commas, which YAML reads as a single value.
  public static let yamlUnbracketedList = Rule(
    "yaml.unbracketed-list", .error,
    "A list is written as one value with commas, which YAML reads as a single value; brackets make it a list (`[a, b]`).",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: support, reporting")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [support, reporting]")])
}

/// Catches a list-valued key (`themes`, `attendees`, `reasons`, `levels`…) written without
/// brackets: `a, b` is one YAML value, so it would be read as one odd theme, person or level.
enum YAMLUnbracketedList {
  /// The error for `text`, a plain (unquoted) single value under list key `key`, when it holds
  /// commas, showing the list it was probably meant to be; else nil.
  static func check(_ text: Located<String>, key: Located<String>, file: String) -> Diagnostic? {
    guard text.value.contains(",") else { return nil }
    let items = text.value.split(separator: ",").map { $0.trimming(" \t") }.filter { !$0.isEmpty }
    guard !items.isEmpty else { return nil }
    let list = "[" + items.joined(separator: ", ") + "]"
    return Diagnostic(
      .yamlUnbracketedList, file: file, underlining: text,
      "`\(key.value): \(text.value)` is one value, not a list; write `\(key.value): \(list)`")
  }
}
