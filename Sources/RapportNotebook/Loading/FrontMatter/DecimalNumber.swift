/// Numbers as the notebook's files write them: in decimal only.
enum DecimalNumber {
  /// The finite number `text` spells in decimal (`9`, `-1.5`, `4e1`), or nil. Hexadecimal
  /// (`0x9`), which `Double` would read, and a value too small to tell from 0 (`1e-400`), which it
  /// would read as 0, are not values anyone meant.
  static func number(_ text: String) -> Double? {
    guard isDecimal(text), let number = Double(text), number.isFinite else { return nil }
    if number == 0,
      text.utf8.prefix(while: { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") })
        .contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") })
    {
      return nil
    }
    return number
  }

  /// Whether `text` is a sign, digits with at most one point, and an optional exponent.
  static func isDecimal(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
      func isDigit(_ index: Int) -> Bool { bytes[index] &- UInt8(ascii: "0") < 10 }
      func isSign(_ index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      }
      var index = 0
      if index < bytes.count, isSign(index) { index += 1 }
      var digits = 0
      var points = 0
      while index < bytes.count, isDigit(index) || bytes[index] == UInt8(ascii: ".") {
        if isDigit(index) { digits += 1 } else { points += 1 }
        index += 1
      }
      guard digits > 0, points <= 1 else { return false }
      guard index < bytes.count else { return true }
      guard bytes[index] | 0x20 == UInt8(ascii: "e") else { return false }
      index += 1
      if index < bytes.count, isSign(index) { index += 1 }
      guard index < bytes.count else { return false }
      while index < bytes.count {
        guard isDigit(index) else { return false }
        index += 1
      }
      return true
    }
  }
}
