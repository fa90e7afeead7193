/// Text that cmark can only read as one paragraph of plain words, rendered to HTML without
/// parsing it: most quotes are such text, and a parse costs thousands of instructions each.
///
/// The test is strict on purpose. Every line starts with an ASCII letter (so no block can open)
/// and ends with anything but a space (so no hard break); no byte can open an inline (emphasis,
/// code, link, image, HTML, entity, escape); no control character, tab or CR is written. For such
/// text cmark's HTML is the lines, joined by newlines, with `"` escaped, in one `<p>`. The tests
/// compare the two on random text.
enum PlainParagraph {
  /// The HTML cmark gives for `markdown`, or nil when it is not plainly one paragraph.
  static func html(_ markdown: String) -> String? {
    var copy = markdown
    return copy.withUTF8 { bytes -> String? in
      guard isPlain(bytes) else { return nil }
      var quotes = 0
      for byte in bytes where byte == UInt8(ascii: "\"") { quotes += 1 }
      let length = opening.count + bytes.count + quotes * (escapedQuote.count - 1) + closing.count
      return String(unsafeUninitializedCapacity: length) { out in
        var index = out.initialize(fromContentsOf: opening)
        for byte in bytes {
          if byte == UInt8(ascii: "\"") {
            index = out[index...].initialize(fromContentsOf: escapedQuote)
          } else {
            out[index] = byte
            index += 1
          }
        }
        return out[index...].initialize(fromContentsOf: closing)
      }
    }
  }

  // The bytes written around and in place of the text's own, made once.
  private static let opening = Array("<p>".utf8)
  private static let closing = Array("</p>\n".utf8)
  private static let escapedQuote = Array("&quot;".utf8)

  /// Whether the bytes meet the test above.
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, isLetter(first), last != 0x20 else {
      return false
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        // The line before ends in a letter or mark, the next starts with a letter.
        guard bytes[index - 1] != 0x20, index + 1 < bytes.count, isLetter(bytes[index + 1]) else {
          return false
        }
      } else if byte < 0x80, !isPlainASCII(byte) {
        return false
      }
      index += 1
    }
    return true
  }

  /// An ASCII letter.
  static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 &- 0x61 < 26 }

  /// An ASCII byte that is only itself in a paragraph's text: letters, digits, space and
  /// `,.;:'"?()/%$@+=-#^`.
  static func isPlainASCII(_ byte: UInt8) -> Bool {
    if isLetter(byte) || byte &- 0x30 < 10 { return true }
    switch byte {
    case 0x20, 0x2C, 0x2E, 0x3B, 0x3A, 0x27, 0x22, 0x3F, 0x28, 0x29, 0x2F, 0x25, 0x24, 0x40, 0x2B,
      0x3D, 0x2D, 0x23, 0x5E:
      return true
    default: return false
    }
  }
}
