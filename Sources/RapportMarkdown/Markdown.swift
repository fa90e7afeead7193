internal import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only code that calls cmark: parsing bodies into `MarkdownDocument`s and rendering HTML.
///
/// Every cmark object is freed before a function returns; no C pointer escapes.
public enum Markdown {
  /// Parses a UTF-8 body whose first line is file line `firstLine`.
  ///
  /// Returns a violation instead of a tree when the body passes one of `limits`.
  public static func parse(
    _ body: Substring, firstLine: Int, limits: MarkdownLimits = MarkdownLimits()
  ) -> Result<MarkdownDocument, MarkdownLimitViolation> {
    var text = body
    return text.withUTF8 { bytes -> Result<MarkdownDocument, MarkdownLimitViolation> in
      if let violation = limits.violation(in: bytes, firstLine: firstLine) {
        return .failure(violation)
      }
      let parsed = bytes.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS)
      }
      guard let root = parsed else { return .success(MarkdownDocument.empty(firstLine: firstLine)) }
      defer { cmark_node_free(root) }
      let (lines, ascii) = TextLines.lineRanges(bytes)
      var builder = TreeBuilder(bytes: bytes, lines: lines, asciiLines: ascii, firstLine: firstLine)
      builder.walk(root)
      if builder.maximumDepth > limits.maximumNesting, let deepest = builder.deepestPosition {
        return .failure(
          MarkdownLimitViolation(kind: .nesting(depth: builder.maximumDepth), position: deepest))
      }
      return .success(
        MarkdownDocument(
          nodes: builder.nodes, body: body, lineRanges: lines, firstLine: firstLine,
          asciiLines: ascii, maximumDepth: builder.maximumDepth))
    }
  }

  /// Renders Markdown to HTML in cmark's safe mode, from the same safe tree as `sanitized`:
  /// raw HTML shown as text, unsafe links emptied, images as links or their alt text.
  public static func renderHTML(_ markdown: String) -> String {
    PlainParagraph.html(markdown) ?? renderHTMLThroughCmark(markdown)
  }

  /// `renderHTML` always through cmark.
  static func renderHTMLThroughCmark(_ markdown: String) -> String {
    withSafeTree(markdown) { root in
      guard let html = cmark_render_html(root, CMARK_OPT_SAFE) else { return "" }
      defer { free(html) }
      return String(cString: html)
    }
  }

  /// Markdown that is safe to show anywhere: raw HTML turned into literal text, links to
  /// `javascript:`, `vbscript:`, `file:` or `data:` destinations emptied, every image a plain
  /// link (remote) or its alt text (anything else), and every block closed (an unclosed code
  /// fence in a note cannot swallow the page it is copied into).
  ///
  /// Used for Markdown reports, so a `<script>` written in a note shows as text wherever the report
  /// is viewed (HTML reports get the same through `renderHTML`).
  public static func sanitized(_ markdown: String) -> String {
    withoutControls(sanitizedMarkup(markdown))
  }

  /// `sanitized`'s markup work, control characters aside.
  private static func sanitizedMarkup(_ markdown: String) -> String {
    // Without these bytes there is no HTML, link scheme, image or fence: the text is kept as is.
    var copy = markdown
    let special = copy.withUTF8 { bytes in
      bytes.contains {
        switch $0 {
        case UInt8(ascii: "<"), UInt8(ascii: ":"), UInt8(ascii: "&"), UInt8(ascii: "!"),
          UInt8(ascii: "`"), UInt8(ascii: "~"):
          return true
        default: return false
        }
      }
    }
    guard special else { return markdown }
    return withSafeTree(markdown) { root in
      guard let rendered = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0) else {
        return markdown
      }
      defer { free(rendered) }
      return String(cString: rendered).trimmingSuffix("\n")
    }
  }

  /// `text` with control characters other than tab and line breaks (C0, DEL, C1) as U+FFFD: a
  /// Markdown page is also read in terminals, which would obey an escape sequence from a note.
  static func withoutControls(_ text: String) -> String {
    var copy = text
    let clean = copy.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x20 || byte == 0x7F || byte == 0xC2 else { continue }
        if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
        if byte == 0xC2,
          index + 1 == bytes.count || bytes[index + 1] < 0x80
            || bytes[index + 1] > 0x9F
        {
          continue
        }
        return false
      }
      return true
    }
    if clean { return text }
    return String(
      String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
  }

  /// Whether a scalar is a control character a terminal may obey: C0 but tab and line breaks,
  /// DEL, C1. Compared as numbers: a range of scalars costs a generic type lookup per call.
  @inlinable public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
      || (value >= 0x7F && value <= 0x9F)
  }

  /// Parses `markdown`, makes the tree safe to show, and hands it to `render`.
  private static func withSafeTree(
    _ markdown: String, _ render: (OpaquePointer) -> String
  )
    -> String
  {
    var text = markdown
    return text.withUTF8 { bytes in
      let root = bytes.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SAFE)
      }
      guard let root else { return "" }
      defer { cmark_node_free(root) }
      makeSafe(root)
      return render(root)
    }
  }

  /// Raw HTML becomes text, unsafe link destinations are emptied, and images are replaced.
  private static func makeSafe(_ root: OpaquePointer) {
    var html: [OpaquePointer] = []
    var images: [OpaquePointer] = []
    if let iterator = cmark_iter_new(root) {
      defer { cmark_iter_free(iterator) }
      var event = cmark_iter_next(iterator)
      while event != CMARK_EVENT_DONE {
        defer { event = cmark_iter_next(iterator) }
        // Containers such as images are visited on entry and on exit: take them once.
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else {
          continue
        }
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK {
          html.append(node)
        } else if type == CMARK_NODE_IMAGE {
          images.append(node)
        } else if type == CMARK_NODE_LINK, let url = cmark_node_get_url(node),
          isUnsafe(String(cString: url))
        {
          cmark_node_set_url(node, "")
        }
      }
    }
    // Replaced after the walk: changing the tree under an iterator is undefined. Images inside
    // images come first in `images` reversed, so inner ones are handled before their parent.
    for node in images.reversed() { replaceImage(node) }
    for node in html {
      guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
      var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
      while literal.last == "\n" { literal.removeLast() }
      cmark_node_set_literal(text, literal)
      var replacement = text
      if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK,
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
      {
        cmark_node_append_child(paragraph, text)
        replacement = paragraph
      }
      cmark_node_replace(node, replacement)
      cmark_node_free(node)
    }
  }

  /// An image never loads in a report: a remote one (`http:`, `https:`, `//host`) becomes a link
  /// to it whose text is its alt text (or its address); any other becomes its alt text, since a
  /// path relative to the note would not resolve from the report.
  private static func replaceImage(_ image: OpaquePointer) {
    let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
    let lower = url.lowercased()
    let remote = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    // An image inside a link becomes text: a link may not hold another.
    var insideLink = false
    var parent = cmark_node_parent(image)
    while let node = parent {
      if cmark_node_get_type(node) == CMARK_NODE_LINK { insideLink = true }
      parent = cmark_node_parent(node)
    }
    let replacement: OpaquePointer?
    if remote && !isUnsafe(url) && !insideLink {
      replacement = cmark_node_new(CMARK_NODE_LINK)
      if let link = replacement { cmark_node_set_url(link, url) }
    } else {
      replacement = cmark_node_new(CMARK_NODE_EMPH)
    }
    guard let replacement else { return }
    var hasText = false
    while let child = cmark_node_first_child(image) {
      cmark_node_unlink(child)
      cmark_node_append_child(replacement, child)
      hasText = true
    }
    if !hasText, let text = cmark_node_new(CMARK_NODE_TEXT) {
      cmark_node_set_literal(text, remote ? url : "image")
      cmark_node_append_child(replacement, text)
    }
    cmark_node_replace(image, replacement)
    cmark_node_free(image)
  }

  /// What an entity such as `&eacute;` or `&#35;` stands for, as cmark decodes it in text; nil when
  /// cmark keeps it as written (not an entity).
  public static func decodeEntity(_ entity: Substring) -> String? {
    guard entity.first == "&", entity.last == ";", entity.utf8.count <= 40 else { return nil }
    var text = String(entity)
    return text.withUTF8 { bytes -> String? in
      let root = bytes.withMemoryRebound(to: CChar.self) {
        cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT)
      }
      guard let root else { return nil }
      defer { cmark_node_free(root) }
      guard let paragraph = cmark_node_first_child(root),
        let node = cmark_node_first_child(paragraph), cmark_node_next(node) == nil,
        cmark_node_get_type(node) == CMARK_NODE_TEXT,
        let literal = cmark_node_get_literal(node)
      else { return nil }
      let decoded = String(cString: literal)
      return decoded == String(entity) ? nil : decoded
    }
  }

  /// The version of the cmark library rapport runs on, such as "0.30.2".
  public static var cmarkVersion: String { String(cString: cmark_version_string()) }
}

/// Walks a cmark tree once and copies it into flat, immutable `MarkdownNode`s.
private struct TreeBuilder {
  /// The body's bytes, valid while the walk lasts.
  let bytes: UnsafeBufferPointer<UInt8>
  let lines: [Range<Int>]
  let firstLine: Int
  let asciiLines: [Bool]
  var nodes: [MarkdownNode] = []
  var maximumDepth = 0
  var deepestPosition: SourcePosition?

  init(bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], asciiLines: [Bool], firstLine: Int) {
    self.bytes = bytes
    self.lines = lines
    self.firstLine = firstLine
    self.asciiLines = asciiLines
    nodes.reserveCapacity(64)
  }

  mutating func walk(_ root: OpaquePointer) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    var stack: [Int] = []
    var depth = 0
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let kind = Self.kind(of: node)
      if event == CMARK_EVENT_EXIT {
        if let open = stack.popLast() { nodes[open].subtreeEnd = nodes.count }
        if kind.isContainerBlock { depth -= 1 }
        continue
      }
      let index = nodes.count
      let start = position(
        line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))
      let literal = Self.literal(of: node, kind: kind)
      var end = position(
        line: cmark_node_get_end_line(node), column: cmark_node_get_end_column(node))
      if kind == .htmlBlock, let literal {
        // cmark 0.30 leaves an HTML block's end unset (0:0) or a line short: count its lines.
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        let count = literal.hasSuffix("\n") ? lines.count - 1 : lines.count
        end = SourcePosition(
          line: start.line + max(0, count - 1), column: max(1, lines[max(0, count - 1)].count))
      }
      nodes.append(
        MarkdownNode(
          kind: kind,
          start: start,
          end: end,
          parent: stack.last ?? -1,
          subtreeEnd: index + 1,
          literal: literal,
          destination: kind == .link || kind == .image
            ? Self.string(cmark_node_get_url(node)) : nil,
          headingLevel: kind == .heading ? Int(cmark_node_get_heading_level(node)) : 0,
          quotedMarkdown: kind == .blockQuote
            ? quotedMarkdown(from: start, to: Int(cmark_node_get_end_line(node))) : nil))
      if kind.isContainerBlock {
        depth += 1
        if depth > maximumDepth {
          maximumDepth = depth
          deepestPosition = start
        }
      }
      // Leaf nodes get no exit event; containers do, even when empty.
      if !Self.isLeaf(kind) { stack.append(index) }
    }
  }

  /// Converts cmark's 1-based body line and UTF-8 byte column to a file position.
  func position(line: Int32, column: Int32) -> SourcePosition {
    let bodyLine = Int(line)
    var scalarColumn = Int(column)
    if bodyLine >= 1, bodyLine <= lines.count, !asciiLines[bodyLine - 1] {
      scalarColumn = ScalarColumns.column(
        ofByteColumn: scalarColumn, in: UnsafeBufferPointer(rebasing: bytes[lines[bodyLine - 1]]))
    }
    return SourcePosition(line: bodyLine + firstLine - 1, column: scalarColumn)
  }

  static func isLeaf(_ kind: MarkdownNode.Kind) -> Bool {
    switch kind {
    case .text, .softBreak, .lineBreak, .code, .htmlInline, .codeBlock, .htmlBlock, .thematicBreak:
      return true
    default:
      return false
    }
  }

  static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST: return .list
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code
    case CMARK_NODE_HTML_INLINE: return .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK: return .link
    case CMARK_NODE_IMAGE: return .image
    default: return .customInline
    }
  }

  static func literal(of node: OpaquePointer, kind: MarkdownNode.Kind) -> String? {
    switch kind {
    case .text, .code, .codeBlock, .htmlInline, .htmlBlock:
      return string(cmark_node_get_literal(node))
    default: return nil
    }
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// The block quote's source lines with one level of `>` markers taken off (`QuotedLines`).
  func quotedMarkdown(from start: SourcePosition, to endBodyLine: Int) -> String {
    QuotedLines.text(of: lines, in: bytes, firstLine: firstLine, from: start, to: endBodyLine)
  }
}

extension String {
  /// The string without trailing copies of `suffix`.
  fileprivate func trimmingSuffix(_ suffix: Character) -> String {
    var result = self
    while result.last == suffix { result.removeLast() }
    return result
  }
}
