import RapportMarkdown

/// Maps each scalar of a text node's literal to the source column it was written at.
///
/// cmark merges the text around backslash escapes and entities into one literal, so past the first
/// of those a literal offset is no longer a source offset; this walks literal and source together.
struct SourceAlignment {
  /// How a literal scalar was written in the source.
  enum Origin {
    case plain, escaped, entity
  }

  /// Source column (1-based, in scalars) of each literal scalar, up to where the two stop matching.
  private(set) var columns: [Int] = []
  /// How each literal scalar in `columns` was written.
  private(set) var origins: [Origin] = []

  /// Aligns `literal` with `line` from `start` (an index in `line`), which is at scalar `column`.
  init(literal: Substring, line: Substring, from start: String.Index, column: Int) {
    let source = line.unicodeScalars
    let text = Array(literal.unicodeScalars)
    var index = start
    var current = column
    var offset = 0
    while offset < text.count, index < source.endIndex {
      let scalar = source[index]
      let next = source.index(after: index)
      if scalar == "\\", next < source.endIndex, Self.isEscapable(source[next]),
        text[offset] == source[next]
      {
        columns.append(current)
        origins.append(.escaped)
        offset += 1
        index = source.index(after: next)
        current += 2
      } else if scalar == "&", let (end, length, decoded) = Self.entity(in: line, at: index),
        text[offset...].starts(with: decoded)
      {
        for _ in decoded {
          columns.append(current)
          origins.append(.entity)
        }
        offset += decoded.count
        index = end
        current += length
      } else if scalar == text[offset] {
        columns.append(current)
        origins.append(.plain)
        offset += 1
        index = next
        current += 1
      } else {
        break  // the source no longer spells the literal (should not happen); stop mapping here
      }
    }
  }

  /// ASCII punctuation, which a backslash escapes in CommonMark.
  static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
  }

  /// The entity starting at `index`: where it ends, its length in scalars, and what it decodes to.
  static func entity(
    in line: Substring, at index: String.Index
  ) -> (end: String.Index, length: Int, decoded: [Unicode.Scalar])? {
    let source = line.unicodeScalars
    var end = source.index(after: index)
    var length = 1
    while end < source.endIndex, length <= 40 {
      let scalar = source[end]
      length += 1
      end = source.index(after: end)
      if scalar == ";" { break }
      guard scalar.isASCII,
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#"
      else { return nil }
    }
    guard length > 2, source[source.index(before: end)] == ";" else { return nil }
    let name = line[index..<end]
    guard let decoded = numeric(name) ?? Markdown.decodeEntity(name) else { return nil }
    return (end, length, Array(decoded.unicodeScalars))
  }

  /// `&#35;` or `&#x23;` decoded as CommonMark does (invalid or zero code points give U+FFFD).
  static func numeric(_ entity: Substring) -> String? {
    guard entity.hasPrefix("&#") else { return nil }
    var digits = entity.dropFirst(2).dropLast()
    var radix = 10
    if digits.first == "x" || digits.first == "X" {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.count <= (radix == 10 ? 7 : 6),
      let value = UInt32(digits, radix: radix)
    else { return nil }
    return String(Unicode.Scalar(value).flatMap { value == 0 ? nil : $0 } ?? "\u{FFFD}")
  }
}

/// A position in the body's source lines that moves forward cheaply, so mapping many text nodes of
/// one long line stays linear.
struct LineCursor {
  private var lineNumber = 0
  private var column = 1
  private var index: String.Index? = nil
  private var line: Substring = ""

  /// The line `number` and the index of scalar `target` (1-based) in it, or nil past its end.
  mutating func seek(
    line number: Int, column target: Int, in document: MarkdownDocument
  ) -> (line: Substring, index: String.Index)? {
    if number != lineNumber || target < column || index == nil {
      guard let text = document.sourceLine(number) else { return nil }
      lineNumber = number
      line = text
      column = 1
      index = text.startIndex
    }
    guard var position = index else { return nil }
    let scalars = line.unicodeScalars
    while column < target, position < scalars.endIndex {
      position = scalars.index(after: position)
      column += 1
    }
    index = position
    return column == target ? (line, position) : nil
  }
}
