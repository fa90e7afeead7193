import RapportMarkdown
import RapportSystem

extension Rule {
  /// A front-matter theme that could not be written as a `#tag`.
  public static let themeInvalid = Rule(
    "theme.invalid", .error,
    "A `themes` entry is not a tag: a letter, then letters, digits, `-`, `_` or `/`.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [customer success]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [customer-success]")])
}

/// Checks that a theme written in front matter could be written as a `#tag` in the body.
enum ThemeInvalid {
  /// The error for `written` when `name` (it lowercased, without `#`) is not a tag name, else nil.
  static func check(_ written: Located<String>, name: String, file: String) -> Diagnostic? {
    guard !TagName.isValid(name) else { return nil }
    let fix = Slug.make(from: name)
    return Diagnostic(
      .themeInvalid, file: file, underlining: written,
      "`\(written.value)` is not a tag: start with a letter, then letters, digits, -, _ or /"
        + (fix.isEmpty ? "" : "; did you mean `\(fix)`?"))
  }

  /// What follows `key:` on its line when it is a YAML comment written like tags (`themes:
  /// #price`), which leaves the key empty; nil otherwise (`themes:  # none yet` is a comment meant
  /// as one). `yaml` starts at file line `firstLine`.
  static func commentedOut(_ key: Located<String>, yaml: Substring, firstLine: Int) -> Substring? {
    guard let line = TextLines.split(yaml).dropFirst(key.position.line - firstLine).first,
      let colon = line.firstIndex(of: ":")
    else { return nil }
    let rest = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
    return rest.first == "#" && rest.dropFirst().first?.isLetter == true ? rest : nil
  }

  /// The error for `key: #theme`, a YAML comment, where a theme was meant.
  static func commented(_ key: Located<String>, comment: Substring, file: String) -> Diagnostic {
    let words = comment.split { $0 == " " || $0 == "," || $0 == "#" }.map(String.init)
    return Diagnostic(
      .themeInvalid, file: file, underlining: key,
      "`\(key.value): \(comment)` is a YAML comment, so no theme is read; write `\(key.value): [\(words.joined(separator: ", "))]`"
    )
  }
}
