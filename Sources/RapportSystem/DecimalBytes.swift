extension Array where Element == UInt8 {
  /// Appends `value` in decimal ASCII, as `String(value)` writes it, without making a string.
  public mutating func appendDecimal(_ value: Int64) {
    appendDigits(of: value.magnitude, radix: 10, negative: value < 0)
  }

  /// Appends `value` in lowercase hexadecimal ASCII, as `String(value, radix: 16)` writes it.
  public mutating func appendHex(_ value: UInt64) {
    appendDigits(of: value, radix: 16, negative: false)
  }

  /// The digits are written right to left into a small buffer and appended at once: a manifest
  /// writes tens of thousands of numbers, and one append per digit cost more than the digits.
  private mutating func appendDigits(of magnitude: UInt64, radix: UInt64, negative: Bool) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var rest = magnitude
      var start = buffer.count
      repeat {
        let digit = UInt8(truncatingIfNeeded: rest % radix)
        start -= 1
        buffer[start] = digit < 10 ? 0x30 + digit : 0x57 + digit
        rest /= radix
      } while rest > 0
      if negative {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }
}
