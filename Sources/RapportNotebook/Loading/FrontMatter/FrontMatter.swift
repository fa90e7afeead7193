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
    /// No opening `---` on the first line; carries that line, without its ending.
    case missing(firstLine: Substring)
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
    case .missing(let firstLine):
      diagnostics.append(
        FrontMatterMissing.diagnostic(firstLine: firstLine, text: text, file: file))
    case .unclosed:
      diagnostics.append(FrontMatterUnclosed.diagnostic(file: file))
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
          return .missing(firstLine: line)
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
}
