extension String {
  /// The string without leading and trailing characters from `set` (ASCII characters only).
  func trimming(_ set: String) -> String {
    var copy = self
    var trimmed = set
    // Byte-wise is exact here: the set is ASCII, and ASCII bytes never occur inside other scalars.
    let kept = copy.withUTF8 { bytes in
      trimmed.withUTF8 { set -> Range<Int> in
        var start = 0
        var end = bytes.count
        while start < end, set.contains(bytes[start]) { start += 1 }
        while end > start, set.contains(bytes[end - 1]) { end -= 1 }
        return start..<end
      }
    }
    let view = utf8
    if kept.count == view.count { return self }
    let start = view.index(startIndex, offsetBy: kept.lowerBound)
    return String(self[start..<view.index(start, offsetBy: kept.count)])
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
