import RapportLanguageServer

/// Where the cursor is in front-matter YAML: on a key of some mapping, or on a value of a key.
struct YAMLSpot: Equatable {
  enum Role: Equatable {
    case key, value
  }

  var role: Role
  /// The keys of the mappings around the one the cursor is in, top first: `[]` at the top,
  /// `["scores"]` inside `scores`, `["contacts"]` inside a roster entry.
  var path: [String]
  /// For a value, its key (a list's key for each of its items); nil on a key.
  var key: String?
  /// 1-based line.
  var line: Int
  /// 1-based scalar column where the key or value under the cursor starts (after any quote).
  var start: Int
  /// The column just after it ends, which may lie past the cursor.
  var end: Int
  /// What is written from `start` up to the cursor.
  var typed: String
  /// The whole key or value under the cursor.
  var item: String

  /// The text typed so far, as a range ending at `cursor`.
  func typedRange(to cursor: TextLocation) -> TextRange {
    TextRange(start: TextLocation(line: line, column: start), end: cursor)
  }

  /// The whole key or value.
  var itemRange: TextRange {
    TextRange(
      start: TextLocation(line: line, column: start), end: TextLocation(line: line, column: end))
  }
}
