import RapportMarkdown

/// Text from UTF-8 bytes, validated run by run: ASCII runs eight bytes at a time, only the short
/// runs of other bytes one by one.
///
/// The standard library validates a buffer with a byte-by-byte loop as soon as it holds one
/// non-ASCII byte, so a note with a single `—` paid that loop over its whole length. A multi-byte
/// sequence is made of bytes from 0x80 up only, so cutting at ASCII bytes never cuts a valid
/// sequence: the text is valid exactly when every run is.
enum UTF8Runs {
  /// The text of `bytes`, or nil when they are not valid UTF-8.
  static func string(validating bytes: UnsafeRawBufferPointer) -> String? {
    bytes.withMemoryRebound(to: UInt8.self) { bytes -> String? in
      guard let firstOther = firstNonASCII(in: bytes, from: 0) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      var result = ""
      result.reserveCapacity(bytes.count)
      var start = 0
      var other = firstOther
      while start < bytes.count {
        if start < other {
          result.append(String(decoding: piece(bytes, start, other), as: UTF8.self))
        }
        var end = other
        while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
        guard let text = String(validating: piece(bytes, other, end), as: UTF8.self) else {
          return nil
        }
        result.append(text)
        start = end
        other = firstNonASCII(in: bytes, from: end) ?? bytes.count
      }
      return result
    }
  }

  /// The offset of the first byte from 0x80 up at or after `start`, eight bytes at a time.
  static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var index = start
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0x80 { return index }
      index += 1
    }
    return nil
  }

  static func piece(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[start..<end])
  }
}
