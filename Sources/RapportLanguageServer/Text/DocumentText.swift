/// A document's text with the UTF-8 offset where each line starts, for position conversions.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as LSP and rapport both count them; text ending
/// with a line end has an empty last line. Conversions clamp: a line past the end means the
/// end of the text, a column past a line's end means that line's end.
struct DocumentText: Sendable {
  private(set) var string: String
  /// UTF-8 offset of each line's first byte; never empty.
  private(set) var lineStarts: [Int] = [0]

  init(_ string: String) {
    self.string = string
    self.string.makeContiguousUTF8()
    indexLines()
  }

  var lineCount: Int { lineStarts.count }

  /// Size in UTF-8 bytes.
  var utf8Count: Int { string.utf8.count }

  /// Calls `body` with the text's UTF-8 bytes.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(string.utf8).withUnsafeBufferPointer(body)
  }

  /// The UTF-8 offsets of 0-based `line`'s first byte and of its end, before the line end.
  func bounds(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let start = lineStarts[line]
    guard line + 1 < lineStarts.count else { return start..<bytes.count }
    var end = lineStarts[line + 1]
    if end > start && bytes[end - 1] == 0x0A { end -= 1 }
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The 0-based line holding UTF-8 offset `offset`.
  func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Replaces the bytes in `range` (UTF-8 offsets on scalar boundaries) with `replacement`.
  mutating func replace(_ range: Range<Int>, with replacement: String) {
    let utf8 = string.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    // The scalar view keeps grapheme clusters from moving the edit to a character boundary.
    string.unicodeScalars.replaceSubrange(lower..<upper, with: replacement.unicodeScalars)
    string.makeContiguousUTF8()
    indexLines()
  }

  /// Replaces the whole text.
  mutating func replaceAll(with replacement: String) {
    string = replacement
    string.makeContiguousUTF8()
    indexLines()
  }

  private mutating func indexLines() {
    let starts: [Int] = withBytes { bytes in
      var starts = [0]
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte == 0x0D {
          if index < bytes.count && bytes[index] == 0x0A { index += 1 }
          starts.append(index)
        } else if byte == 0x0A {
          starts.append(index)
        }
      }
      return starts
    }
    lineStarts = starts
  }

  /// Bytes in the UTF-8 sequence that `lead` starts.
  static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: return 1
    case 0..<0xE0: return 2
    case 0..<0xF0: return 3
    default: return 4
    }
  }
}
