extension JSONParser {
  /// Reads a string starting at its opening quote, checking UTF-8 and escapes.
  mutating func parseString() throws(JSONParseError) -> String {
    let opening = index
    index += 1
    let start = index
    // Most strings are plain ASCII without escapes: take them in one piece.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
      index += 1
    }
    var buffer = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      case 0..<0x20:
        throw failure("unescaped control character \(describe(byte)) in a string")
      case 0x80...:
        try copyMultibyteCharacter(into: &buffer)
      default:
        buffer.append(byte)
        index += 1
      }
    }
    throw JSONParseError(offset: opening, reason: "unterminated string")
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
    let escape = index
    index += 1
    guard let letter = peek() else { throw failure("unexpected end of input in an escape") }
    index += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      let unit = try parseHexUnit()
      var value = UInt32(unit)
      // A surrogate without its pair, which JSON's grammar allows and editors send when a buffer
      // holds one, reads as U+FFFD: one UTF-16 unit either way, so positions in the text still
      // agree with the editor's, where refusing the message left the text out of step.
      if (0xDC00...0xDFFF).contains(unit) { value = 0xFFFD }
      if (0xD800...0xDBFF).contains(unit) {
        value = 0xFFFD
        let follows =
          index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\")
          && bytes[index + 1] == UInt8(ascii: "u")
        if follows {
          let next = index
          index += 2
          let low = try parseHexUnit()
          if (0xDC00...0xDFFF).contains(low) {
            value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
          } else {
            index = next  // the next escape is read on its own
          }
        }
      }
      buffer.append(contentsOf: Unicode.Scalar(value)!.utf8)
    default:
      throw JSONParseError(offset: escape, reason: "invalid escape \\\(describe(letter))")
    }
  }

  private mutating func parseHexUnit() throws(JSONParseError) -> UInt16 {
    var unit: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = peek() else { throw failure("unexpected end of input in a \\u escape") }
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw failure("\(describe(byte)) is not a hex digit in a \\u escape")
      }
      unit = unit << 4 | UInt16(digit)
      index += 1
    }
    return unit
  }

  /// Copies one UTF-8 sequence of two to four bytes, rejecting overlong forms, surrogates and
  /// values past U+10FFFF (the well-formed sequences of Unicode's table 3-7).
  private mutating func copyMultibyteCharacter(into buffer: inout [UInt8]) throws(JSONParseError) {
    let lead = bytes[index]
    let count: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: count = 2
    case 0xE0:
      count = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: count = 3
    case 0xED:
      count = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      count = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: count = 4
    case 0xF4:
      count = 4
      secondRange = 0x80...0x8F
    default: throw failure("invalid UTF-8 \(describe(lead)) in a string")
    }
    guard index + count <= bytes.count else {
      throw failure("truncated UTF-8 sequence in a string")
    }
    for offset in 1..<count {
      let byte = bytes[index + offset]
      let allowed = offset == 1 ? secondRange : 0x80...0xBF
      guard allowed.contains(byte) else {
        throw JSONParseError(offset: index, reason: "invalid UTF-8 sequence in a string")
      }
    }
    buffer.append(contentsOf: bytes[index..<index + count])
    index += count
  }
}
