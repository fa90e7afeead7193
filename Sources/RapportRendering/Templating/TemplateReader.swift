/// The parser's state machine, working on the template's UTF-8 bytes.
struct TemplateReader {
  /// A section being read, or the template's top level.
  struct Level {
    var nodes: [TemplateNode] = []
    var name: String
    var inverted: Bool
    var position: TemplatePosition
    /// Whether the opening tag stood alone on its line: swift-mustache carries that, not the
    /// closing tag's, to the line after the section.
    var standalone: Bool
    /// The delimiters outside the section, restored when it closes.
    var outerOpening: [UInt8]
    var outerClosing: [UInt8]

    /// The opening tag as written, for messages.
    var openingTag: String {
      String(decoding: outerOpening, as: UTF8.self) + (inverted ? "^" : "#") + name
        + String(decoding: outerClosing, as: UTF8.self)
    }
  }

  let bytes: [UInt8]
  let name: String
  var offset = 0
  var opening: [UInt8] = Array("{{".utf8)
  var closing: [UInt8] = Array("}}".utf8)
  /// Whether nothing but a tag's removable whitespace has been read on this line.
  var atLineStart = true
  /// Spaces and tabs read at the start of a line, not yet written as text.
  var whitespace: Range<Int> = 0..<0
  var levels: [Level]
  var lines = TemplateLineCursor()

  init(_ text: String, name: String) {
    self.bytes = Array(text.utf8)
    self.name = name
    self.levels = [
      Level(
        name: "", inverted: false, position: TemplatePosition(line: 1, column: 1),
        standalone: true, outerOpening: [], outerClosing: [])
    ]
  }

  mutating func read() throws(TemplateProblem) -> [TemplateNode] {
    while offset < bytes.count {
      if atLineStart {
        let start = offset
        while offset < bytes.count, bytes[offset] == .space || bytes[offset] == .tab {
          offset += 1
        }
        whitespace = start..<offset
      }
      let textStart = offset
      let stop = scanText()
      if case .lineBreak(let end) = stop {
        appendText(whitespace, textStart..<end)
        whitespace = end..<end
        offset = end
        atLineStart = true
        continue
      }
      if offset > textStart {
        appendText(whitespace, textStart..<offset)
        whitespace = offset..<offset
        atLineStart = false
      }
      guard case .tag = stop else { break }
      try readTag()
    }
    if levels.count > 1 {
      let level = levels[levels.count - 1]
      throw problem(
        at: level.position,
        "`\(level.openingTag)` is never closed with `\(tag("/", level.name))`"
      )
    }
    return levels[0].nodes
  }

  enum TextStop {
    /// A line break ends the text; `end` is just past it.
    case lineBreak(end: Int)
    /// An opening delimiter starts at `offset`.
    case tag
    case end
  }

  /// Moves to the next line break or opening delimiter.
  mutating func scanText() -> TextStop {
    let first = opening[0]
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == .lineFeed { return .lineBreak(end: offset + 1) }
      if byte == first, matches(opening, at: offset) { return .tag }
      offset += 1
    }
    return .end
  }

  func matches(_ delimiter: [UInt8], at start: Int) -> Bool {
    guard start + delimiter.count <= bytes.count else { return false }
    for index in delimiter.indices where bytes[start + index] != delimiter[index] { return false }
    return true
  }

  /// Appends pending whitespace and the text after it as one text node.
  mutating func appendText(_ leading: Range<Int>, _ text: Range<Int>) {
    let start = leading.isEmpty ? text.lowerBound : leading.lowerBound
    var value = String(decoding: bytes[leading], as: UTF8.self)
    value += String(decoding: bytes[text], as: UTF8.self)
    guard !value.isEmpty else { return }
    append(.text(value), at: start)
  }

  /// Writes pending whitespace as text, as swift-mustache does before a tag that is not standalone.
  mutating func flushWhitespace() {
    guard !whitespace.isEmpty else { return }
    appendText(whitespace, whitespace.upperBound..<whitespace.upperBound)
    whitespace = whitespace.upperBound..<whitespace.upperBound
  }

  mutating func append(_ kind: TemplateNode.Kind, at offset: Int) {
    let node = TemplateNode(kind, at: position(of: offset))
    levels[levels.count - 1].nodes.append(node)
  }

  mutating func position(of offset: Int) -> TemplatePosition {
    lines.position(of: offset, in: bytes)
  }

  /// Whether the tag just read stands alone on its line; if so, skips the rest of the line.
  ///
  /// As in swift-mustache, the end of the template ends a line, but spaces before the end do not.
  mutating func endsStandaloneLine() -> Bool {
    guard atLineStart else { return false }
    if offset == bytes.count { return true }
    var index = offset
    while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
    guard let length = lineBreakLength(at: index) else { return false }
    offset = index + length
    return true
  }

  /// The length of the line break at `index` (any character Swift counts as a newline), if any.
  func lineBreakLength(at index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case .lineFeed, 0x0B, 0x0C: return 1
    case .carriageReturn:
      return index + 1 < bytes.count && bytes[index + 1] == .lineFeed ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : nil
    case 0xE2:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
      return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : nil
    default: return nil
    }
  }

  func problem(at position: TemplatePosition, _ message: String) -> TemplateProblem {
    TemplateProblem(.error, template: name, at: position, message)
  }

  /// A tag as written with the current delimiters, for messages.
  func tag(_ sigil: String, _ name: String) -> String {
    String(decoding: opening, as: UTF8.self) + sigil + name
      + String(decoding: closing, as: UTF8.self)
  }
}

// Computed, so each use is a constant rather than a lazily initialised global.
extension UInt8 {
  static var space: UInt8 { 0x20 }
  static var tab: UInt8 { 0x09 }
  static var lineFeed: UInt8 { 0x0A }
  static var carriageReturn: UInt8 { 0x0D }
}
