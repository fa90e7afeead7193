extension Array where Element == UInt8 {
  /// Appends `value` in decimal ASCII, as `String(value)` writes it, without making a string.
  public mutating func appendDecimal(_ value: Int64) {
    if value < 0 { append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    // The largest power of ten not above it, so digits come out in order: no buffer to reverse.
    var power: UInt64 = 1
    while magnitude / power >= 10 { power *= 10 }
    repeat {
      append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude / power % 10))
      power /= 10
    } while power > 0
  }
}
