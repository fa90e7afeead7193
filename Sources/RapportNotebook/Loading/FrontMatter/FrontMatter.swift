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
  ///
  /// Lines are found on bytes and only the parts become substrings: every note and profile is
  /// split here.
  static func split(_ text: String) -> Split {
    var copy = text
    let found = copy.withUTF8 { Fences.find(in: $0) }
    let utf8 = text.utf8
    func index(_ offset: Int) -> String.Index { utf8.index(text.startIndex, offsetBy: offset) }
    switch found {
    case .missing(let firstLineEnd):
      return .missing(firstLine: text[..<index(firstLineEnd)])
    case .unclosed:
      return .unclosed
    case .found(let yaml, let body, let bodyFirstLine):
      return .found(
        Parts(
          yaml: text[index(yaml.lowerBound)..<index(yaml.upperBound)], yamlFirstLine: 2,
          body: text[index(body)...], bodyFirstLine: bodyFirstLine))
    }
  }

  /// Where the fences are, in bytes.
  enum Fences {
    /// No opening fence; the first line ends at byte `firstLineEnd` (before its ending).
    case missing(firstLineEnd: Int)
    case unclosed
    /// The YAML's bytes, where the body starts, and the body's first file line.
    case found(yaml: Range<Int>, body: Int, bodyFirstLine: Int)

    /// Finds the fences in `bytes`; lines end at `\n`, `\r\n` or a bare `\r`.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Fences {
      var lineStart = 0
      var lineNumber = 1
      var yamlStart = 0
      while lineStart < bytes.count || lineNumber == 1 {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D {
          lineEnd += 1
        }
        var next = lineEnd
        if next < bytes.count {
          let wasCR = bytes[next] == 0x0D
          next += 1
          if wasCR, next < bytes.count, bytes[next] == 0x0A { next += 1 }
        }
        let fence = fence(bytes, from: lineStart, to: lineEnd)
        if lineNumber == 1 {
          guard fence == .dashes else { return .missing(firstLineEnd: lineEnd) }
          yamlStart = next
        } else if fence != nil {
          return .found(yaml: yamlStart..<lineStart, body: next, bodyFirstLine: lineNumber + 1)
        }
        if next == bytes.count { break }
        lineStart = next
        lineNumber += 1
      }
      return .unclosed
    }

    /// The fence a line is, once trailing spaces and tabs are taken off: `---` or `...`.
    enum Fence { case dashes, dots }

    static func fence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Fence? {
      var end = end
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
      guard end - start == 3 else { return nil }
      let first = bytes[start]
      guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return nil }
      guard bytes[start + 1] == first, bytes[start + 2] == first else { return nil }
      return first == UInt8(ascii: "-") ? .dashes : .dots
    }
  }
}
