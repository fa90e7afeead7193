import RapportMarkdown

extension Rule {
  /// A note or profile without front matter on its first line.
  public static let frontMatterMissing = Rule(
    "front-matter.missing", .error,
    "The file does not start with a `---` line opening YAML front matter.",
    triggering: [RuleCatalog.exampleNote: "\n" + RuleCatalog.note("")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("")])
}

/// Words the error for a file whose first line does not open front matter, with a hint when it
/// looks like it meant to.
enum FrontMatterMissing {
  /// The error for `text`, whose first line (without its ending) is `firstLine`.
  static func diagnostic(firstLine: Substring, text: String, file: String) -> Diagnostic {
    Diagnostic(
      .frontMatterMissing, file: file, at: SourcePosition(line: 1, column: 1),
      "no front matter: the file must start with a `---` line, then YAML, then a closing `---`"
        + (hint(firstLine: firstLine, text: text).map { "; \($0)" } ?? ""))
  }

  /// Why a file whose first line is not `---` may still have meant to open front matter.
  static func hint(firstLine: Substring, text: String) -> String? {
    let trimmed = firstLine.trimmingTrailingBlanks
    if trimmed == "+++" {
      return "TOML front matter (+++) is not supported; write YAML between --- lines"
    }
    if trimmed.count > 3, trimmed.allSatisfy({ $0 == "-" }) {
      return
        "the first line has \(trimmed.count) dashes; front matter opens with exactly three (---)"
    }
    if trimmed.drop(while: { $0 == " " || $0 == "\t" }) == "---" {
      return "the opening --- is indented; it must start at the first column"
    }
    if trimmed.isEmpty {
      let lines = TextLines.split(text[...]).prefix(20)
      if let first = lines.firstIndex(where: { !$0.trimmingTrailingBlanks.isEmpty }),
        lines[first].trimmingTrailingBlanks == "---"
      {
        return
          "the --- on line \(first + 1) must be the file's first line; remove the blank lines above it"
      }
    }
    return nil
  }
}
