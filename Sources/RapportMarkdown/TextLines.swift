#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splitting text into lines the way CommonMark and YAML do: `\n`, `\r\n` and a bare `\r` all end a line.
public enum TextLines {
  /// The lines of `text` without their endings; a final line ending adds no empty line.
  public static func split(_ text: Substring) -> [Substring] { splitNotingASCII(text).lines }

  /// The lines of `text`, and for each whether it is all ASCII (found in the same pass).
  public static func splitNotingASCII(_ text: Substring) -> (lines: [Substring], ascii: [Bool]) {
    var copy = text
    let (ranges, ascii) = copy.withUTF8 { lineRanges($0) }
    let utf8 = text.utf8
    let lines = ranges.map { range in
      let start = utf8.index(text.startIndex, offsetBy: range.lowerBound)
      return text[start..<utf8.index(start, offsetBy: range.count)]
    }
    return (lines, ascii)
  }

  /// The byte ranges of the lines of `bytes` without their endings, and for each whether it is all
  /// ASCII: `split` on bytes, with nothing allocated per line.
  public static func lineRanges(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (ranges: [Range<Int>], ascii: [Bool]) {
    var ranges: [Range<Int>] = []
    var ascii: [Bool] = []
    // About one line per 40 bytes in notes; a guess too small only costs a regrowth.
    ranges.reserveCapacity(bytes.count / 40 + 1)
    ascii.reserveCapacity(bytes.count / 40 + 1)
    var lineStart = 0
    // Line ends are found with `memchr`: a bare `\r` is rare, so it is looked for only before the
    // next `\n`, which is looked for again only once it is passed.
    var newline = -1
    while lineStart < bytes.count {
      if newline < lineStart {
        newline = bytes.firstIndex(of: 0x0A, from: lineStart, before: bytes.count) ?? bytes.count
      }
      let end = bytes.firstIndex(of: 0x0D, from: lineStart, before: newline) ?? newline
      ranges.append(lineStart..<end)
      ascii.append(bytes.isASCII(from: lineStart, to: end))
      if end == bytes.count { break }
      lineStart =
        end + (bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1)
    }
    return (ranges, ascii)
  }

  /// The position of 0-based UTF-8 byte offset `offset` in `text`: 1-based line (lines end as in
  /// `split`) and 1-based Unicode-scalar column.
  public static func position(
    ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>
  ) -> SourcePosition {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < offset {
      let byte = text[index]
      index += 1
      if byte == 0x0A || (byte == 0x0D && (index >= text.count || text[index] != 0x0A)) {
        line += 1
        lineStart = index
      }
    }
    let rest = UnsafeBufferPointer(rebasing: text[lineStart...])
    return SourcePosition(
      line: line, column: ScalarColumns.column(ofByteColumn: offset - lineStart + 1, in: rest))
  }

  /// The 1-based Unicode-scalar column where `needle` is first written in `line` (starting on a
  /// scalar), or nil when it is not there.
  public static func column(of needle: Substring, in line: Substring) -> Int? {
    guard !needle.isEmpty else { return nil }
    var line = line
    var needle = needle
    // Searched on bytes; only the match is converted to a column.
    return line.withUTF8 { bytes in
      needle.withUTF8 { target -> Int? in
        guard target.count <= bytes.count else { return nil }
        let last = bytes.count - target.count
        var from = 0
        // Candidates are where the needle's first byte is (memchr), never inside a scalar.
        while from <= last,
          let index = bytes.firstIndex(of: target[0], from: from, before: last + 1)
        {
          if bytes[index] & 0xC0 != 0x80,
            memcmp(bytes.baseAddress! + index, target.baseAddress!, target.count) == 0
          {
            return ScalarColumns.column(ofByteColumn: index + 1, in: bytes)
          }
          from = index + 1
        }
        return nil
      }
    }
  }
}
