/// The byte ranges of the whitespace-separated words of UTF-8 text, one at a time and with nothing
/// allocated; the first word counts only when the text before it ended in whitespace.
struct WordScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to look at.
  private var index = 0
  /// Whether the word starting next follows whitespace (or the start of clean text).
  private var startsClean: Bool

  init(_ bytes: UnsafeBufferPointer<UInt8>, startsClean: Bool) {
    self.bytes = bytes
    self.startsClean = startsClean
  }

  /// The next word's bytes, or nil after the last.
  mutating func next() -> Range<Int>? {
    while index < bytes.count {
      while index < bytes.count, let length = whitespace(at: index) {
        index += length
        startsClean = true
      }
      guard index < bytes.count else { return nil }
      let start = index
      while index < bytes.count, whitespace(at: index) == nil {
        index += Self.scalarLength(bytes[index], at: index, in: bytes)
      }
      let counts = startsClean
      startsClean = true
      if counts { return start..<index }
    }
    return nil
  }

  /// The length of the whitespace scalar at byte `at`, or nil when it is not whitespace.
  private func whitespace(at position: Int) -> Int? {
    let byte = bytes[position]
    if byte < 0x80 {
      return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D ? 1 : nil
    }
    let scalar = Hashtags.scalar(at: position, in: bytes)
    return Hashtags.isWhitespace(scalar.scalar) ? scalar.length : nil
  }

  /// How many bytes the scalar at `position` takes, as `Hashtags.scalar` reads it.
  private static func scalarLength(
    _ lead: UInt8, at position: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    lead < 0x80 ? 1 : Hashtags.scalar(at: position, in: bytes).length
  }
}
