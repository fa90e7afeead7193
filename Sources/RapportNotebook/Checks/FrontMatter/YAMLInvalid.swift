import RapportMarkdown
import Yams

extension Rule {
  /// YAML that does not parse.
  public static let yamlInvalid = Rule(
    "yaml.invalid", .error,
    "The YAML does not parse; the position is YAML's own, mapped to the file line.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting, automation")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting, automation]")])
}

/// Turns a YAML parse error into a diagnostic at the file line and column it names.
enum YAMLInvalid {
  /// What likely went wrong, from the text: YAML's own message names a symptom far from it.
  static func hint(_ yaml: Substring) -> String {
    let lines = TextLines.split(yaml)
    // A `# Heading` line is a YAML comment: front matter that holds one ran into the body.
    if lines.contains(where: { line in
      let hashes = line.prefix { $0 == "#" }.count
      return (1...6).contains(hashes) && line.dropFirst(hashes).first == " "
    }) {
      return
        "; the front matter runs into the note's text (a `#` heading): is its closing `---` missing?"
    }
    if lines.contains(where: { $0.contains("[#") || $0.contains(", #") }) {
      return
        "; in YAML a `#` after `[` or a space starts a comment: write themes without it, such as [price]"
    }
    return ""
  }

  /// The error for `error`, raised parsing `yaml` whose first line is file line `firstLine`.
  static func diagnostic(
    for error: any Error, yaml: Substring, firstLine: Int, file: String
  ) -> Diagnostic {
    switch error as? YamlError {
    case .scanner(let context, let problem, let mark, _)?,
      .parser(let context, let problem, let mark, _)?,
      .composer(let context, let problem, let mark, _)?:
      var at = SourcePosition(line: mark.line + firstLine - 1, column: mark.column)
      // libyaml ends the stream with a line break of its own, so a problem at the end of a text
      // without a final one would point past the last line: point at the end of that line.
      let lines = TextLines.split(yaml)
      if mark.line > lines.count, let last = lines.last, let end = yaml.utf8.last, end != 0x0A,
        end != 0x0D
      {
        at = SourcePosition(
          line: lines.count + firstLine - 1, column: last.unicodeScalars.count + 1)
      }
      var message = "invalid YAML: \(problem)"
      if let context { message += " (\(context.text.trimming(" \n")))" }
      let line = TextLines.split(yaml).dropFirst(mark.line - 1).first ?? ""
      if line.hasPrefix("\t") || line.drop(while: { $0 == " " }).hasPrefix("\t") {
        message += "; YAML does not allow tabs for indentation: use spaces"
      }
      message += hint(yaml)
      return Diagnostic(.yamlInvalid, file: file, at: at, message)
    case .reader(let problem, let offset, _, _)?:
      let before = yaml.utf8.prefix(offset ?? 0)
      let line = before.filter { $0 == 0x0A }.count
      return Diagnostic(
        .yamlInvalid, file: file, at: SourcePosition(line: firstLine + line, column: 1),
        "invalid YAML: \(problem)")
    default:
      return Diagnostic(
        .yamlInvalid, file: file, at: SourcePosition(line: firstLine, column: 1),
        "invalid YAML: \(error)")
    }
  }
}
