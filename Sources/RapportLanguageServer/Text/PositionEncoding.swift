/// How an LSP position's `character` counts: UTF-16 code units (LSP's default) or UTF-8 bytes.
enum PositionEncoding: String, Sendable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"

  /// UTF-8 when the client offers it (it matches how documents are stored), else UTF-16, which
  /// every client supports.
  static func negotiate(offered: [String]) -> PositionEncoding {
    offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
  }

  /// Code units of this encoding taken by a scalar whose UTF-8 form is `utf8Length` bytes.
  func units(forUTF8Length utf8Length: Int) -> Int {
    switch self {
    case .utf8: return utf8Length
    case .utf16: return utf8Length == 4 ? 2 : 1
    }
  }
}

/// A position as LSP sends it: 0-based line and 0-based character offset in the negotiated
/// encoding's code units.
struct LSPPosition: Hashable, Sendable {
  /// 0-based line.
  var line: Int
  /// 0-based offset in code units of the negotiated encoding.
  var character: Int

  init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  /// Reads `{line, character}`; negative numbers become 0.
  init?(_ json: JSON) {
    guard let line = json["line"]?.intValue, let character = json["character"]?.intValue else {
      return nil
    }
    self.init(line: max(0, line), character: max(0, character))
  }

  var json: JSON { ["line": .integer(line), "character": .integer(character)] }
}

/// A range as LSP sends it: `end` is exclusive.
struct LSPRange: Hashable, Sendable {
  var start: LSPPosition
  var end: LSPPosition

  init(start: LSPPosition, end: LSPPosition) {
    self.start = start
    self.end = end
  }

  init?(_ json: JSON) {
    guard let start = json["start"].flatMap(LSPPosition.init),
      let end = json["end"].flatMap(LSPPosition.init)
    else { return nil }
    self.init(start: start, end: end)
  }

  var json: JSON { ["start": start.json, "end": end.json] }
}
