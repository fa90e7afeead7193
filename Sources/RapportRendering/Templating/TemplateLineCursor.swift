/// Turns byte offsets into line and column, moving on from the last position asked for.
struct TemplateLineCursor {
  var offset = 0
  var line = 1
  var column = 1
  /// Where the cursor's line starts, so a position earlier on the same line is cheap.
  var lineStart = 0

  mutating func position(of target: Int, in bytes: [UInt8]) -> TemplatePosition {
    if target < offset {
      // Whitespace written after a tag on its line is the common case: rescan from the line start.
      if target >= lineStart {
        offset = lineStart
        column = 1
      } else {
        self = TemplateLineCursor()
      }
    }
    while offset < target {
      let byte = bytes[offset]
      offset += 1
      if byte == .lineFeed {
        line += 1
        column = 1
        lineStart = offset
      } else if byte & 0xC0 != 0x80 {
        column += 1  // a scalar's first byte; continuation bytes add nothing
      }
    }
    return TemplatePosition(line: line, column: column)
  }
}
