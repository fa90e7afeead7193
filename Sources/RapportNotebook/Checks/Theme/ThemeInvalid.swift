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
}
