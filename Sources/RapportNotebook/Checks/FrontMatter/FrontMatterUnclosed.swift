import RapportMarkdown

extension Rule {
  /// Front matter that is opened but never closed.
  public static let frontMatterUnclosed = Rule(
    "front-matter.unclosed", .error,
    "The front matter has no closing `---` (or `...`) line, so it is unclear where the body starts.",
    triggering: [
      RuleCatalog.exampleNote:
        "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\n\nNotes.\n"
    ],
    passing: [
      RuleCatalog.exampleNote:
        "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\n---\nNotes.\n"
    ])
}

/// Words the error for front matter with no closing line; the body is then not guessed at.
enum FrontMatterUnclosed {
  /// The error, at the opening `---`.
  static func diagnostic(file: String) -> Diagnostic {
    Diagnostic(
      .frontMatterUnclosed, file: file, at: SourcePosition(line: 1, column: 1), length: 3,
      "front matter opened here is never closed; add a `---` line after the last YAML line")
  }
}
