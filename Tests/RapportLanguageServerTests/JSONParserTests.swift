import Testing

@testable import RapportLanguageServer

@Suite struct JSONParserTests {
  @Test func readsEveryKindOfValue() throws {
    let value = try JSONParser.parse(
      #" { "a": [1, -2, 3.5, 1e2, -0, true, false, null], "b": {"c": "d"}, "e": "" } "#)
    #expect(
      value == [
        "a": [1, -2, 3.5, 100.0, 0, true, false, nil], "b": ["c": "d"], "e": "",
      ])
  }

  @Test func keepsBooleansAndNumbersApart() throws {
    #expect(try JSONParser.parse("true") == .bool(true))
    #expect(try JSONParser.parse("1") == .integer(1))
    #expect(try JSONParser.parse("1.0") == .double(1))
    #expect(try JSONParser.parse("9223372036854775807") == .integer(.max))
    // Past Int: a double, exact enough for JSON's purposes.
    #expect(try JSONParser.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try JSONParser.parse(#""q\"b\\s\/\b\f\n\r\t \u00e9 \uD83D\uDE00 \u0000""#)
    #expect(value == .string("q\"b\\s/\u{8}\u{C}\n\r\t é 😀 \u{0}"))
    #expect(try JSONParser.parse("\"Zoë 😀\"") == .string("Zoë 😀"))
  }

  @Test func aSurrogateWithoutItsPairIsTheReplacementCharacter() throws {
    #expect(try JSONParser.parse(#""\uDE00""#) == "\u{FFFD}")
    #expect(try JSONParser.parse(#""\uD83D""#) == "\u{FFFD}")
    #expect(try JSONParser.parse(#""\uD83Dx""#) == "\u{FFFD}x")
    #expect(try JSONParser.parse(#""\uD83D\u0041""#) == "\u{FFFD}A")
    #expect(try JSONParser.parse(#""\uD83D\uD83D\uDE00""#) == "\u{FFFD}😀")
  }

  @Test func repeatedKeysKeepTheLastValue() throws {
    #expect(try JSONParser.parse(#"{"a": 1, "a": 2}"#) == ["a": 2])
  }

  @Test func skipsAByteOrderMark() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)) == [])
  }

  /// Each input, the byte offset reported, and a word the message must contain.
  static let malformed: [(input: String, offset: Int, says: String)] = [
    ("", 0, "empty"),
    ("   ", 3, "empty"),
    ("{", 1, "end of input"),
    (#"{"a" 1}"#, 5, "':'"),
    (#"{"a": 1,}"#, 8, "string key"),
    ("[1, 2,]", 6, "expected a value"),
    ("[1 2]", 3, "','"),
    ("01", 1, "after the value"),
    ("1.", 2, "decimal point"),
    (".5", 0, "expected a value"),
    ("-", 1, "digit"),
    ("1e", 2, "exponent"),
    ("+1", 0, "'+'"),
    ("NaN", 0, "'N'"),
    ("Infinity", 0, "'I'"),
    ("tru", 0, "'t'"),
    ("nul", 0, "'n'"),
    ("1e400", 0, "out of range"),
    ("-1e400", 0, "out of range"),
    (#""abc"#, 0, "unterminated"),
    ("\"a\nb\"", 2, "control character"),
    (#""\x""#, 1, "invalid escape"),
    (#""\u12G4""#, 5, "hex digit"),
    ("[] []", 3, "after the value"),
    ("{} x", 3, "after the value"),
  ]

  @Test(arguments: malformed)
  func rejectsMalformedInputWithItsOffset(_ example: (input: String, offset: Int, says: String)) {
    #expect {
      _ = try JSONParser.parse(example.input)
    } throws: { error in
      guard let error = error as? JSONParseError else { return false }
      return error.offset == example.offset && error.description.contains(example.says)
        && error.description.hasPrefix("invalid JSON at byte \(example.offset): ")
    }
  }

  /// Bytes that are not UTF-8, inside a string.
  static let invalidUTF8: [[UInt8]] = [
    [0xC0, 0x80],  // overlong NUL
    [0xE0, 0x80, 0x80],  // overlong
    [0xED, 0xA0, 0x80],  // an encoded surrogate
    [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
    [0xF5, 0x80, 0x80, 0x80],
    [0xFF],
    [0x80],  // a lone continuation byte
    [0xE2, 0x82],  // truncated
    [0xF0, 0x9F, 0x98],  // truncated emoji
  ]

  @Test(arguments: invalidUTF8)
  func rejectsInvalidUTF8(_ bytes: [UInt8]) {
    let input = Array("[\"ok ".utf8) + bytes + Array("\"]".utf8)
    #expect {
      _ = try JSONParser.parse(input)
    } throws: { error in
      guard let error = error as? JSONParseError else { return false }
      return error.offset == 5 && error.reason.contains("UTF-8")
    }
  }

  @Test func rejectsInvalidUTF8OutsideStrings() {
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0xC3, 0xA9]) }
  }

  @Test func limitsNesting() throws {
    let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(try JSONParser.parse(deepest) != .null)
    let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect {
      _ = try JSONParser.parse(tooDeep)
    } throws: { ($0 as? JSONParseError)?.offset == 64 }
    // Far deeper than any stack could recurse: still a clean error.
    let hostile = String(repeating: #"{"a":["#, count: 500_000)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(hostile) }
  }

  @Test func limitsSize() {
    #expect {
      _ = try JSONParser.parse(Array("[1, 2, 3]".utf8), maximumSize: 4)
    } throws: { ($0 as? JSONParseError)?.reason.contains("limit of 4 bytes") == true }
  }

  @Test func limitsNumberLength() throws {
    let long = String(repeating: "9", count: 100_000)
    #expect {
      _ = try JSONParser.parse(long)
    } throws: { ($0 as? JSONParseError)?.reason.contains("number longer") == true }
    // Long but acceptable: a double.
    #expect(try JSONParser.parse(String(repeating: "9", count: 300)) == .double(1e300))
  }

  @Test func survivesRandomInput() throws {
    // A fixed seed: the same inputs on every run.
    var generator = SplitMix(seed: 0x5EED)
    let alphabet =
      Array(#"{}[]:,"\ u0123456789abcdefeE+-.truefalsenull"#.utf8) + [
        0x00, 0x0A, 0xC3, 0xA9, 0xF0, 0x9F, 0xED, 0xFF,
      ]
    var parsed = 0
    for _ in 0..<5000 {
      let length = Int(generator.next() % 40)
      let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      guard let value = try? JSONParser.parse(bytes) else { continue }
      parsed += 1
      #expect(try JSONParser.parse(value.serialized()) == value)
    }
    #expect(parsed > 0)
  }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
