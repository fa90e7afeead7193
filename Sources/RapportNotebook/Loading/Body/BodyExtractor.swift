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
    var blockTags: [Int: [String]] = [:]
    var texts: [Int: InlineText] = [:]
    for (index, node) in document.nodes.enumerated()
    where node.kind == .paragraph || node.kind == .heading {
      let text = InlineText(block: index, in: document)
      let tags = text.tags(in: document)
      texts[index] = text
      if !tags.isEmpty { blockTags[index] = tags.map(\.value) }
      body.tags += tags
    }
    for (index, node) in document.nodes.enumerated() {
      switch node.kind {
      case .blockQuote where !hasQuoteAncestor(index):
        body.quotes.append(quote(at: index, blockTags: blockTags, texts: texts))
      case .item:
        let first = index + 1
        if first < node.subtreeEnd, document.nodes[first].kind == .paragraph,
          let text = texts[first],
          let commitment = commitment(paragraph: first, text: text, tags: blockTags[first] ?? [])
        {
          body.commitments.append(commitment)
        }
      default:
        break
      }
    }
    body.summary = summary()
    return body
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
  private func quote(at index: Int, blockTags: [Int: [String]], texts: [Int: InlineText]) -> Quote {
    let node = document.nodes[index]
    var tags: [String] = []
    for block in index..<node.subtreeEnd { tags += blockTags[block] ?? [] }
    var markdown = node.quotedMarkdown ?? ""
    var attribution: Located<String>? = nil
    if let last = document.children(of: index).last, document.nodes[last].kind == .paragraph,
      let text = texts[last],
      let (name, position) = Self.attribution(text, paragraph: last, in: document)
    {
      attribution = Located(name, at: position)
      var lines = TextLines.split(markdown[...])
      while let tail = lines.last, tail.allSatisfy(\.isWhitespace) { lines.removeLast() }
      if !lines.isEmpty { lines.removeLast() }
      while let tail = lines.last, tail.allSatisfy(\.isWhitespace) { lines.removeLast() }
      if var tail = lines.popLast() {
        // A hard break before the attribution would otherwise leave a stray `\` or trailing spaces.
        while tail.last == "\\" || tail.last == " " { tail = tail.dropLast() }
        lines.append(tail)
      }
      markdown = lines.joined(separator: "\n")
    }
    return Quote(markdown: markdown, attribution: attribution, tags: tags, position: node.start)
  }

  /// The name after `—`, `–` or `--` on the last line of a quote's last paragraph, and where it is.
  static func attribution(
    _ text: InlineText, paragraph: Int, in document: MarkdownDocument
  )
    -> (String, SourcePosition)?
  {
    var lastLine: [InlineText.Run] = []
    for run in text.runs {
      if case .lineBreak = run { lastLine = [] } else { lastLine.append(run) }
    }
    guard case .prose(_, let node)? = lastLine.first else { return nil }
    let line = InlineText(runs: lastLine).displayText.trimming(" \t")
    for dash in ["—", "–", "--"] where line.hasPrefix(dash) {
      let name = String(line.dropFirst(dash.count)).trimming(" \t")
      guard !name.isEmpty else { return nil }
      return (name, document.nodes[node].start)
    }
    return nil
  }

  /// The commitment in a list item's first paragraph, if it starts with a checkbox.
  private mutating func commitment(paragraph: Int, text: InlineText, tags: [String]) -> Commitment?
  {
    let display = text.displayText
    guard display.hasPrefix("["), display.count >= 3 else { return nil }
    let characters = Array(display.prefix(4))
    guard characters[2] == "]", characters.count == 3 || characters[3] == " " else { return nil }
    let state = characters[1]
    let position = document.nodes[paragraph].start
    guard state == " " || state == "x" || state == "X" else {
      if let unknown = CommitmentCheckboxUnknown.check(state, at: position, file: file) {
        diagnostics.append(unknown)
      }
      return nil
    }
    var reader = CommitmentReader(text: text, paragraph: paragraph, document: document, file: file)
    let commitment = reader.read(isChecked: state != " ", tags: tags, position: position)
    diagnostics += reader.diagnostics
    return commitment
  }

  /// The `Summary` section's text, or else the first top-level paragraph, as Markdown.
  private func summary() -> String? {
    let top = document.children(of: 0)
    var selected: [Int] = []
    if let heading = top.firstIndex(where: {
      document.nodes[$0].kind == .heading
        && InlineText(block: $0, in: document).displayText.trimming(" \t").lowercased() == "summary"
    }) {
      let level = document.nodes[top[heading]].headingLevel
      for block in top[(heading + 1)...] {
        let node = document.nodes[block]
        if node.kind == .heading && node.headingLevel <= level { break }
        selected.append(block)
      }
    } else if let paragraph = top.first(where: { document.nodes[$0].kind == .paragraph }) {
      selected = [paragraph]
    }
    // Raw HTML (such as a placeholder comment) is never shown, so it is not part of the summary.
    let blocks = selected.filter { document.nodes[$0].kind != .htmlBlock }.map { block in
      let node = document.nodes[block]
      return (node.start.line...max(node.start.line, node.end.line)).compactMap {
        document.sourceLine($0)
      }
      .joined(separator: "\n")
    }
    let text = blocks.joined(separator: "\n\n").trimming(" \t\n")
    return text.isEmpty ? nil : text
  }
}
