/// A quote's Markdown with its attribution line taken off, read on bytes: every quote of every
/// note goes through here.
enum QuoteMarkdown {
  /// `markdown` (lines joined by `\n`, as `QuotedLines` makes them) without trailing blank lines,
  /// its last line, the blank lines before that, and a hard break's `\` or spaces left at the end.
  static func withoutLastLine(_ markdown: String) -> String {
    var text = markdown
    return text.withUTF8 { bytes in
      var end = bytes.count
      // A final `\n` ends the last line rather than starting an empty one.
      if end > 0, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
      var start = lineStart(before: end, in: bytes)
      while end > 0, isBlank(bytes, start..<end) {
        end = start > 0 ? start - 1 : 0
        start = lineStart(before: end, in: bytes)
      }
      guard end > 0 || !isBlank(bytes, start..<end) else { return "" }
      // The attribution line.
      guard start > 0 else { return "" }
      end = start - 1
      start = lineStart(before: end, in: bytes)
      while isBlank(bytes, start..<end) {
        guard start > 0 else { return "" }
        end = start - 1
        start = lineStart(before: end, in: bytes)
      }
      while end > start, bytes[end - 1] == UInt8(ascii: "\\") || bytes[end - 1] == 0x20 {
        end -= 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
  }

  /// Where the line holding the byte before `end` starts (0 for the first line).
  static func lineStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = end
    while index > 0, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
    return index
  }

  /// Whether bytes `range` are all whitespace (an empty line is).
  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    for index in range {
      let byte = bytes[index]
      if byte >= 0x80 {
        // Past ASCII, the Unicode rule decides (a no-break space is whitespace).
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return line.allSatisfy(\.isWhitespace)
      }
      guard byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) else { return false }
    }
    return true
  }
}
