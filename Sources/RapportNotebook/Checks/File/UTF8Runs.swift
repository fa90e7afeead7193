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
      guard let firstOther = bytes.firstNonASCII(from: 0, before: bytes.count) else {
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
        other = bytes.firstNonASCII(from: end, before: bytes.count) ?? bytes.count
      }
      return result
    }
  }

  static func piece(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[start..<end])
  }
}
