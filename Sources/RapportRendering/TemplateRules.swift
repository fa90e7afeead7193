import RapportNotebook

extension Rule {
  /// A template names a value its page does not have (a typo, or a value of another page).
  public static let templateValueUnknown = Rule(
    "template.value.unknown", .warning,
    "A template names a value its page does not have; the tag renders nothing.",
    triggering: [:], passing: [:])

  /// A template inserts a value that may hold a note's words without escaping it.
  public static let templateValueUnescaped = Rule(
    "template.value.unescaped", .warning,
    "A template inserts text that may hold a note's words with `{{{name}}}`, unescaped, in an HTML or Markdown page.",
    triggering: [:], passing: [:])

  /// A report template that does not parse.
  public static let templateInvalid = Rule(
    "template.invalid", .error, "A report template does not parse (an unclosed section or tag).",
    triggering: [:], passing: [:])

  /// A `.mustache` file in a templates folder that rapport does not use.
  public static let templateUnknown = Rule(
    "template.unknown", .warning,
    "A file in the templates folder is not one of rapport's templates (a typo?).",
    triggering: [:], passing: [:])
}
