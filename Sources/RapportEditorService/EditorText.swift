import RapportMarkdown

/// An open document's text in lines, as rapport counts them, with its front matter found.
///
/// Lines are 1-based; columns are 1-based Unicode-scalar columns.
struct EditorText {
  let text: String
  let lines: [Substring]
  /// The file lines of the front matter's YAML, between the fences; nil when line 1 is not `---`.
  /// An unclosed front matter runs to the end (while it is being written).
  let yamlLines: ClosedRange<Int>?
  /// The closing `---` or `...` line; nil when there is none.
  let closingLine: Int?

  init(_ text: String) {
    self.text = text
    let lines = TextLines.split(text[...])
    self.lines = lines
    guard let first = lines.first, Self.trimmed(first) == "---" else {
      yamlLines = nil
      closingLine = nil
      return
    }
    let closing = lines.indices.dropFirst().first { index in
      let line = Self.trimmed(lines[index])
      return line == "---" || line == "..."
    }
    closingLine = closing.map { $0 + 1 }
    // Unclosed, the YAML runs on to the empty line after the text, where the next key goes.
    let last = closing ?? lines.count + 1
    yamlLines = last >= 2 ? 2...last : nil
  }

  /// Line `number` (1-based) without its ending; empty past the end.
  func line(_ number: Int) -> Substring {
    number >= 1 && number <= lines.count ? lines[number - 1] : ""
  }

  /// The scalars of line `number`.
  func scalars(_ number: Int) -> [Unicode.Scalar] { Array(line(number).unicodeScalars) }

  /// Whether line `number` is inside the front matter's YAML.
  func isYAML(line number: Int) -> Bool { yamlLines?.contains(number) ?? false }

  /// The line after the front matter's closing fence (where the body starts); 1 without front
  /// matter.
  var bodyFirstLine: Int { closingLine.map { $0 + 1 } ?? (yamlLines == nil ? 1 : lines.count + 1) }

  /// The body after the front matter, as one string.
  var body: Substring {
    guard bodyFirstLine > 1 else { return text[...] }
    guard bodyFirstLine <= lines.count else { return "" }
    return text[lines[bodyFirstLine - 1].startIndex...]
  }

  /// The front matter's YAML text, as one string (empty without front matter).
  var yaml: Substring {
    guard let yamlLines, yamlLines.lowerBound <= lines.count else { return "" }
    let start = lines[yamlLines.lowerBound - 1].startIndex
    let end = lines[min(yamlLines.upperBound, lines.count) - 1].endIndex
    return text[start..<end]
  }

  /// A fence line without trailing spaces and tabs.
  private static func trimmed(_ line: Substring) -> Substring {
    var line = line
    while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
    return line
  }
}

extension Array where Element == Unicode.Scalar {
  /// The scalars from 0-based `start` up to, not including, `end`, as a string.
  func text(_ start: Int, _ end: Int) -> String {
    let lower = Swift.max(0, Swift.min(start, count))
    let upper = Swift.max(lower, Swift.min(end, count))
    var result = ""
    result.unicodeScalars.append(contentsOf: self[lower..<upper])
    return result
  }
}
