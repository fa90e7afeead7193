import RapportMarkdown

/// Reads tags, quotes, commitments and the summary out of a parsed note body.
struct BodyExtractor {
  let document: MarkdownDocument
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(document: MarkdownDocument, file: String) {
    self.document = document
    self.file = file
  }

  /// Everything the body holds.
  mutating func extract() -> NoteBody {
    var body = NoteBody()
    // By node index: arrays, not dictionaries, since every block is looked up. A block's tags are
    // a range of `body.tags`, which holds them in block order.
    var blockTags = [Range<Int>](repeating: 0..<0, count: document.nodes.count)
    var texts = [InlineText?](repeating: nil, count: document.nodes.count)
    let nodes = document.nodes
    var matches: [Hashtags.Match] = []
    // Notes run to about one tag per two nodes: grown once or not at all.
    body.tags.reserveCapacity(nodes.count / 2)
    for index in nodes.indices
    where nodes[index].kind == .paragraph || nodes[index].kind == .heading {
      let text = InlineText(block: index, in: document)
      let start = body.tags.count
      text.appendTags(in: document, matches: &matches, to: &body.tags)
      texts[index] = text
      blockTags[index] = start..<body.tags.count
    }
    let tags = body.tags
    // The first paragraph of each list item with a checkbox (a few per note).
    var promises: [Int] = []
    for index in nodes.indices {
      let node = nodes[index]
      switch node.kind {
      case .blockQuote where !hasQuoteAncestor(index):
        body.quotes.append(quote(at: index, tags: tags, blockTags: blockTags, texts: texts))
      case .item:
        let first = index + 1
        if first < node.subtreeEnd, document.nodes[first].kind == .paragraph,
          let text = texts[first], case let display = text.displayText,
          let state = Self.checkbox(display)
        {
          // Checkbox items are promises, not what was heard, whether read or not (`[-]`).
          promises.append(first)
          if let commitment = commitment(
            paragraph: first, text: text, display: display, state: state,
            tags: tags[blockTags[first]].map { $0.value })
          {
            body.commitments.append(commitment)
          }
        }
      default:
        break
      }
    }
    body.summary = summary()
    body.hasText = nodes.indices.contains { index in
      switch nodes[index].kind {
      case .paragraph: !promises.contains(index)
      case .codeBlock: true
      case .htmlBlock: Self.hasText(html: nodes[index].literal ?? "")
      default: false
      }
    }
    return body
  }

  /// Whether raw HTML holds words of its own once its comments and tags are taken out, as text
  /// typed after a placeholder comment on its line does.
  static func hasText(html: String) -> Bool {
    var rest = withoutComments(html)[...]
    while let open = rest.firstIndex(where: { !$0.isWhitespace }) {
      rest = rest[open...]
      guard rest.hasPrefix("<"), let close = rest.firstIndex(of: ">") else { return true }
      rest = rest[rest.index(after: close)...]
    }
    return false
  }

  private func hasQuoteAncestor(_ index: Int) -> Bool {
    var parent = document.nodes[index].parent
    while parent >= 0 {
      if document.nodes[parent].kind == .blockQuote { return true }
      parent = document.nodes[parent].parent
    }
    return false
  }

  /// The quote at block quote `index`, with its attribution line taken off.
  private func quote(
    at index: Int, tags: [Located<String>], blockTags: [Range<Int>], texts: [InlineText?]
  ) -> Quote {
    let node = document.nodes[index]
    // Blocks come in order, so the quote's tags are one run of the note's.
    var from = Int.max
    var to = 0
    for block in index..<node.subtreeEnd where !blockTags[block].isEmpty {
      from = min(from, blockTags[block].lowerBound)
      to = blockTags[block].upperBound
    }
    let quoteTags = from < to ? tags[from..<to].map { $0.value } : []
    var markdown = node.quotedMarkdown ?? ""
    var attribution: Located<String>? = nil
    if let last = document.children(of: index).last, document.nodes[last].kind == .paragraph,
      let text = texts[last],
      let (name, position) = Self.attribution(text, paragraph: last, in: document)
    {
      attribution = Located(name, at: position)
      // A hard break before the attribution would otherwise leave a stray `\` or trailing spaces.
      markdown = QuoteMarkdown.withoutLastLine(markdown)
    }
    return Quote(
      markdown: markdown, attribution: attribution, tags: quoteTags, position: node.start,
      hyphenLine: attribution == nil ? hyphenLine(of: index, texts: texts) : nil,
      hyphenLineAfter: attribution == nil ? hyphenLineAfter(index, texts: texts) : nil)
  }

  /// The line right after a quote when it is a `-` list of one item of one line (`- Name`
  /// without its `>`, which ends the quote), from the hyphen on.
  private func hyphenLineAfter(_ quote: Int, texts: [InlineText?]) -> Located<String>? {
    let list = document.nodes[quote].subtreeEnd
    guard list < document.nodes.count, document.nodes[list].kind == .list,
      document.nodes[list].parent == document.nodes[quote].parent,
      document.nodes[list].start.line == document.nodes[quote].end.line + 1
    else { return nil }
    // A quote ending `:` introduces the list that follows it.
    if Self.introducesList(document.children(of: quote).last.flatMap { texts[$0] }) { return nil }
    return singleItem(list, texts: texts)
  }

  /// Whether text ends with `:`, so a list right after it is what it introduces.
  static func introducesList(_ text: InlineText?) -> Bool {
    text?.displayText.trimming(" \t").hasSuffix(":") == true
  }

  /// The one line of list `list` from its hyphen on, when it is a `-` list of one item holding
  /// one paragraph of one line.
  private func singleItem(_ list: Int, texts: [InlineText?]) -> Located<String>? {
    let items = document.children(of: list)
    guard items.count == 1 else { return nil }
    let contents = document.children(of: items[0])
    guard contents.count == 1, document.nodes[contents[0]].kind == .paragraph,
      let text = texts[contents[0]],
      !text.runs.contains(where: { if case .lineBreak = $0 { true } else { false } })
    else { return nil }
    let start = document.nodes[items[0]].start
    guard let line = document.sourceLine(start.line) else { return nil }
    let written = String(
      String.UnicodeScalarView(line.unicodeScalars.dropFirst(start.column - 1))
    )
    .trimming(" \t")
    guard written.hasPrefix("-"), written.count > 1 else { return nil }
    return Located(written, at: start)
  }

  /// The quote's last line when it is written with a hyphen where an attribution's dash belongs,
  /// from the hyphen on, and where the hyphen is:
  ///
  /// - `- Name`: a `-` list of one item of one line, ending a quote that says something before it
  ///   (not a list introduced by a line ending `:`), or
  /// - `-Name`: the last line of the quote's last paragraph, after something said.
  ///
  /// Longer lists, lists with other markers and lines of one hyphen are never taken.
  private func hyphenLine(of quote: Int, texts: [InlineText?]) -> Located<String>? {
    let blocks = document.children(of: quote)
    guard let last = blocks.last else { return nil }
    switch document.nodes[last].kind {
    case .list:
      guard blocks.count >= 2, document.nodes[blocks[blocks.count - 2]].kind == .paragraph,
        let said = texts[blocks[blocks.count - 2]], !Self.introducesList(said)
      else { return nil }
      return singleItem(last, texts: texts)
    case .paragraph:
      guard let text = texts[last] else { return nil }
      var lastLine: [InlineText.Run] = []
      var lines = 1
      for run in text.runs {
        if case .lineBreak = run {
          lastLine = []
          lines += 1
        } else {
          lastLine.append(run)
        }
      }
      guard lines > 1 || blocks.count > 1, case .prose(_, let node)? = lastLine.first else {
        return nil
      }
      let written = InlineText(runs: lastLine).displayText.trimming(" \t")
      guard written.hasPrefix("-"), !written.hasPrefix("--"), written.count > 1 else { return nil }
      return Located(
        written, at: Self.position(of: written, from: document.nodes[node].start, in: document))
    default:
      return nil
    }
  }

  /// The name after `—`, `–` or `--` on the last line of a quote's last paragraph, and where it is.
  static func attribution(
    _ text: InlineText, paragraph: Int, in document: MarkdownDocument
  )
    -> (String, SourcePosition)?
  {
    let runs = text.runs
    let start =
      runs.lastIndex { if case .lineBreak = $0 { true } else { false } }.map { $0 + 1 } ?? 0
    guard start < runs.count, case .prose(_, let node) = runs[start] else { return nil }
    let line = InlineText(runs: Array(runs[start...])).displayText.trimming(" \t")
    for dash in ["—", "–", "--"] where line.hasPrefix(dash) {
      let name = String(line.dropFirst(dash.count)).trimming(" \t")
      guard !name.isEmpty else { return nil }
      return (name, position(of: name, from: document.nodes[node].start, in: document))
    }
    return nil
  }

  /// Where `text` is written on the line of `start`, at `start` or after it: what a diagnostic
  /// about it underlines. `start` when the line does not hold it as written (escapes, entities).
  static func position(
    of text: String, from start: SourcePosition, in document: MarkdownDocument
  ) -> SourcePosition {
    guard let line = document.sourceLine(start.line) else { return start }
    // From one column before: cmark may place a text node after a line break one column late.
    let skipped = max(0, start.column - 2)
    // The rest of the line as a slice from the byte where scalar `skipped` starts: no walk over
    // its scalars, and no copy.
    var copy = line
    let byte = copy.withUTF8 { ScalarColumns.byteOffset(ofScalar: skipped, in: $0) }
    let from = line.utf8.index(line.utf8.startIndex, offsetBy: byte)
    guard let found = TextLines.column(of: text[...], in: line[from...]) else { return start }
    return SourcePosition(line: start.line, column: skipped + found)
  }

  /// The commitment in a list item's first paragraph, whose text `display` starts with a
  /// checkbox holding `state`; nil when the box holds anything but a space or an x.
  private mutating func commitment(
    paragraph: Int, text: InlineText, display: String, state: Character, tags: [String]
  ) -> Commitment? {
    let position = document.nodes[paragraph].start
    guard state == " " || state == "x" || state == "X" else {
      if let unknown = CommitmentCheckboxUnknown.check(state, at: position, file: file) {
        diagnostics.append(unknown)
      }
      return nil
    }
    var reader = CommitmentReader(text: text, paragraph: paragraph, document: document, file: file)
    let commitment = reader.read(
      isChecked: state != " ", tags: tags, position: position, display: display)
    diagnostics += reader.diagnostics
    return commitment
  }

  /// What is between the brackets of a `[ ]` that starts `display` (the item's text), alone or
  /// before a space; nil when it does not start with one.
  static func checkbox(_ display: String) -> Character? {
    var copy = display
    // Read on bytes when the first five are plain ASCII (each then a character of its own).
    let quick = copy.withUTF8 { bytes -> Character?? in
      guard bytes.first == UInt8(ascii: "[") else { return .some(nil) }
      guard bytes.count >= 3, bytes[1] < 0x80, bytes[1] != 0x0D, bytes[2] == UInt8(ascii: "]"),
        bytes.count == 3 || (bytes[3] == UInt8(ascii: " ") && (bytes.count == 4 || bytes[4] < 0x80))
      else { return nil }
      return .some(Character(Unicode.Scalar(bytes[1])))
    }
    if let quick { return quick }
    guard display.hasPrefix("["), display.count >= 3 else { return nil }
    let characters = Array(display.prefix(4))
    guard characters[2] == "]", characters.count == 3 || characters[3] == " " else { return nil }
    return characters[1]
  }

  /// The `Summary` section's text, or else the first top-level paragraph, as Markdown.
  private func summary() -> String? {
    let top = document.children(of: 0)
    var selected: [Int] = []
    // Where a first paragraph is looked for: after the Summary heading, when there is one.
    var from = 0
    if let heading = top.firstIndex(where: {
      document.nodes[$0].kind == .heading
        && InlineText(block: $0, in: document).displayText.trimming(" \t").lowercased() == "summary"
    }) {
      from = heading + 1
      let level = document.nodes[top[heading]].headingLevel
      for block in top[(heading + 1)...] {
        let node = document.nodes[block]
        if node.kind == .heading && node.headingLevel <= level { break }
        // Raw HTML is never shown: a placeholder comment is no part of it, words typed after one are.
        if node.kind != .htmlBlock || Self.hasText(html: node.literal ?? "") {
          selected.append(block)
        }
      }
    }
    // No Summary section, or one still empty (the template's, with only its comment): the first
    // paragraph after it, wherever the interviewer started writing, or else the first of all.
    let isParagraph = { (block: Int) in self.document.nodes[block].kind == .paragraph }
    if selected.isEmpty,
      let paragraph = top[from...].first(where: isParagraph) ?? top.first(where: isParagraph)
    {
      selected = [paragraph]
    }
    let blocks = selected.map { block in
      let node = document.nodes[block]
      let text = (node.start.line...max(node.start.line, node.end.line)).compactMap {
        document.sourceLine($0)
      }
      .joined(separator: "\n")
      return node.kind == .htmlBlock ? Self.withoutComments(text) : text
    }
    let text = blocks.joined(separator: "\n\n").trimming(" \t\n")
    return text.isEmpty ? nil : text
  }

  /// `html` without its `<!-- … -->` comments (an unclosed one runs to the end).
  static func withoutComments(_ html: String) -> String {
    var result = ""
    var rest = html[...]
    while let open = rest.range(of: "<!--") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "-->") else { return result }
      rest = rest[close.upperBound...]
    }
    return result + rest
  }
}
