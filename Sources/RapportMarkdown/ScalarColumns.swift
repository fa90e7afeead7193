/// Unicode-scalar offsets and columns of UTF-8 byte offsets: the one conversion every position
/// goes through.
///
/// cmark counts columns in UTF-8 bytes and Yams in Unicode scalars; rapport reports scalars, so `é`
/// or `—` is one column whatever its length. A scalar starts at every byte that is not a UTF-8
/// continuation byte (`10xxxxxx`), so counting is byte-wise and decodes nothing; a stray
/// continuation byte (invalid UTF-8) starts no scalar.
public struct ScalarColumns {
  /// UTF-8 bytes counted so far.
  private var counted = 0
  /// Scalars that start in those bytes.
  private var scalars = 0

  public init() {}

  /// The 0-based scalar offset of 0-based UTF-8 byte offset `offset` in `bytes`: the number of
  /// scalars that start before it (bytes past the buffer's end count nothing).
  ///
  /// Counting resumes where the previous call stopped when `offset` is not before it, so asking for
  /// increasing offsets of one buffer costs a single pass.
  public mutating func scalarOffset(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int
  {
    if offset < counted {
      counted = 0
      scalars = 0
    }
    let end = min(offset, bytes.count)
    // Eight ASCII bytes at a time, the usual case; byte by byte where any is not ASCII.
    if let base = bytes.baseAddress {
      while counted + 8 <= end {
        let word = UnsafeRawPointer(base + counted).loadUnaligned(as: UInt64.self)
        guard word & 0x8080_8080_8080_8080 == 0 else { break }
        scalars += 8
        counted += 8
      }
    }
    while counted < end {
      if bytes[counted] & 0xC0 != 0x80 { scalars += 1 }
      counted += 1
    }
    return scalars
  }

  /// The 1-based scalar column of 1-based UTF-8 byte column `byteColumn` in `line`.
  ///
  /// A column past the line's end (cmark may point at the line ending) adds one column per byte
  /// beyond it; a column below 1 is kept as given (cmark's 0 for "unknown").
  public static func column(
    ofByteColumn byteColumn: Int, in line: UnsafeBufferPointer<UInt8>
  ) -> Int {
    guard byteColumn > 1 else { return max(byteColumn, 0) }
    let inside = min(byteColumn - 1, line.count)
    var columns = ScalarColumns()
    return columns.scalarOffset(ofByte: inside, in: line) + (byteColumn - 1 - inside) + 1
  }

  /// The 1-based scalar column of 1-based UTF-8 byte column `byteColumn` in `line`.
  public static func column(ofByteColumn byteColumn: Int, in line: Substring) -> Int {
    var line = line
    return line.withUTF8 { column(ofByteColumn: byteColumn, in: $0) }
  }

  /// The byte offset where scalar `count` (0-based) of `bytes` starts, or the end.
  public static func byteOffset(ofScalar count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var seen = 0
    for index in 0..<bytes.count where bytes[index] & 0xC0 != 0x80 {
      if seen == count { return index }
      seen += 1
    }
    return bytes.count
  }
}
