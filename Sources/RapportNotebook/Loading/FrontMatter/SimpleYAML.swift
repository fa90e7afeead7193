/// Reads the plain subset of YAML that most front matter is written in, without a YAML library;
/// nil for anything outside it, which the caller hands to Yams.
///
/// The subset is a block mapping of `key: value` lines whose values are plain or quoted scalars on
/// one line, one-line flow lists and mappings of those, or (on the lines below) block lists and
/// mappings of the same. For these it gives the nodes, styles and positions Yams gives (a test
/// compares the two on many inputs). Tabs, carriage returns, anchors, aliases, tags, block
/// scalars, multi-line values, escapes, duplicate keys and unusual keys are all left to Yams.
enum SimpleYAML {
  /// Nesting deeper than this is left to Yams (indentation alone could otherwise recurse far).
  static let maximumDepth = 16

  /// The document's root mapping, or nil when the text is not in the subset.
  static func node(_ text: String) -> YAMLNode? {
    var text = text
    return text.withUTF8 { bytes in
      guard var reader = Reader(bytes) else { return nil }
      return reader.document()
    }
  }

  /// Reads lines of UTF-8 bytes; every method returns nil as soon as the input leaves the subset.
  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte ranges of the lines, without their line feeds.
    var lines: [Range<Int>] = []
    /// Whether each line is all ASCII (columns are then byte offsets).
    var ascii: [Bool] = []
    /// The next line not yet read.
    var line = 0
    /// Columns of the last line with other than ASCII that a position was asked in.
    let columns = Columns()

    /// For a line with other than ASCII: the column (from 0) of each of its bytes, counted once,
    /// so the positions of many values on one long line cost no more than the line.
    final class Columns {
      var line = -1
      var byByte: [Int32] = []
    }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      var start = 0
      var isASCII = true
      for index in 0..<bytes.count {
        let byte = bytes[index]
        if byte == 0x0A {
          lines.append(start..<index)
          ascii.append(isASCII)
          start = index + 1
          isASCII = true
        } else if byte < 0x20 || byte == 0x7F {
          // Tabs, carriage returns and control characters.
          return nil
        } else if byte >= 0x80 {
          isASCII = false
          if Self.isSpecial(bytes, at: index) { return nil }
        }
      }
      if start < bytes.count {
        lines.append(start..<bytes.count)
        ascii.append(isASCII)
      }
    }

    /// The root mapping, at indentation 0, up to the end of the text.
    mutating func document() -> YAMLNode? {
      skipBlankLines()
      guard line < lines.count, indentation(of: line) == 0,
        let root = blockMapping(line: line, at: lines[line].lowerBound, depth: 0)
      else { return nil }
      skipBlankLines()
      return line == lines.count ? root : nil
    }

    // MARK: Block collections

    /// A block mapping whose first key starts at byte `start` of line `first` (which may follow a
    /// list's `- `); its other keys start lines at the same column.
    mutating func blockMapping(line first: Int, at start: Int, depth: Int) -> YAMLNode? {
      guard depth < maximumDepth else { return nil }
      let indent = start - lines[first].lowerBound
      var pairs: [(key: YAMLNode, value: YAMLNode)] = []
      var keys = SeenStrings()
      var position = start
      line = first
      while true {
        guard let (key, colon) = key(line: line, at: position), keys.insert(key.string)
        else { return nil }
        let keyNode = YAMLNode.scalar(key)
        let keyLine = line
        let afterColon = skipSpaces(from: colon + 1, line: keyLine)
        let value: YAMLNode?
        if isEndOfValue(afterColon, line: keyLine, after: colon + 1) {
          // The value is on the lines below, or empty.
          line += 1
          skipBlankLines()
          let below = line < lines.count ? lineStart(line) : nil
          let column = below.map { $0 - lines[line].lowerBound } ?? -1
          if let below, isSequenceEntry(below, line: line), column >= indent {
            value = blockSequence(line: line, at: below, depth: depth + 1)
          } else if let below, column > indent {
            value = blockMapping(line: line, at: below, depth: depth + 1)
          } else {
            value = empty(line: keyLine, at: colon + 1)
          }
        } else {
          value = lineValue(line: keyLine, at: afterColon, indent: indent)
        }
        guard let value else { return nil }
        pairs.append((keyNode, value))
        // The next key, at the same column; a shallower line ends the mapping.
        guard line < lines.count, let next = lineStart(line) else { break }
        let column = next - lines[line].lowerBound
        if column < indent { break }
        guard column == indent, !isSequenceEntry(next, line: line) else { return nil }
        position = next
      }
      return .mapping(pairs, mark: mark(line: first, at: start))
    }

    /// A block list whose first `-` is at byte `start` of line `first`.
    mutating func blockSequence(line first: Int, at start: Int, depth: Int) -> YAMLNode? {
      guard depth < maximumDepth else { return nil }
      let indent = start - lines[first].lowerBound
      var items: [YAMLNode] = []
      line = first
      var dash = start
      while true {
        let itemLine = line
        let content = skipSpaces(from: dash + 1, line: itemLine)
        // `-` alone, or followed only by a comment: a nested block. Not in the subset.
        guard content > dash + 1, !isEndOfValue(content, line: itemLine, after: dash + 1) else {
          return nil
        }
        let item =
          startsMapping(line: itemLine, at: content)
          ? blockMapping(line: itemLine, at: content, depth: depth + 1)
          : lineValue(line: itemLine, at: content, indent: indent)
        guard let item else { return nil }
        items.append(item)
        guard line < lines.count, let next = lineStart(line),
          next - lines[line].lowerBound == indent, isSequenceEntry(next, line: line)
        else { break }
        dash = next
      }
      return .sequence(items, mark: mark(line: first, at: start))
    }

    /// The value at `start`, which must end its line; the reader then moves on to the next line
    /// with content, which may not be indented past `indent` (a value going on over more lines is
    /// not in the subset).
    mutating func lineValue(line valueLine: Int, at start: Int, indent: Int) -> YAMLNode? {
      guard let (value, end) = inlineValue(line: valueLine, at: start, inFlow: false),
        isEndOfLine(end, line: valueLine)
      else { return nil }
      line = valueLine + 1
      skipBlankLines()
      if line < lines.count, indentation(of: line) > indent { return nil }
      return value
    }

    /// Whether a list item's content is a `key: value` entry, which opens a mapping.
    func startsMapping(line: Int, at start: Int) -> Bool {
      guard start < lines[line].upperBound else { return false }
      switch bytes[start] {
      case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "'"): return false
      default: return key(line: line, at: start) != nil
      }
    }

    // MARK: Lines

    /// The first index at or after `index` that is not a space.
    func skipSpaces(from index: Int, line: Int) -> Int {
      var index = index
      while index < lines[line].upperBound, bytes[index] == UInt8(ascii: " ") { index += 1 }
      return index
    }

    /// Whether a value ends at `index` (the line's end, or a comment after a space) with nothing
    /// before it since `after`.
    func isEndOfValue(_ index: Int, line: Int, after: Int) -> Bool {
      index == lines[line].upperBound || (bytes[index] == UInt8(ascii: "#") && index > after)
    }

    /// Whether only spaces, or spaces and a comment, follow `index` on the line.
    func isEndOfLine(_ index: Int, line: Int) -> Bool {
      let next = skipSpaces(from: index, line: line)
      return next == lines[line].upperBound || (bytes[next] == UInt8(ascii: "#") && next > index)
    }

    /// Whether `index` starts a list entry: `-` then a space or the line's end.
    func isSequenceEntry(_ index: Int, line: Int) -> Bool {
      bytes[index] == UInt8(ascii: "-")
        && (index + 1 == lines[line].upperBound || bytes[index + 1] == UInt8(ascii: " "))
    }

    /// The first non-space byte of a line; nil for a blank or comment line.
    func lineStart(_ line: Int) -> Int? {
      let start = skipSpaces(from: lines[line].lowerBound, line: line)
      guard start < lines[line].upperBound, bytes[start] != UInt8(ascii: "#") else { return nil }
      return start
    }

    /// The spaces before a line's first other byte.
    func indentation(of line: Int) -> Int {
      skipSpaces(from: lines[line].lowerBound, line: line) - lines[line].lowerBound
    }

    /// Moves past blank and comment lines. (A document marker, `---` or `...`, is neither: no key
    /// or value can start with it, so it ends the subset.)
    mutating func skipBlankLines() {
      while line < lines.count, lineStart(line) == nil { line += 1 }
    }

    /// Where byte `index` of `line` is, counted as libyaml counts (columns in Unicode scalars).
    func mark(line: Int, at index: Int) -> YAMLNode.Mark {
      let start = lines[line].lowerBound
      var column = index - start
      if !ascii[line] {
        if columns.line != line {
          columns.line = line
          columns.byByte.removeAll(keepingCapacity: true)
          var count: Int32 = 0
          for offset in lines[line] {
            columns.byByte.append(count)
            if bytes[offset] & 0xC0 != 0x80 { count += 1 }
          }
          columns.byByte.append(count)
        }
        column = Int(columns.byByte[index - start])
      }
      return YAMLNode.Mark(line: line + 1, column: column + 1)
    }

    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: Bytes

    /// Whether the character starting at `index` is one libyaml reads as more than text: C1
    /// controls and NEL (U+0080 to U+009F), the line and paragraph separators (U+2028, U+2029),
    /// the byte-order mark it skips (U+FEFF), and the non-characters U+FFFE and U+FFFF.
    static func isSpecial(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
      func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
      switch bytes[index] {
      case 0xC2: return byte(1) <= 0x9F
      case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9)
      case 0xEF:
        return (byte(1) == 0xBB && byte(2) == 0xBF)
          || (byte(1) == 0xBF && (byte(2) == 0xBE || byte(2) == 0xBF))
      default: return false
      }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    static func isKeyStart(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x5F }

    static func isKeyByte(_ byte: UInt8) -> Bool {
      isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ")
    }

    /// Bytes that give a YAML value another meaning when they start it.
    static func isIndicator(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
        UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
        UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
        return true
      default:
        return false
      }
    }
  }
}
