import RapportLanguageServer

/// Reads the front-matter line under the cursor far enough to say what is being written there.
///
/// A line-level reader, not a YAML parser: it follows block indentation to the top-level key
/// above, and flow collections (`[a, b]`, `{ nps: 9 }`) and `key: value` pairs on the line
/// itself, which covers what notes, profiles and `rapport.yml` hold while they are being typed.
enum YAMLCursor {
  /// Keys whose values are lists of words, so a `- ` item under them is a value.
  static let wordLists: Set<String> = [
    "attendees", "themes", "reasons", "assumed_reasons", "levels", "types", "aliases",
  ]

  /// The spot at `location`, or nil outside the front matter or in a comment.
  static func spot(in text: EditorText, at location: TextLocation) -> YAMLSpot? {
    guard text.isYAML(line: location.line) else { return nil }
    let line = text.scalars(location.line)
    let cursor = min(max(location.column - 1, 0), line.count)
    var index = 0
    while index < line.count && line[index] == " " { index += 1 }
    let indent = index
    var dashed = false
    while index < line.count, line[index] == "-", index + 1 == line.count || line[index + 1] == " "
    {
      dashed = true
      index += 1
      while index < line.count && line[index] == " " { index += 1 }
    }
    let top = indent > 0 || dashed ? topKey(above: location.line, in: text) : nil
    let base = top.map { [$0] } ?? []
    var scan = LineScan(line: line, start: min(index, cursor))
    guard scan.run(to: cursor) else { return nil }

    var spot = YAMLSpot(
      role: .key, path: base, key: nil, line: location.line, start: scan.tokenStart + 1,
      end: 0, typed: line.text(scan.tokenStart, cursor), item: "")
    if let key = scan.key {
      spot.role = .value
      spot.key = key
      if let owner = scan.innermostMapOwner { spot.path = base + [owner] }
    } else if let list = scan.stack.last, list.bracket == "[" {
      spot.role = .value
      spot.key = list.owner ?? top
      if list.owner == nil { spot.path = [] }
    } else if let map = scan.stack.last {
      if let owner = map.owner { spot.path = base + [owner] }
    } else if dashed, let top, wordLists.contains(top) {
      spot.role = .value
      spot.key = top
      spot.path = []
    }
    let end = itemEnd(in: line, from: scan.tokenStart, cursor: cursor, role: spot.role)
    spot.end = end + 1
    spot.item = line.text(scan.tokenStart, end)
    return spot
  }

  /// The nearest top-level key at or above `line`'s block: the last unindented `key:` line.
  static func topKey(above line: Int, in text: EditorText) -> String? {
    guard let first = text.yamlLines?.lowerBound, line > first else { return nil }
    for number in stride(from: line - 1, through: first, by: -1) {
      let scalars = text.scalars(number)
      guard let head = scalars.first, head != " ", head != "-", head != "#" else { continue }
      guard let colon = scalars.firstIndex(of: ":") else { continue }
      return scalars.text(0, colon).trimmingCharacters(in: " \"'")
    }
    return nil
  }

  /// Where the key or value from `start` ends (0-based, exclusive): a closing quote, a flow
  /// separator, a comment or the line's end, before trailing blanks; a key ends at its colon.
  static func itemEnd(
    in line: [Unicode.Scalar], from start: Int, cursor: Int, role: YAMLSpot.Role
  ) -> Int {
    let quote: Unicode.Scalar? =
      start > 0 && (line[start - 1] == "\"" || line[start - 1] == "'") ? line[start - 1] : nil
    var end = max(start, cursor)
    while end < line.count {
      let scalar = line[end]
      if let quote {
        if scalar == quote { break }
      } else if scalar == "," || scalar == "]" || scalar == "}"
        || (scalar == "#" && end > 0 && line[end - 1] == " ")
        || (role == .key && scalar == ":")
      {
        break
      }
      end += 1
    }
    while end > start && line[end - 1] == " " { end -= 1 }
    return end
  }
}

/// One pass over a YAML line up to the cursor, following quotes, flow collections and keys.
private struct LineScan {
  struct Open {
    /// `[` or `{`.
    var bracket: Unicode.Scalar
    /// The key whose value the collection is, if it is written on this line.
    var owner: String?
  }

  let line: [Unicode.Scalar]
  /// Where the key or value being written starts (0-based).
  var tokenStart: Int
  /// Where the current `key: value` pair starts.
  var pairStart: Int
  /// The key of the pair the cursor is in, once its colon is passed.
  var key: String?
  var stack: [Open] = []
  var quote: Unicode.Scalar?

  init(line: [Unicode.Scalar], start: Int) {
    self.line = line
    tokenStart = start
    pairStart = start
  }

  /// The key owning the innermost `{` on the line, if any.
  var innermostMapOwner: String? { stack.last { $0.bracket == "{" }?.owner }

  /// Scans up to `cursor`; false when the cursor is in a comment.
  mutating func run(to cursor: Int) -> Bool {
    var index = tokenStart
    while index < cursor {
      let scalar = line[index]
      defer { index += 1 }
      if let open = quote {
        if scalar == open { quote = nil }
        continue
      }
      if scalar == " " && index == tokenStart {
        tokenStart += 1
        if key == nil { pairStart = tokenStart }
        continue
      }
      switch scalar {
      case "\"" where index == tokenStart, "'" where index == tokenStart:
        quote = scalar
        tokenStart = index + 1
      case "#" where index == 0 || line[index - 1] == " ":
        return false
      case "[", "{":
        stack.append(Open(bracket: scalar, owner: key))
        restart(at: index + 1)
      case "]", "}":
        _ = stack.popLast()
        restart(at: index + 1)
      case "," where !stack.isEmpty:
        restart(at: index + 1)
      case ":" where key == nil && isKeyColon(at: index, cursor: cursor):
        key = line.text(pairStart, index).trimmingCharacters(in: " \"'")
        tokenStart = index + 1
      default:
        break
      }
    }
    return true
  }

  /// A colon ends a key when a blank, a flow separator, the line's end or the cursor follows.
  private func isKeyColon(at index: Int, cursor: Int) -> Bool {
    let next = index + 1
    guard next < line.count && next != cursor else { return true }
    return line[next] == " " || (!stack.isEmpty && [",", "]", "}"].contains(line[next]))
  }

  private mutating func restart(at index: Int) {
    key = nil
    tokenStart = index
    pairStart = index
  }
}

extension String {
  /// The string without leading and trailing scalars found in `set`.
  func trimmingCharacters(in set: String) -> String {
    let unwanted = Set(set.unicodeScalars)
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, unwanted.contains(first) { scalars = scalars.dropFirst() }
    while let last = scalars.last, unwanted.contains(last) { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
