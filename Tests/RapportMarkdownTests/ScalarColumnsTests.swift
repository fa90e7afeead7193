import RapportTestSupport
import Testing

@testable import RapportMarkdown

/// The one conversion from UTF-8 bytes to Unicode-scalar columns, and the positions built on it.
@Suite struct ScalarColumnsTests {
  @Test func multiByteScalarsAreOneColumnEach() {
    // "é" is 2 bytes and "—" 3, so `x` is byte column 7 but scalar column 4.
    #expect(ScalarColumns.column(ofByteColumn: 7, in: "é —x"[...]) == 4)
    #expect(ScalarColumns.column(ofByteColumn: 1, in: "é"[...]) == 1)
  }

  @Test func pastTheEndEachByteIsAColumnAndZeroStaysZero() {
    #expect(ScalarColumns.column(ofByteColumn: 5, in: "éa"[...]) == 4)
    #expect(ScalarColumns.column(ofByteColumn: 0, in: "abc"[...]) == 0)
  }

  @Test func strayContinuationBytesStartNoScalar() {
    let bytes: [UInt8] = [0x61, 0x80, 0x80, 0x62]
    bytes.withUnsafeBufferPointer {
      #expect(ScalarColumns.column(ofByteColumn: 4, in: $0) == 2)
    }
  }

  @Test func increasingOffsetsResumeAndSmallerOnesStartOver() {
    let text = Array("aé—b".utf8)
    text.withUnsafeBufferPointer { bytes in
      var columns = ScalarColumns()
      #expect(columns.scalarOffset(ofByte: 1, in: bytes) == 1)
      #expect(columns.scalarOffset(ofByte: 6, in: bytes) == 3)
      #expect(columns.scalarOffset(ofByte: 3, in: bytes) == 2)
      #expect(columns.scalarOffset(ofByte: 99, in: bytes) == 4)
    }
  }

  @Test func longRunsOfMixedTextCountAsScalarByScalar() {
    var random = SeededRandom(seed: 3)
    let pieces = ["a", "bcdefghij", "é", "—", "𝄞", " ", "\u{0301}"]
    for _ in 0..<2_000 {
      let bytes =
        Array((0..<random.int(0...30)).map { _ in random.pick(pieces) }.joined().utf8)
        + (random.chance(0.2) ? [0x80, 0x41] : [])
      bytes.withUnsafeBufferPointer { buffer in
        var columns = ScalarColumns()
        var offset = 0
        while offset <= bytes.count + 2 {
          let expected = bytes.prefix(offset).filter { $0 & 0xC0 != 0x80 }.count
          #expect(columns.scalarOffset(ofByte: offset, in: buffer) == expected)
          offset += random.int(0...13)
        }
      }
    }
  }

  @Test func bytePositionsCountEveryKindOfLineEnding() {
    let text = Array("a\r\nbé\rc\nxy".utf8)
    text.withUnsafeBufferPointer { bytes in
      #expect(TextLines.position(ofByte: 0, in: bytes) == SourcePosition(line: 1, column: 1))
      // The bare CR after "bé" is on line 2, column 3.
      #expect(TextLines.position(ofByte: 6, in: bytes) == SourcePosition(line: 2, column: 3))
      #expect(TextLines.position(ofByte: 7, in: bytes) == SourcePosition(line: 3, column: 1))
      #expect(TextLines.position(ofByte: 10, in: bytes) == SourcePosition(line: 4, column: 2))
    }
  }

  @Test func textIsFoundOnScalarBoundaries() {
    #expect(TextLines.column(of: "@sam", in: "Café — @sam due") == 8)
    #expect(TextLines.column(of: "@sam", in: "nobody here") == nil)
    #expect(TextLines.column(of: "", in: "anything") == nil)
  }

  @Test func textIsFoundWhereAScalarByScalarSearchFindsIt() {
    // The first scalar boundary where the needle's bytes start, as a column: checked by brute
    // force on random lines of ASCII and multi-byte scalars.
    func reference(_ needle: String, _ line: String) -> Int? {
      let scalars = Array(line.unicodeScalars)
      let wanted = Array(needle.unicodeScalars)
      guard !wanted.isEmpty, wanted.count <= scalars.count else { return nil }
      for start in 0...(scalars.count - wanted.count)
      where Array(scalars[start..<(start + wanted.count)]) == wanted {
        return start + 1
      }
      return nil
    }
    var random = SeededRandom(seed: 41)
    let pieces = ["a", "@", "s", "am", " ", "é", "—", "\u{1F600}", "due:", "é@", "\u{301}"]
    for _ in 0..<3_000 {
      let line = (0..<random.int(0...12)).map { _ in random.pick(pieces) }.joined()
      let needle = (0..<random.int(1...3)).map { _ in random.pick(pieces) }.joined()
      #expect(
        TextLines.column(of: needle[...], in: line[...]) == reference(needle, line),
        "\(needle.debugDescription) in \(line.debugDescription)")
    }
  }
}
