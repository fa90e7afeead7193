import RapportLanguageServer
import RapportNotebook

/// What the cursor is on, or is typing, in a note's body: an `@owner`, a `#theme`, a `due:` or
/// `done:` date, a date, or a quote's `— speaker`.
struct BodySpot: Equatable {
  enum Kind: Equatable {
    case owner, theme, speaker
    /// The date of a `due:` or `done:` token (the word before the colon, lowercased).
    case commitmentDate(String)
    /// A `YYYY-MM-DD` date anywhere else.
    case date
  }

  var kind: Kind
  /// 1-based line.
  var line: Int
  /// 1-based scalar column where the token starts: its `@` or `#`, the date's first digit, the
  /// speaker's first letter.
  var start: Int
  /// The column just after the token.
  var end: Int
  /// The token from `start` up to the cursor.
  var typed: String
  /// The whole token without its `@` or `#`.
  var word: String

  var range: TextRange {
    TextRange(
      start: TextLocation(line: line, column: start), end: TextLocation(line: line, column: end))
  }
}

/// Finds the token under the cursor on a body line, with the same notion of tags as the loader:
/// a tag starts after the line's start, a blank, or an opening bracket or quote.
enum BodyCursor {
  /// Scalars that may come right before a tag's `#` or an owner's `@`.
  static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "\"", "'", "“", "‘", "«", "<"]

  static func spot(in line: [Unicode.Scalar], lineNumber: Int, column: Int) -> BodySpot? {
    let cursor = min(max(column - 1, 0), line.count)
    if let speaker = speaker(in: line, lineNumber: lineNumber, cursor: cursor) { return speaker }
    var start = cursor
    while start > 0 && isWordScalar(line[start - 1]) { start -= 1 }
    var end = cursor
    while end < line.count && isWordScalar(line[end]) { end += 1 }
    if start > 0, line[start - 1] == "@" || line[start - 1] == "#",
      start == 1 || line[start - 2].properties.isWhitespace || openers.contains(line[start - 2])
    {
      let sigil = line[start - 1]
      // A trailing `/`, `-` or `_` is not part of a tag.
      var wordEnd = end
      while wordEnd > start && ["/", "-", "_"].contains(line[wordEnd - 1]) { wordEnd -= 1 }
      return BodySpot(
        kind: sigil == "@" ? .owner : .theme, line: lineNumber, start: start, end: wordEnd + 1,
        typed: line.text(start - 1, cursor), word: line.text(start, wordEnd).lowercased())
    }
    return date(in: line, lineNumber: lineNumber, cursor: cursor)
  }

  /// A `due:`/`done:` date being written, or any complete date under the cursor.
  private static func date(in line: [Unicode.Scalar], lineNumber: Int, cursor: Int) -> BodySpot? {
    var start = cursor
    while start > 0 && isDateScalar(line[start - 1]) { start -= 1 }
    var end = cursor
    while end < line.count && isDateScalar(line[end]) { end += 1 }
    let spot = BodySpot(
      kind: .date, line: lineNumber, start: start + 1, end: end + 1,
      typed: line.text(start, cursor), word: line.text(start, end))
    for marker in ["due:", "done:"] {
      let count = marker.unicodeScalars.count
      guard start >= count, line.text(start - count, start).lowercased() == marker,
        start == count || line[start - count - 1].properties.isWhitespace
      else { continue }
      var found = spot
      found.kind = .commitmentDate(String(marker.dropLast()))
      return found
    }
    return Day(spot.word) != nil ? spot : nil
  }

  /// The speaker of a quote's attribution line (`> — Name`), once the cursor is past the dash.
  private static func speaker(
    in line: [Unicode.Scalar], lineNumber: Int, cursor: Int
  ) -> BodySpot? {
    var index = 0
    var quoted = false
    while index < line.count && (line[index] == " " || line[index] == ">") {
      quoted = quoted || line[index] == ">"
      index += 1
    }
    guard quoted, index < line.count else { return nil }
    if line[index] == "—" || line[index] == "–" {
      index += 1
    } else if index + 1 < line.count && line[index] == "-" && line[index + 1] == "-" {
      index += 2
    } else {
      return nil
    }
    while index < line.count && line[index] == " " { index += 1 }
    guard cursor >= index else { return nil }
    var end = line.count
    while end > index && line[end - 1].properties.isWhitespace { end -= 1 }
    return BodySpot(
      kind: .speaker, line: lineNumber, start: index + 1, end: max(end, index) + 1,
      typed: line.text(index, cursor), word: line.text(index, end))
  }

  /// Letters, digits and the joiners a tag or handle may hold.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
      || scalar == "_" || scalar == "/"
  }

  private static func isDateScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || scalar == "-"
  }
}
