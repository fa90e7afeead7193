/// A place in a document's source lines that moves forward cheaply, so mapping many text nodes of
/// one long line stays linear.
public struct LineCursor: Sendable {
  /// The 1-based file line the cursor is on (0 before the first seek).
  private var lineNumber = 0
  /// The 1-based scalar column `index` is at.
  private var column = 1
  private var index: String.Index? = nil
  private var line: Substring = ""

  public init() {}

  /// File line `number` and the index of 1-based scalar column `target` in it, or nil past its end.
  mutating func seek(
    line number: Int, column target: Int, in document: MarkdownDocument
  ) -> (line: Substring, index: String.Index)? {
    if number != lineNumber || target < column || index == nil {
      guard let text = document.sourceLine(number) else { return nil }
      lineNumber = number
      line = text
      column = 1
      index = text.startIndex
    }
    guard var position = index else { return nil }
    let scalars = line.unicodeScalars
    while column < target, position < scalars.endIndex {
      position = scalars.index(after: position)
      column += 1
    }
    index = position
    return column == target ? (line, position) : nil
  }
}
