import RapportMarkdown

/// Finds `#tags` in a run of prose text.
///
/// A tag is `#` after the start of the text, whitespace, or an opening bracket or quote, then a
/// letter, then letters, digits, `-`, `_` or `/`. A trailing `/`, `-` or `_` is not part of it.
enum Hashtags {
  /// A tag found in text: its lowercased name, its offset in scalars, and the bytes of `#` and
  /// name as written (UTF-8 offsets in the text).
  struct Match {
    let name: String
    let offset: Int
    let bytes: Range<Int>
  }

  /// Scalars after which a `#` may open a tag (besides whitespace and the start).
  static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "\"", "'", "“", "‘", "«", "<"]

  /// Tags in `text`; `previous` is the scalar before it (nil at the start of a block).
  static func scan(_ text: Substring, after previous: Unicode.Scalar?) -> [Match] {
    var matches: [Match] = []
    _ = scan(text, after: previous, into: &matches)
    return matches
  }

  /// Replaces `matches` with the tags in `text` and returns the text's last scalar (nil when it is
  /// empty). `matches` keeps its storage from call to call: a note's runs share one list.
  static func scan(
    _ text: Substring, after previous: Unicode.Scalar?, into matches: inout [Match]
  ) -> Unicode.Scalar? {
    matches.removeAll(keepingCapacity: true)
    var copy = text
    return copy.withUTF8 { bytes in
      guard let lastByte = bytes.last else { return nil }
      let last =
        lastByte < 0x80 ? Unicode.Scalar(lastByte) : scalar(endingBefore: bytes.count, in: bytes)
      guard bytes.firstIndex(of: UInt8(ascii: "#"), from: 0) != nil else { return last }
      if matches.capacity == 0 { matches.reserveCapacity(8) }
      var position = 0
      // Counted on as matches are found, which keeps the scan linear.
      var columns = ScalarColumns()
      while let hash = bytes.firstIndex(of: UInt8(ascii: "#"), from: position) {
        position = hash + 1
        let before = hash == 0 ? previous : scalar(endingBefore: hash, in: bytes)
        guard before.map(canPrecede) ?? true, hash + 1 < bytes.count,
          TagName.isLetter(scalar(at: hash + 1, in: bytes).scalar)
        else { continue }
        // Take tag scalars, then give back a trailing `/`, `-` or `_`.
        var end = hash + 1
        var kept = end
        while end < bytes.count {
          let (current, length) = scalar(at: end, in: bytes)
          guard TagName.isTagScalar(current) else { break }
          end += length
          if current != "/" && current != "-" && current != "_" { kept = end }
        }
        matches.append(
          Match(
            name: lowercasedName(bytes, from: hash + 1, to: kept)
              ?? String(
                decoding: UnsafeBufferPointer(rebasing: bytes[(hash + 1)..<kept]), as: UTF8.self
              )
              .lowercased(),
            offset: columns.scalarOffset(ofByte: hash, in: bytes), bytes: hash..<kept))
        position = kept
      }
      return last
    }
  }

  /// A tag name written in ASCII, lower-cased without the Unicode tables; nil for any other.
  static func lowercasedName(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> String? {
    guard bytes.isASCII(from: start, to: end) else { return nil }
    return String(unsafeUninitializedCapacity: end - start) { out in
      for index in start..<end {
        let byte = bytes[index]
        out[index - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return end - start
    }
  }

  /// The scalar starting at byte `index` and its length in bytes (U+FFFD for a stray byte).
  static func scalar(
    at index: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The scalar that ends just before byte `index`.
  static func scalar(
    endingBefore index: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Unicode.Scalar {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(at: start, in: bytes).scalar
  }

  /// Whether a scalar may come right before a tag's `#`.
  static func canPrecede(_ scalar: Unicode.Scalar) -> Bool {
    isWhitespace(scalar) || openers.contains(scalar)
  }

  /// Whether a scalar is whitespace (ASCII is checked without a property lookup).
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
    return scalar.properties.isWhitespace
  }
}
