/// The inline content of one paragraph or heading, in order: prose, opaque text and line breaks.
public struct InlineText: Sendable {
  /// A piece of the block's inline content.
  public enum Run: Sendable {
    /// Text as cmark decoded it (escapes and entities resolved), where words may be read; carries
    /// the text node's index, so offsets in it can be mapped back to the file (`SourceAlignment`).
    case prose(Substring, node: Int)
    /// Text shown but never scanned: code spans, autolinks, image descriptions.
    case opaque(String)
    /// A line break inside the block.
    case lineBreak
  }

  public let runs: [Run]

  /// Inline text made of the given runs.
  public init(runs: [Run]) { self.runs = runs }

  /// Collects the inline runs of block `index` (a paragraph or heading) of `document`.
  public init(block index: Int, in document: MarkdownDocument) {
    let nodes = document.nodes
    var runs: [Run] = []
    var cursor = index + 1
    let end = nodes[index].subtreeEnd
    // At most a run per node: sized once rather than grown run by run.
    runs.reserveCapacity(end - cursor)
    while cursor < end {
      switch nodes[cursor].kind {
      case .text:
        runs.append(.prose(Substring(nodes[cursor].literal ?? ""), node: cursor))
      case .code:
        runs.append(.opaque(nodes[cursor].literal ?? ""))
      case .softBreak, .lineBreak:
        runs.append(.lineBreak)
      case .link where InlineText.isAutolink(cursor, in: document), .image:
        runs.append(.opaque(InlineText.plainText(of: cursor, in: document)))
        cursor = nodes[cursor].subtreeEnd
        continue
      default:
        break  // emphasis, strong and link text are transparent; raw HTML is dropped
      }
      cursor += 1
    }
    self.runs = runs
  }

  /// The text as a reader sees it, with line breaks as spaces.
  public var displayText: String {
    var result = ""
    for run in runs {
      switch run {
      case .prose(let text, _): result += text
      case .opaque(let text): result += text
      case .lineBreak: result += " "
      }
    }
    return result
  }

  /// Whether link node `index` is an autolink such as `<https://example.com>`.
  static func isAutolink(_ index: Int, in document: MarkdownDocument) -> Bool {
    let node = document.nodes[index]
    guard node.kind == .link, node.subtreeEnd == index + 2 else { return false }
    let child = document.nodes[index + 1]
    guard child.kind == .text, let text = child.literal, let destination = node.destination else {
      return false
    }
    return destination == text || destination == "mailto:" + text
  }

  /// The concatenated text of a node's descendants.
  static func plainText(of index: Int, in document: MarkdownDocument) -> String {
    var result = ""
    for node in document.nodes[(index + 1)..<document.nodes[index].subtreeEnd] {
      switch node.kind {
      case .text, .code: result += node.literal ?? ""
      case .softBreak, .lineBreak: result += " "
      default: break
      }
    }
    return result
  }
}
