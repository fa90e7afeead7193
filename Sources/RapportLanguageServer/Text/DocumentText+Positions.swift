extension DocumentText {
  /// The UTF-8 offset of an LSP position, clamped to the text; a position inside a character
  /// (between the halves of a surrogate pair, say) moves to that character's start.
  func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
    withBytes { bytes in
      guard position.line < lineCount else { return bytes.count }
      let line = bounds(ofLine: position.line, in: bytes)
      var offset = line.lowerBound
      var units = 0
      while offset < line.upperBound {
        let length = Self.sequenceLength(bytes[offset])
        units += encoding.units(forUTF8Length: length)
        if units > position.character { break }
        offset += length
      }
      return min(offset, line.upperBound)
    }
  }

  /// The LSP position of UTF-8 offset `offset`; an offset inside a line end is that line's end.
  func position(ofOffset offset: Int, encoding: PositionEncoding) -> LSPPosition {
    withBytes { bytes in
      let clamped = max(0, min(offset, bytes.count))
      let lineIndex = line(containing: clamped)
      let line = bounds(ofLine: lineIndex, in: bytes)
      var index = line.lowerBound
      var units = 0
      while index < min(clamped, line.upperBound) {
        let length = Self.sequenceLength(bytes[index])
        units += encoding.units(forUTF8Length: length)
        index += length
      }
      return LSPPosition(line: lineIndex, character: units)
    }
  }

  /// The UTF-8 offset of a rapport location (1-based line, 1-based column in Unicode scalars),
  /// clamped to the text.
  func offset(of location: TextLocation) -> Int {
    withBytes { bytes in
      guard location.line <= lineCount else { return bytes.count }
      let line = bounds(ofLine: max(1, location.line) - 1, in: bytes)
      var offset = line.lowerBound
      var scalars = 1
      while offset < line.upperBound && scalars < location.column {
        offset += Self.sequenceLength(bytes[offset])
        scalars += 1
      }
      return min(offset, line.upperBound)
    }
  }

  /// The rapport location (1-based line, 1-based scalar column) of UTF-8 offset `offset`.
  func location(ofOffset offset: Int) -> TextLocation {
    withBytes { bytes in
      let clamped = max(0, min(offset, bytes.count))
      let lineIndex = line(containing: clamped)
      let line = bounds(ofLine: lineIndex, in: bytes)
      var index = line.lowerBound
      var column = 1
      while index < min(clamped, line.upperBound) {
        index += Self.sequenceLength(bytes[index])
        column += 1
      }
      return TextLocation(line: lineIndex + 1, column: column)
    }
  }

  /// A rapport location as an LSP position.
  func position(of location: TextLocation, encoding: PositionEncoding) -> LSPPosition {
    position(ofOffset: offset(of: location), encoding: encoding)
  }

  /// An LSP position as a rapport location.
  func location(of position: LSPPosition, encoding: PositionEncoding) -> TextLocation {
    location(ofOffset: offset(of: position, encoding: encoding))
  }

  /// A rapport range as an LSP range; an end before the start becomes the start.
  func range(of range: TextRange, encoding: PositionEncoding) -> LSPRange {
    let start = offset(of: range.start)
    let end = max(start, offset(of: range.end))
    return LSPRange(
      start: position(ofOffset: start, encoding: encoding),
      end: position(ofOffset: end, encoding: encoding))
  }

  /// An LSP range as a rapport range; an end before the start becomes the start.
  func range(of range: LSPRange, encoding: PositionEncoding) -> TextRange {
    let start = offset(of: range.start, encoding: encoding)
    let end = max(start, offset(of: range.end, encoding: encoding))
    return TextRange(start: location(ofOffset: start), end: location(ofOffset: end))
  }

  /// Applies one LSP content change: the range's text is replaced; a reversed range is ordered.
  mutating func apply(_ range: LSPRange, text replacement: String, encoding: PositionEncoding) {
    let first = offset(of: range.start, encoding: encoding)
    let second = offset(of: range.end, encoding: encoding)
    replace(min(first, second)..<max(first, second), with: replacement)
  }
}
