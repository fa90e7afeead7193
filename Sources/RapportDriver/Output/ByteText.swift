import RapportSystem

/// Text built as UTF-8 bytes, for a file of tens of thousands of lines (the report manifest)
/// where a string per line would cost more than the file.
struct ByteText {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func append(byte: UInt8) { bytes.append(byte) }

  /// `value` in lowercase hexadecimal, as `String(value, radix: 16)` writes it.
  mutating func append(hex value: UInt64) { bytes.appendHex(value) }

  /// `value` in decimal, as `String(value)` writes it.
  mutating func append(decimal value: Int64) { bytes.appendDecimal(value) }
}
