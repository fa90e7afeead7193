/// A parsed Markdown body: an immutable, flat pre-order tree plus the source lines it came from.
public struct MarkdownDocument: Sendable {
  /// All nodes in pre-order; index 0 is the document.
  public let nodes: [MarkdownNode]
  /// The body's text.
  let body: Substring
  /// Each body line's bytes in `body`, without its ending; `lineRanges[0]` is file line
  /// `firstLine`. Lines are made into text only when asked for.
  let lineRanges: [Range<Int>]
  /// The file line of the body's first line (1-based).
  public let firstLine: Int
  /// Whether each body line is pure ASCII (so columns equal byte offsets), by index like
  /// `lineRanges`.
  public let asciiLines: [Bool]
  /// The deepest nesting of block quotes, lists and list items (0 for a flat body).
  public let maximumDepth: Int

  /// Indices of the direct children of node `index`, in order.
  public func children(of index: Int) -> [Int] {
    var result: [Int] = []
    var child = index + 1
    let end = nodes[index].subtreeEnd
    while child < end {
      result.append(child)
      child = nodes[child].subtreeEnd
    }
    return result
  }

  /// Whether a file line of the body is pure ASCII.
  public func isASCII(line fileLine: Int) -> Bool {
    let index = fileLine - firstLine
    return asciiLines.indices.contains(index) && asciiLines[index]
  }

  /// The source text of a file line inside the body, or nil outside it.
  public func sourceLine(_ fileLine: Int) -> Substring? {
    let index = fileLine - firstLine
    return lineRanges.indices.contains(index) ? line(index) : nil
  }

  /// Whether file line `fileLine` holds exactly the bytes of `text` from byte `offset` on: asked
  /// of every text node, so answered without making the line a substring.
  public func line(_ fileLine: Int, holds text: Substring, atByte offset: Int) -> Bool {
    let index = fileLine - firstLine
    guard lineRanges.indices.contains(index) else { return false }
    let range = lineRanges[index]
    var body = body
    var text = text
    return body.withUTF8 { source in
      text.withUTF8 { UnsafeBufferPointer(rebasing: source[range]).holds($0, at: offset) }
    }
  }

  /// Body line `index` (0-based).
  private func line(_ index: Int) -> Substring {
    let range = lineRanges[index]
    let utf8 = body.utf8
    let start = utf8.index(body.startIndex, offsetBy: range.lowerBound)
    return body[start..<utf8.index(start, offsetBy: range.count)]
  }

  /// A document with no content, starting at file line `firstLine`.
  static func empty(firstLine: Int) -> MarkdownDocument {
    let position = SourcePosition(line: firstLine, column: 1)
    let root = MarkdownNode(
      kind: .document, start: position, end: position, parent: -1, subtreeEnd: 1, literal: nil,
      destination: nil, headingLevel: 0, quotedMarkdown: nil)
    return MarkdownDocument(
      nodes: [root], body: "", lineRanges: [], firstLine: firstLine, asciiLines: [],
      maximumDepth: 0)
  }
}
