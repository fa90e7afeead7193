extension String {
  /// The string without leading and trailing characters from `set` (ASCII characters only).
  func trimming(_ set: String) -> String {
    let bytes = set.utf8
    let utf8 = self.utf8
    // Byte-wise is exact here: the set is ASCII, and ASCII bytes never occur inside other scalars.
    guard let first = utf8.firstIndex(where: { !bytes.contains($0) }) else { return "" }
    let last = utf8.lastIndex(where: { !bytes.contains($0) })!
    if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
    return String(self[first...last])
  }
}

extension Substring {
  /// The text without leading and trailing characters from `set`.
  func trimming(_ set: String) -> String { String(self).trimming(set) }
}

extension Substring {
  /// The line without trailing spaces and tabs.
  var trimmingTrailingBlanks: Substring {
    var end = endIndex
    while end > startIndex {
      let previous = index(before: end)
      guard self[previous] == " " || self[previous] == "\t" else { break }
      end = previous
    }
    return self[startIndex..<end]
  }
}
