/// Splitting text into lines the way CommonMark and YAML do: `\n`, `\r\n` and a bare `\r` all end a line.
public enum TextLines {
  /// The lines of `text` without their endings; a final line ending adds no empty line.
  public static func split(_ text: Substring) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        lines.append(text[lineStart..<index])
        var next = utf8.index(after: index)
        if byte == UInt8(ascii: "\r"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
          next = utf8.index(after: next)
        }
        lineStart = next
        index = next
      } else {
        index = utf8.index(after: index)
      }
    }
    if lineStart != utf8.endIndex { lines.append(text[lineStart..<utf8.endIndex]) }
    return lines
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
