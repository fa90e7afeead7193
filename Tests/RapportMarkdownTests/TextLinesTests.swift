import RapportTestSupport
import Testing

@testable import RapportMarkdown

/// Lines end at `\n`, `\r\n` or a bare `\r`, and each is known to be ASCII or not.
@Suite struct TextLinesTests {
  /// The rule byte by byte: the lines and, for each, whether all its bytes are ASCII.
  static func reference(_ text: String) -> (lines: [String], ascii: [Bool]) {
    let bytes = Array(text.utf8)
    var lines: [String] = []
    var ascii: [Bool] = []
    var start = 0
    var index = 0
    func end(_ at: Int) {
      lines.append(String(decoding: bytes[start..<at], as: UTF8.self))
      ascii.append(bytes[start..<at].allSatisfy { $0 < 0x80 })
    }
    while index < bytes.count {
      if bytes[index] == 0x0A || bytes[index] == 0x0D {
        end(index)
        index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        start = index
      } else {
        index += 1
      }
    }
    if start < bytes.count { end(bytes.count) }
    return (lines, ascii)
  }

  @Test func agreesWithTheRuleOnRandomText() {
    var random = SeededRandom(seed: 9)
    let pieces = ["a", "bcdefghijklmnop", "\n", "\r", "\r\n", "\n\r", "é", "—", " ", "\t"]
    for _ in 0..<5_000 {
      let text = (0..<random.int(0...12)).map { _ in random.pick(pieces) }.joined()
      // Also as a slice that does not start at the string's start.
      for slice in [text[...], ("xy" + text).dropFirst(2)] {
        let (lines, ascii) = TextLines.splitNotingASCII(slice)
        let expected = Self.reference(String(slice))
        #expect(lines.map(String.init) == expected.lines, "\(text.debugDescription)")
        #expect(ascii == expected.ascii, "\(text.debugDescription)")
      }
    }
  }

  @Test func asciiRunsOfAnyLength() {
    for length in 0..<40 {
      for position in 0...length {
        var bytes = [UInt8](repeating: 0x61, count: length)
        if position < length { bytes[position] = 0xC3 }
        bytes.withUnsafeBufferPointer {
          #expect($0.isASCII(from: 0, to: length) == (position == length))
        }
      }
    }
  }
}
