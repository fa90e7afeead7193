/// A block quote's text as written, without its `>` markers: what a quote shows.
enum QuotedLines {
  /// The block quote's source lines with one level of `>` markers taken off, as written.
  ///
  /// `start` is the quote's position (where its `>` is); lines without a `>` there are lazy
  /// continuation lines and keep their text. Read on bytes: every quote of every note goes
  /// through here.
  static func text(
    of lines: [Range<Int>], in body: UnsafeBufferPointer<UInt8>, firstLine: Int,
    from start: SourcePosition, to endBodyLine: Int
  ) -> String {
    let first = start.line - firstLine
    let last = min(endBodyLine - 1, lines.count - 1)
    guard first >= 0, first <= last else { return "" }
    var result: [UInt8] = []
    // Bytes up to the end of the last line holding more than spaces and tabs: blank lines at the
    // end are dropped.
    var kept = 0
    for number in first...last {
      let bytes = UnsafeBufferPointer(rebasing: body[lines[number]])
      if number > first { result.append(UInt8(ascii: "\n")) }
      var index = ScalarColumns.byteOffset(ofScalar: max(0, start.column - 1), in: bytes)
      var spaces = 0
      while spaces < 3, index < bytes.count, bytes[index] == UInt8(ascii: " ") {
        index += 1
        spaces += 1
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ">") {
        index += 1
        if index < bytes.count, Self.isSpaceOrTab(bytes[index]) { index += 1 }
      } else {
        index = 0
        while index < bytes.count, Self.isSpaceOrTab(bytes[index]) { index += 1 }
      }
      let rest = UnsafeBufferPointer(rebasing: bytes[index...])
      result.append(contentsOf: rest)
      if rest.contains(where: { !Self.isSpaceOrTab($0) }) { kept = result.count }
    }
    return String(decoding: result[..<kept], as: UTF8.self)
  }

  static func isSpaceOrTab(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }
}
