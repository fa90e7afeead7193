/// Splitting text into lines the way CommonMark and YAML do: `\n`, `\r\n` and a bare `\r` all end a line.
public enum TextLines {
  /// The lines of `text` without their endings; a final line ending adds no empty line.
  public static func split(_ text: Substring) -> [Substring] { splitNotingASCII(text).lines }

  /// The lines of `text`, and for each whether it is all ASCII (found in the same pass).
  public static func splitNotingASCII(_ text: Substring) -> (lines: [Substring], ascii: [Bool]) {
    var copy = text
    let base = text.startIndex
    let utf8 = text.utf8
    return copy.withUTF8 { bytes in
      var lines: [Substring] = []
      var ascii: [Bool] = []
      var lineStart = 0
      var index = 0
      var high: UInt8 = 0
      func line(_ from: Int, _ to: Int) -> Substring {
        let start = utf8.index(base, offsetBy: from)
        return text[start..<utf8.index(start, offsetBy: to - from)]
      }
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D {
          lines.append(line(lineStart, index))
          ascii.append(high < 0x80)
          high = 0
          index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
          lineStart = index
        } else {
          high |= byte
          index += 1
        }
      }
      if lineStart < bytes.count {
        lines.append(line(lineStart, bytes.count))
        ascii.append(high < 0x80)
      }
      return (lines, ascii)
    }
  }

  /// The 1-based Unicode-scalar column of a 1-based UTF-8 byte column within `line`.
  public static func scalarColumn(ofByteColumn byteColumn: Int, in line: Substring) -> Int {
    guard byteColumn > 1 else { return max(byteColumn, 0) }
    var scalars = 0
    var bytes = 0
    for byte in line.utf8 {
      if bytes == byteColumn - 1 { break }
      if byte & 0xC0 != 0x80 { scalars += 1 }
      bytes += 1
    }
    // Past the line's end (cmark may point at the line ending): count the rest as one column each.
    return scalars + (byteColumn - 1 - bytes) + 1
  }
}
