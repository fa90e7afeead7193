import RapportDriver
import RapportMarkdown
import RapportNotebook
import RapportRendering
import RapportSystem

/// Prints diagnostics as a compiler does, as GitHub Actions annotations, or as JSON.
struct DiagnosticPrinter {
  /// Output formats of `check`.
  enum Format: String, CaseIterable, Sendable {
    case text, github, json
  }

  let format: Format
  let paths: DisplayPath
  /// The notebook root on disk, to read the lines shown under each diagnostic.
  let root: String
  let color: Bool
  /// Diagnostics printed per file in text form before the rest are counted instead (0: no limit).
  var perFile = DiagnosticPrinter.defaultPerFile

  /// Keeps a note with thousands of problems from burying the others (and from slow snippets).
  static let defaultPerFile = 50

  /// The diagnostics, formatted; JSON includes `summary`.
  func render(_ diagnostics: [Diagnostic], summary: CheckSummary) -> String {
    switch format {
    case .text:
      return text(diagnostics) + summary.line(color: color) + "\n"
    case .github:
      return diagnostics.map(github).joined()
    case .json:
      return JSONValue.object([
        ("diagnostics", .array(diagnostics.map(json))),
        ("summary", summary.json),
      ]).rendered()
    }
  }

  /// Diagnostics sorted by file as text, at most `perFile` per file; the rest are counted by rule.
  func text(_ diagnostics: [Diagnostic]) -> String {
    var lines = SourceLines(root: root)
    var result = ""
    var start = 0
    while start < diagnostics.count {
      let file = diagnostics[start].file
      var end = start
      while end < diagnostics.count, diagnostics[end].file == file { end += 1 }
      let shown = perFile > 0 ? min(end, start + perFile) : end
      for diagnostic in diagnostics[start..<shown] { result += text(diagnostic, lines: &lines) }
      if shown < end { result += hidden(diagnostics[shown..<end], file: file) }
      start = end
    }
    return result
  }

  /// One line counting diagnostics left out of a file's listing, by rule.
  func hidden(_ diagnostics: ArraySlice<Diagnostic>, file: String) -> String {
    var counts: [String: Int] = [:]
    for diagnostic in diagnostics { counts[diagnostic.rule, default: 0] += 1 }
    let rules = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    let location = paint(TerminalText.line(paths.display(diagnostics.first!.location)) + ":", .bold)
    return
      "\(location) note: \(diagnostics.count) more in this file not shown (\(rules)); "
      + "`rapport check --max-per-file 0` lists them all\n"
  }

  /// `path:line:col: severity: message [rule]` and a caret snippet.
  func text(_ diagnostic: Diagnostic, lines: inout SourceLines) -> String {
    let location =
      TerminalText.line(paths.display(diagnostic.location))
      + (diagnostic.position.map { ":\($0.line):\($0.column)" } ?? "")
    let severity =
      diagnostic.severity == .error ? paint("error:", .red) : paint("warning:", .yellow)
    var result =
      "\(paint(location + ":", .bold)) \(severity) \(TerminalText.line(diagnostic.message)) \(paint("[\(diagnostic.rule)]", .dim))\n"
    // A confidential note's lines are never shown: its path, position and rule are enough.
    if let position = diagnostic.position, !diagnostic.withholdsSource,
      let path = diagnostic.location.notebookPath, let line = lines.line(position.line, in: path)
    {
      result += Self.snippet(
        line: line, position: position, length: diagnostic.length, caret: { paint($0, .green) })
    }
    return result
  }

  /// The source line with a caret under the column, shortened around it when long.
  static func snippet(
    line: Substring, position: SourcePosition, length: Int, caret: (String) -> String
  ) -> String {
    var scalars = Array(line.unicodeScalars.map { $0 == "\t" ? " " : $0 })
    var column = max(1, min(position.column, scalars.count + 1))
    if scalars.count > 160 {
      let start = max(0, column - 80)
      let end = min(scalars.count, start + 160)
      scalars = Array(scalars[start..<end])
      column -= start
    }
    let number = String(position.line)
    let gutter = String(repeating: " ", count: number.count)
    // Control characters print wider once made visible: measure the caret on the shown text.
    func shown(_ part: ArraySlice<Unicode.Scalar>) -> String {
      var text = String.UnicodeScalarView()
      text.append(contentsOf: part)
      return TerminalText.safe(String(text))
    }
    let end = min(scalars.count, column - 1 + max(1, length))
    let before = shown(scalars[..<(column - 1)]).unicodeScalars.count
    let width = max(1, shown(scalars[(column - 1)..<max(column - 1, end)]).unicodeScalars.count)
    let underline = "^" + String(repeating: "~", count: width - 1)
    return
      " \(number) | \(shown(scalars[...]))\n \(gutter) | \(String(repeating: " ", count: before))\(caret(underline))\n"
  }

  /// One GitHub Actions workflow command.
  func github(_ diagnostic: Diagnostic) -> String {
    var properties =
      "file=\(Self.escapeProperty(TerminalText.safe(paths.display(diagnostic.location))))"
    if let position = diagnostic.position {
      properties += ",line=\(position.line),col=\(position.column)"
    }
    properties += ",title=\(Self.escapeProperty(diagnostic.rule))"
    let kind = diagnostic.severity == .error ? "error" : "warning"
    return "::\(kind) \(properties)::\(Self.escapeData(TerminalText.safe(diagnostic.message)))\n"
  }

  func json(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("file", .string(paths.display(diagnostic.location))),
      ("line", diagnostic.position.map { .integer($0.line) } ?? .null),
      ("column", diagnostic.position.map { .integer($0.column) } ?? .null),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("rule", .string(diagnostic.rule)),
      ("message", .string(diagnostic.message)),
    ])
  }

  static func escapeData(_ text: String) -> String {
    text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
  }

  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }

  private func paint(_ text: String, _ style: Style) -> String {
    color ? style.rawValue + text + Style.reset.rawValue : text
  }
}

/// Counts shown in the last line of `check`.
struct CheckSummary {
  var notes: Int
  var accounts: Int
  var errors: Int
  var warnings: Int
  /// With `--changed` or `--staged`: how many changed files the diagnostics were limited to.
  var changed: Int? = nil

  func line(color: Bool) -> String {
    let limited = changed.map { " (reporting on \($0) changed file\($0 == 1 ? "" : "s"))" } ?? ""
    return
      "checked \(notes) note\(notes == 1 ? "" : "s") in \(accounts) account\(accounts == 1 ? "" : "s")\(limited): "
      + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
  }

  var json: JSONValue {
    .object([
      ("notes", .integer(notes)), ("accounts", .integer(accounts)), ("errors", .integer(errors)),
      ("warnings", .integer(warnings)),
    ])
  }
}
