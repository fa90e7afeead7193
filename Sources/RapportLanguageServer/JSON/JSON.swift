/// A JSON value, as read from or written to a protocol message.
///
/// Integers and other numbers are kept apart, so a Boolean is never mistaken for a number and
/// request ids and positions come back exactly. Objects are unordered; written out, their keys
/// are sorted, so the same value always gives the same bytes.
enum JSON: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A number written without a fraction or exponent that fits in `Int`.
  case integer(Int)
  /// Any other finite number.
  case double(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])
}

extension JSON {
  /// The member named `key` of an object; nil for a missing member or a value that is not an object.
  subscript(key: String) -> JSON? {
    guard case .object(let members) = self else { return nil }
    return members[key]
  }

  var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  /// The value as an `Int`: an integer, or a double with no fractional part that fits.
  var intValue: Int? {
    switch self {
    case .integer(let value): return value
    case .double(let value):
      guard value.rounded() == value, let exact = Int(exactly: value) else { return nil }
      return exact
    default: return nil
    }
  }

  var boolValue: Bool? {
    guard case .bool(let value) = self else { return nil }
    return value
  }

  var arrayValue: [JSON]? {
    guard case .array(let value) = self else { return nil }
    return value
  }

  var objectValue: [String: JSON]? {
    guard case .object(let value) = self else { return nil }
    return value
  }

  var isNull: Bool { self == .null }
}

extension JSON: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  init(nilLiteral: ()) { self = .null }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(integerLiteral value: Int) { self = .integer(value) }
  init(floatLiteral value: Double) { self = .double(value) }
  init(stringLiteral value: String) { self = .string(value) }
  init(arrayLiteral elements: JSON...) { self = .array(elements) }

  /// An object; a repeated key keeps its last value.
  init(dictionaryLiteral elements: (String, JSON)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}

extension JSON {
  /// An object from members whose value may be absent: nil values are left out.
  static func members(_ members: [(String, JSON?)]) -> JSON {
    var object: [String: JSON] = [:]
    for (key, value) in members {
      if let value { object[key] = value }
    }
    return .object(object)
  }
}
