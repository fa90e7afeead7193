extension Array where Element == UInt8 {
  /// Appends `value` in decimal ASCII, as `String(value)` writes it, without making a string.
  public mutating func appendDecimal(_ value: Int64) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = count
    repeat {
      append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    self[start...].reverse()  // digits were written lowest first
  }
}
