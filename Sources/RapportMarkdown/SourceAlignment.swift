/// Where each scalar of a text node's literal is written in the file, and how.
///
/// cmark merges the text around backslash escapes and entities into one literal, so past the first
/// of those a literal offset is no longer a source offset; this walks literal and source together.
public struct SourceAlignment: Sendable {
  /// How a literal scalar is written in the source.
  public enum Origin: Sendable {
    /// As itself.
    case plain
    /// After a backslash, such as `\#`.
    case escaped
    /// As an entity, such as `&#35;` or `&num;`.
    case entity
  }

  /// Where the literal's first scalar is written.
  public let start: SourcePosition
  /// Source column (1-based, in scalars) of each literal scalar, up to where the two stop matching;
  /// empty when the literal is written as is.
  private var columns: [Int] = []
  /// How each scalar in `columns` is written.
  private var origins: [Origin] = []

  /// Aligns `literal`, the text of text node `node` of `document`, with its source line.
  ///
  /// `cursor` keeps its place in the source lines from one call to the next, so aligning each text
  /// node of a long line in turn stays linear.
  public init(
    of literal: Substring, node: Int, in document: MarkdownDocument, cursor: inout LineCursor
  ) {
    start = document.nodes[node].start
    // Usually the literal is written as is: check that on bytes first (on an ASCII line, columns
    // are byte offsets).
    if document.isASCII(line: start.line),
      document.line(start.line, holds: literal, atByte: start.column - 1)
    {
      return
    }
    guard let (line, index) = cursor.seek(line: start.line, column: start.column, in: document)
    else { return }
    let offset = line.utf8.distance(from: line.startIndex, to: index)
    if Self.bytes(of: literal, areIn: line, atByte: offset) { return }
    align(literal, line: line, from: index)
  }

  /// Where scalar `offset` (0-based) of the literal is written, and how.
  ///
  /// Past the scalars that could be mapped, scalars count as plain, one column each from the start.
  public func location(ofScalar offset: Int) -> (position: SourcePosition, origin: Origin) {
    guard offset < columns.count else {
      return (SourcePosition(line: start.line, column: start.column + offset), .plain)
    }
    return (SourcePosition(line: start.line, column: columns[offset]), origins[offset])
  }

  /// Walks `literal` and `line` together from `index` (the literal's start in `line`).
  private mutating func align(_ literal: Substring, line: Substring, from index: String.Index) {
    let source = line.unicodeScalars
    let text = Array(literal.unicodeScalars)
    var index = index
    var current = start.column
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

  /// Whether `line` holds exactly the bytes of `text` starting at byte `offset` (a memcmp).
  static func bytes(of text: Substring, areIn line: Substring, atByte offset: Int) -> Bool {
    var text = text
    var line = line
    return line.withUTF8 { source in text.withUTF8 { source.holds($0, at: offset) } }
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
