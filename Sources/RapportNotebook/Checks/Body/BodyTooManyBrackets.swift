import RapportMarkdown

extension Rule {
  /// Bodies with more `[` than `limits.max_brackets`.
  public static let bodyTooManyBrackets = Rule(
    "body.too-many-brackets", .error,
    "The body has more `[` outside code blocks than `limits.max_brackets` (10,000 by default).",
    triggering: [
      "rapport.yml": "limits: { max_brackets: 3 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "[a] [b] [c] [d]\n"),
    ],
    passing: [
      "rapport.yml": "limits: { max_brackets: 3 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "[a] [b] [c]\n\n```\n[d]\n```\n"),
    ])
}

/// Words the error for a body the Markdown layer refused for its brackets (`MarkdownLimits`).
enum BodyTooManyBrackets {
  /// The error for the bracket at `position`, the first past the limit.
  static func diagnostic(at position: SourcePosition, file: String, limits: Limits) -> Diagnostic {
    Diagnostic(
      .bodyTooManyBrackets, file: file, at: position,
      "more than \(limits.maxBrackets) `[` outside code blocks (`limits.max_brackets` in rapport.yml); the body is not read"
    )
  }
}
