/// Keys and the values a line can hold: scalars and one-line flow collections.
extension SimpleYAML.Reader {
  /// A plain key of letters, digits, `_`, `-`, `.`, `/` and inner spaces at `start`, and the byte
  /// offset of the `:` after it (which a space or the line's end must follow).
  func key(line: Int, at start: Int) -> (YAMLNode.Scalar, colon: Int)? {
    let end = lines[line].upperBound
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: ":") { break }
      guard Self.isKeyByte(byte) else { return nil }
      index += 1
    }
    guard index < end, index > start, index - start <= 1000,
      Self.isKeyStart(bytes[start]), bytes[index - 1] != UInt8(ascii: " "),
      index + 1 == end || bytes[index + 1] == UInt8(ascii: " ")
    else { return nil }
    let scalar = YAMLNode.Scalar(
      string: string(start..<index), style: .plain, mark: mark(line: line, at: start))
    return (scalar, index)
  }

  /// A scalar, or (outside a flow collection) a one-line flow list or mapping, at `start`; with
  /// the byte offset just after it.
  func inlineValue(line: Int, at start: Int, inFlow: Bool) -> (YAMLNode, end: Int)? {
    let end = lines[line].upperBound
    guard start < end else { return nil }
    switch bytes[start] {
    case UInt8(ascii: "{"):
      return inFlow ? nil : flowMapping(line: line, at: start)
    case UInt8(ascii: "["):
      return inFlow ? nil : flowSequence(line: line, at: start)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return quoted(line: line, at: start)
    default:
      return plain(line: line, at: start, inFlow: inFlow)
    }
  }

  /// A quoted scalar without escapes (no `\` in double quotes, no `''` in single quotes).
  func quoted(line: Int, at start: Int) -> (YAMLNode, end: Int)? {
    let quote = bytes[start]
    let end = lines[line].upperBound
    var index = start + 1
    while index < end, bytes[index] != quote {
      if bytes[index] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { return nil }
      index += 1
    }
    guard index < end else { return nil }
    // `''` inside single quotes is an escaped quote; a `:` after a quoted scalar makes a key.
    let after = index + 1
    if after < end, bytes[after] == quote { return nil }
    let next = skipSpaces(from: after, line: line)
    if next < end, bytes[next] == UInt8(ascii: ":") { return nil }
    let style: YAMLNode.Style = quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
    let scalar = YAMLNode.Scalar(
      string: string(start + 1..<index), style: style, mark: mark(line: line, at: start))
    return (.scalar(scalar), after)
  }

  /// A plain scalar: in a block, to the line's end or a ` #` comment; in a flow collection, to
  /// the next `,`, `]` or `}`. One that could be read as a key, or holds what a flow collection
  /// gives meaning to, is not in the subset.
  func plain(line: Int, at start: Int, inFlow: Bool) -> (YAMLNode, end: Int)? {
    let first = bytes[start]
    if Self.isIndicator(first) {
      // `-` starts a plain scalar when a digit or letter follows it (`-3`).
      guard first == UInt8(ascii: "-"), start + 1 < lines[line].upperBound,
        Self.isAlphanumeric(bytes[start + 1])
      else { return nil }
    }
    let end = lines[line].upperBound
    var index = start
    var last = start
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "#") && bytes[index - 1] == UInt8(ascii: " ") { break }
      if byte == UInt8(ascii: ":") {
        if inFlow || index + 1 == end || bytes[index + 1] == UInt8(ascii: " ") { return nil }
      }
      if inFlow {
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
          break
        }
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "#") {
          return nil
        }
      }
      if byte != UInt8(ascii: " ") { last = index + 1 }
      index += 1
    }
    guard last > start else { return nil }
    let scalar = YAMLNode.Scalar(
      string: string(start..<last), style: .plain, mark: mark(line: line, at: start))
    return (.scalar(scalar), last)
  }

  /// `[a, b]` on one line.
  func flowSequence(line: Int, at start: Int) -> (YAMLNode, end: Int)? {
    var items: [YAMLNode] = []
    guard
      let end = flowEntries(
        line: line, at: start, closer: UInt8(ascii: "]"),
        { index in
          guard let (item, after) = inlineValue(line: line, at: index, inFlow: true) else {
            return nil
          }
          items.append(item)
          return after
        })
    else { return nil }
    return (.sequence(items, mark: mark(line: line, at: start)), end)
  }

  /// `{ a: 1, b: 2 }` on one line.
  func flowMapping(line: Int, at start: Int) -> (YAMLNode, end: Int)? {
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
    var keys = SeenStrings()
    guard
      let end = flowEntries(
        line: line, at: start, closer: UInt8(ascii: "}"),
        { index in
          guard let (key, colon) = key(line: line, at: index), keys.insert(key.string)
          else { return nil }
          let valueStart = skipSpaces(from: colon + 1, line: line)
          guard let (value, after) = inlineValue(line: line, at: valueStart, inFlow: true) else {
            return nil
          }
          pairs.append((.scalar(key), value))
          return after
        })
    else { return nil }
    return (.mapping(pairs, mark: mark(line: line, at: start)), end)
  }

  /// Reads the comma-separated entries of a flow collection opened at `start` and closed by
  /// `closer` on the same line, each with `entry` (given where it starts, it returns where it
  /// ends, or nil); the offset just after the closer. A trailing comma is left to Yams.
  func flowEntries(
    line: Int, at start: Int, closer: UInt8, _ entry: (Int) -> Int?
  ) -> Int? {
    let end = lines[line].upperBound
    var index = skipSpaces(from: start + 1, line: line)
    if index < end, bytes[index] == closer { return index + 1 }
    while true {
      guard let after = entry(index) else { return nil }
      index = skipSpaces(from: after, line: line)
      guard index < end else { return nil }
      if bytes[index] == closer { return index + 1 }
      guard bytes[index] == UInt8(ascii: ",") else { return nil }
      index = skipSpaces(from: index + 1, line: line)
      guard index < end, bytes[index] != closer else { return nil }
    }
  }

  /// The empty plain scalar of a key with no value: Yams puts it just after the `:`.
  func empty(line: Int, at index: Int) -> YAMLNode {
    .scalar(YAMLNode.Scalar(string: "", style: .plain, mark: mark(line: line, at: index)))
  }
}
