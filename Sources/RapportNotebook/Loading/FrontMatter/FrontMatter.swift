import RapportMarkdown

/// A file split into YAML front matter and Markdown body, by the `---` lines that fence it.
enum FrontMatter {
  /// The front matter and body of a file, with the file lines they start on.
  struct Parts {
    let yaml: Substring
    /// File line of the first YAML line (2).
    let yamlFirstLine: Int
    let body: Substring
    /// File line of the first body line.
    let bodyFirstLine: Int
  }

  /// The result of looking for front matter.
  enum Split {
    case found(Parts)
    /// No opening `---` on the first line; carries a hint when the file looks like it meant one.
    case missing(hint: String?)
    /// An opening `---` with no closing `---` or `...` line.
    case unclosed
  }

  /// Decodes the bytes and splits off the front matter, reporting why when that is impossible.
  static func parts(
    of bytes: UnsafeRawBufferPointer, file: String, limits: Limits,
    diagnostics: inout [Diagnostic]
  ) -> Parts? {
    if let tooLarge = FileTooLarge.check(size: bytes.count, file: file, limits: limits) {
      diagnostics.append(tooLarge)
      return nil
    }
    let source = SourceText(bytes: bytes, file: file)
    diagnostics += source.diagnostics
    guard let text = source.text else { return nil }
    switch split(text) {
    case .found(let parts):
      return parts
    case .missing(let hint):
      diagnostics.append(
        Diagnostic(
          .frontMatterMissing, file: file, at: SourcePosition(line: 1, column: 1),
          "no front matter: the file must start with a `---` line, then YAML, then a closing `---`"
            + (hint.map { "; \($0)" } ?? "")))
    case .unclosed:
      diagnostics.append(
        Diagnostic(
          .frontMatterUnclosed, file: file, at: SourcePosition(line: 1, column: 1), length: 3,
          "front matter opened here is never closed; add a `---` line after the last YAML line"))
    }
    return nil
  }

  /// Splits `text`: an opening `---` on line 1, a closing `---` or `...` line (trailing blanks allowed).
  static func split(_ text: String) -> Split {
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var lineNumber = 1
    var yamlStart: String.Index? = nil
    while lineStart != utf8.endIndex || lineNumber == 1 {
      var lineEnd = lineStart
      while lineEnd != utf8.endIndex, utf8[lineEnd] != 0x0A, utf8[lineEnd] != 0x0D {
        lineEnd = utf8.index(after: lineEnd)
      }
      var next = lineEnd
      if next != utf8.endIndex {
        let wasCR = utf8[next] == 0x0D
        next = utf8.index(after: next)
        if wasCR, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
      }
      let line = text[lineStart..<lineEnd]
      let trimmed = line.trimmingTrailingBlanks
      if lineNumber == 1 {
        guard trimmed == "---" else {
          return .missing(hint: hint(firstLine: line, text: text))
        }
        yamlStart = next
      } else if trimmed == "---" || trimmed == "..." {
        let parts = Parts(
          yaml: text[yamlStart!..<lineStart], yamlFirstLine: 2, body: text[next...],
          bodyFirstLine: lineNumber + 1)
        return .found(parts)
      }
      if next == utf8.endIndex { break }
      lineStart = next
      lineNumber += 1
    }
    return .unclosed
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

extension Substring {
  /// The line without trailing spaces and tabs.
  var trimmingTrailingBlanks: Substring {
    var end = endIndex
    while end > startIndex {
      let previous = index(before: end)
      guard self[previous] == " " || self[previous] == "\t" else { break }
      end = previous
    }
    return self[startIndex..<end]
  }
}
