/// Why a text is not acceptable JSON, and where: `offset` is the 0-based byte offset of the problem.
struct JSONParseError: Error, Equatable, CustomStringConvertible {
  /// 0-based byte offset into the input.
  var offset: Int
  var reason: String

  var description: String { "invalid JSON at byte \(offset): \(reason)" }
}

/// A strict RFC 8259 parser with limits, safe on hostile input.
///
/// Strings must be valid UTF-8; a `\u` surrogate escape without its pair reads as U+FFFD.
/// Nesting deeper than `maximumDepth`, input longer than `maximumSize` bytes, numbers longer than
/// `maximumNumberLength` bytes and numbers too large for a `Double` are errors, never crashes.
/// A leading byte order mark is skipped; a repeated object key keeps its last value.
struct JSONParser {
  static let defaultMaximumDepth = 64
  static let defaultMaximumSize = 64 << 20
  static let maximumNumberLength = 400

  /// Parses one JSON text from `bytes`.
  static func parse(
    _ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth,
    maximumSize: Int = defaultMaximumSize
  ) throws(JSONParseError) -> JSON {
    guard bytes.count <= maximumSize else {
      throw JSONParseError(
        offset: maximumSize, reason: "input longer than the limit of \(maximumSize) bytes")
    }
    let result: Result<JSON, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer, maximumDepth: maximumDepth)
      return Result { () throws(JSONParseError) in try parser.parseDocument() }
    }
    return try result.get()
  }

  /// Parses one JSON text from the UTF-8 of `text`.
  static func parse(_ text: String) throws(JSONParseError) -> JSON {
    try parse(Array(text.utf8))
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private let maximumDepth: Int
  /// The next byte to read.
  var index = 0
  private var depth = 0

  private init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  private mutating func parseDocument() throws(JSONParseError) -> JSON {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    skipWhitespace()
    guard index < bytes.count else { throw failure("empty input, expected a value") }
    let value = try parseValue()
    skipWhitespace()
    guard index == bytes.count else {
      throw failure("unexpected \(describe(bytes[index])) after the value")
    }
    return value
  }

  private mutating func parseValue() throws(JSONParseError) -> JSON {
    skipWhitespace()
    guard index < bytes.count else { throw failure("unexpected end of input, expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw failure("unexpected \(describe(bytes[index])), expected a value")
    }
  }

  private mutating func parseObject() throws(JSONParseError) -> JSON {
    try enterContainer()
    index += 1
    var members: [String: JSON] = [:]
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw expected("a string key") }
      let key = try parseString()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw expected("':' after an object key") }
      index += 1
      members[key] = try parseValue()
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        depth -= 1
        return .object(members)
      default: throw expected("',' or '}' in an object")
      }
    }
  }

  private mutating func parseArray() throws(JSONParseError) -> JSON {
    try enterContainer()
    index += 1
    var elements: [JSON] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      elements.append(try parseValue())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        depth -= 1
        return .array(elements)
      default: throw expected("',' or ']' in an array")
      }
    }
  }

  private mutating func enterContainer() throws(JSONParseError) {
    depth += 1
    guard depth <= maximumDepth else {
      throw failure("nesting deeper than the limit of \(maximumDepth) levels")
    }
  }

  private mutating func parseLiteral(
    _ word: StaticString, _ value: JSON
  ) throws(JSONParseError)
    -> JSON
  {
    let count = word.utf8CodeUnitCount
    let matches =
      index + count <= bytes.count
      && (0..<count).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
    guard matches else { throw failure("unexpected \(describe(bytes[index])), expected a value") }
    index += count
    return value
  }

  private mutating func parseNumber() throws(JSONParseError) -> JSON {
    let start = index
    if peek() == UInt8(ascii: "-") { index += 1 }
    guard let first = peek(), isDigit(first) else { throw expected("a digit in a number") }
    if first == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
    var integral = true
    if peek() == UInt8(ascii: ".") {
      integral = false
      index += 1
      guard isDigit(peek()) else { throw expected("a digit after the decimal point") }
      skipDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      integral = false
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard isDigit(peek()) else { throw expected("a digit in the exponent") }
      skipDigits()
    }
    guard index - start <= Self.maximumNumberLength else {
      throw JSONParseError(
        offset: start, reason: "number longer than \(Self.maximumNumberLength) characters")
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if integral, let value = Int(text) { return .integer(value) }
    guard let value = Double(text), value.isFinite else {
      throw JSONParseError(offset: start, reason: "number \(text.prefix(40)) is out of range")
    }
    return .double(value)
  }

  private mutating func skipDigits() {
    while isDigit(peek()) { index += 1 }
  }

  private func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  func failure(_ reason: String) -> JSONParseError {
    JSONParseError(offset: index, reason: reason)
  }

  func expected(_ what: String) -> JSONParseError {
    guard index < bytes.count else { return failure("unexpected end of input, expected \(what)") }
    return failure("unexpected \(describe(bytes[index])), expected \(what)")
  }

  /// A byte as an error message shows it: a printable character quoted, anything else in hex.
  func describe(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }
}
