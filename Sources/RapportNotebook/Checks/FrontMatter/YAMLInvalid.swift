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
  /// What likely went wrong in a note's front matter, from its text: YAML's own message names a
  /// symptom away from the cause.
  static func hint(_ yaml: Substring) -> String {
    let lines = TextLines.split(yaml)
    // `themes: [#price]`: the `#` starts a comment, and the list is left open.
    if lines.contains(where: { line in
      let trimmed = line.drop { $0 == " " }
      return (trimmed.hasPrefix("themes:") || trimmed.hasPrefix("reasons:"))
        && (trimmed.contains("[#") || trimmed.contains(", #"))
    }) {
      return
        "; in YAML a `#` after `[` or a space starts a comment: write themes without it, such as [price]"
    }
    // A `# Heading` is a YAML comment: text after one means the front matter ran into the body.
    if let heading = lines.firstIndex(where: isHeading),
      lines[(heading + 1)...].contains(where: isProse)
    {
      return
        "; the front matter runs into the note's text (a `#` heading, then prose): is its closing `---` missing?"
    }
    return ""
  }

  /// Whether a line is written like a Markdown heading: one to six `#`, a space, then text.
  static func isHeading(_ line: Substring) -> Bool {
    let hashes = line.prefix { $0 == "#" }.count
    return (1...6).contains(hashes) && line.dropFirst(hashes).first == " "
  }

  /// Whether a line reads as prose rather than YAML: not blank, not indented, not a list item,
  /// comment or `key:`.
  static func isProse(_ line: Substring) -> Bool {
    guard let first = line.first, first != " ", first != "\t", first != "-", first != "#" else {
      return false
    }
    let key = line.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    let rest = line.dropFirst(key.count)
    return key.isEmpty || !(rest.hasPrefix(": ") || rest == ":")
  }

  /// The error for `error`, raised parsing `yaml` whose first line is file line `firstLine`; with
  /// a hint at the likely cause when it is a note's front matter (`isNote`).
  static func diagnostic(
    for error: any Error, yaml: Substring, firstLine: Int, file: String, isNote: Bool = false
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
      if isNote { message += hint(yaml) }
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
