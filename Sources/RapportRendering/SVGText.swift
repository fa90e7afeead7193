import RapportSystem

/// SVG markup gathered as UTF-8 bytes: each `+=` of an interpolated literal appends its pieces and
/// numbers in place, where a `String` would append piece by piece through its general machinery.
struct SVGText: ExpressibleByStringInterpolation {
  /// The markup so far, UTF-8.
  private(set) var bytes: [UInt8]

  init(stringLiteral value: String) { bytes = Array(value.utf8) }

  init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }

  /// The markup as a string.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  static func += (text: inout SVGText, more: SVGText) { text.bytes.append(contentsOf: more.bytes) }

  /// Builds one literal's bytes: its text, decimal integers and strings as given (escape first).
  struct Interpolation: StringInterpolationProtocol {
    fileprivate var bytes: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      bytes.reserveCapacity(literalCapacity + 6 * interpolationCount)
    }

    mutating func appendLiteral(_ literal: String) { bytes.append(contentsOf: literal.utf8) }

    mutating func appendInterpolation(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func appendInterpolation(_ value: Int) { bytes.appendDecimal(Int64(value)) }

    mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
      bytes.append(contentsOf: value.description.utf8)
    }
  }
}
