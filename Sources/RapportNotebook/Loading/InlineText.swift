import Glibc
import RapportMarkdown

/// The prose of one paragraph or heading, read from its inline nodes in order.
struct InlineText {
  /// A piece of the block's inline content.
  enum Run {
    /// Text where tags, owners and dates are read; carries the text node's index.
    case prose(Substring, node: Int)
    /// Text shown but never scanned: code spans, autolinks, image descriptions.
    case opaque(String)
    /// A line break inside the block.
    case lineBreak
  }

  let runs: [Run]

  /// Collects the inline runs of block `index` (a paragraph or heading) of `document`.
  init(block index: Int, in document: MarkdownDocument) {
    let nodes = document.nodes
    var runs: [Run] = []
    var cursor = index + 1
    let end = nodes[index].subtreeEnd
    while cursor < end {
      let node = nodes[cursor]
      switch node.kind {
      case .text:
        runs.append(.prose(Substring(node.literal ?? ""), node: cursor))
      case .code:
        runs.append(.opaque(node.literal ?? ""))
      case .softBreak, .lineBreak:
        runs.append(.lineBreak)
      case .link where InlineText.isAutolink(cursor, in: document), .image:
        runs.append(.opaque(InlineText.plainText(of: cursor, in: document)))
        cursor = node.subtreeEnd
        continue
      default:
        break  // emphasis, strong and link text are transparent; raw HTML is dropped
      }
      cursor += 1
    }
    self.runs = runs
  }

  /// The text as a reader sees it, with line breaks as spaces.
  var displayText: String {
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

  /// Every tag in the prose runs, with its file position; a `#` written escaped (`\#`) or as an
  /// entity (`&#35;`) does not open a tag.
  func tags(in document: MarkdownDocument) -> [Located<String>] {
    var result: [Located<String>] = []
    var previous: Unicode.Scalar? = nil
    var cursor = LineCursor()
    for run in runs {
      switch run {
      case .prose(let text, let node):
        let matches = Hashtags.scan(text, after: previous)
        previous = text.unicodeScalars.last ?? previous
        guard !matches.isEmpty else { continue }
        let start = document.nodes[node].start
        let alignment = InlineText.alignment(
          of: text, at: start, in: document, cursor: &cursor)
        for match in matches {
          var column = start.column + match.offset
          if let alignment, match.offset < alignment.columns.count {
            guard alignment.origins[match.offset] == .plain else { continue }
            column = alignment.columns[match.offset]
          }
          result.append(Located(match.name, at: SourcePosition(line: start.line, column: column)))
        }
      case .opaque(let text):
        previous = text.isEmpty ? previous : "x"
      case .lineBreak:
        previous = " "
      }
    }
    return result
  }

  /// How the literal maps to its source line, or nil when it is written there as is (the usual
  /// case, checked on bytes), so literal offsets are column offsets.
  static func alignment(
    of text: Substring, at start: SourcePosition, in document: MarkdownDocument,
    cursor: inout LineCursor
  ) -> SourceAlignment? {
    if document.isASCII(line: start.line), let line = document.sourceLine(start.line) {
      // ASCII: columns are byte offsets.
      if Self.bytes(of: text, areIn: line[...], atByte: start.column - 1) { return nil }
    }
    guard let (line, index) = cursor.seek(line: start.line, column: start.column, in: document)
    else { return nil }
    let offset = line.utf8.distance(from: line.startIndex, to: index)
    if Self.bytes(of: text, areIn: line, atByte: offset) { return nil }
    return SourceAlignment(literal: text, line: line, from: index, column: start.column)
  }

  /// Whether `line` holds exactly the bytes of `text` starting at byte `offset` (a memcmp).
  static func bytes(of text: Substring, areIn line: Substring, atByte offset: Int) -> Bool {
    var text = text
    var line = line
    return line.withUTF8 { source in
      text.withUTF8 { literal in
        guard offset >= 0, offset + literal.count <= source.count else { return false }
        guard let target = literal.baseAddress else { return true }
        return memcmp(source.baseAddress! + offset, target, literal.count) == 0
      }
    }
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
