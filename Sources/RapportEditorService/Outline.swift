import RapportLanguageServer
import RapportMarkdown
import RapportNotebook

/// A note's outline: its front matter, its sections (headings, nested by level), and in each
/// section its quotes and commitments, read through cmark like the rest of the body.
struct Outline {
  let text: EditorText
  let limits: MarkdownLimits

  func symbols() -> [DocumentSymbol] {
    var roots: [DocumentSymbol] = []
    if let frontMatter { roots.append(frontMatter) }
    let firstLine = text.bodyFirstLine
    guard
      case .success(let document) = Markdown.parse(text.body, firstLine: firstLine, limits: limits)
    else { return roots }
    var open: [(level: Int, symbol: DocumentSymbol)] = []
    func close(downTo level: Int) {
      while let last = open.last, last.level >= level {
        open.removeLast()
        if open.isEmpty {
          roots.append(last.symbol)
        } else {
          open[open.count - 1].symbol.children.append(last.symbol)
        }
      }
    }
    let entries = entries(in: document)
    for (index, entry) in entries.enumerated() {
      if let level = entry.level {
        close(downTo: level)
        // A section runs to the line before the next heading of its level or above.
        let next = entries[(index + 1)...].first { ($0.level ?? .max) <= level }
        let lastLine =
          (next?.symbol.range.start.line).map { $0 - 1 }
          ?? max(text.lines.count, entry.symbol.range.end.line)
        var section = entry.symbol
        section.range.end = TextLocation(
          line: lastLine, column: text.line(lastLine).unicodeScalars.count + 1)
        if section.range.end < section.selectionRange.end {
          section.range.end = section.selectionRange.end
        }
        open.append((level, section))
      } else if open.isEmpty {
        roots.append(entry.symbol)
      } else {
        open[open.count - 1].symbol.children.append(entry.symbol)
      }
    }
    close(downTo: 0)
    return roots
  }

  /// The front matter, with the note's date and contact beside it.
  private var frontMatter: DocumentSymbol? {
    guard let closing = text.closingLine else { return nil }
    let detail = ["date", "contact"].compactMap { FrontMatterKeys.value(of: $0, in: text) }
      .filter { !$0.isEmpty }.joined(separator: " · ")
    return DocumentSymbol(
      name: "Front matter", detail: detail.isEmpty ? nil : detail, kind: .module,
      range: TextRange(
        start: TextLocation(line: 1, column: 1),
        end: TextLocation(line: closing, column: text.line(closing).unicodeScalars.count + 1)),
      selectionRange: TextRange(line: 1, column: 1, length: 3))
  }

  /// Headings (with their level), outermost quotes and commitments, in document order.
  private func entries(in document: MarkdownDocument) -> [(level: Int?, symbol: DocumentSymbol)] {
    var result: [(level: Int?, symbol: DocumentSymbol)] = []
    var index = 1
    while index < document.nodes.count {
      let node = document.nodes[index]
      switch node.kind {
      case .heading:
        let name = InlineText(block: index, in: document).displayText.trimmingCharacters(in: " \t")
        let range = Self.range(of: node)
        result.append(
          (
            node.headingLevel,
            DocumentSymbol(
              name: name.isEmpty ? "(untitled section)" : name, kind: .namespace, range: range,
              selectionRange: range)
          ))
      case .blockQuote:
        result.append((nil, quote(node)))
        index = node.subtreeEnd
        continue
      case .item:
        if let commitment = commitment(at: index, in: document) { result.append((nil, commitment)) }
      default:
        break
      }
      index += 1
    }
    return result
  }

  /// A quote, named by its first words, with its speaker beside it.
  private func quote(_ node: MarkdownNode) -> DocumentSymbol {
    var lines = (node.quotedMarkdown ?? "").split(separator: "\n").map {
      String($0).trimmingCharacters(in: " \t")
    }.filter { !$0.isEmpty }
    var speaker: String? = nil
    if let last = lines.last, let name = Self.attribution(last) {
      speaker = name
      lines.removeLast()
    }
    return DocumentSymbol(
      name: Self.short(lines.joined(separator: " "), fallback: "(empty quote)"),
      detail: speaker.map { "— " + $0 }, kind: .string, range: Self.range(of: node))
  }

  /// A `[ ]` or `[x]` list item, named by its text, with its state, owner and due date beside.
  private func commitment(at index: Int, in document: MarkdownDocument) -> DocumentSymbol? {
    guard let paragraph = document.children(of: index).first,
      document.nodes[paragraph].kind == .paragraph
    else { return nil }
    let words = InlineText(block: paragraph, in: document).displayText
    let box = words.prefix(3).lowercased()
    guard box == "[ ]" || box == "[x]" else { return nil }
    var name: [Substring] = []
    var details = [box == "[ ]" ? "open" : "done"]
    for word in words.dropFirst(3).split(separator: " ") {
      let lowered = word.lowercased()
      if word.hasPrefix("@") && details.count == 1 {
        details.append(String(word))
      } else if lowered.hasPrefix("due:") || lowered.hasPrefix("done:") {
        details.append(lowered.replacingFirstColon())
      } else {
        name.append(word)
      }
    }
    return DocumentSymbol(
      name: Self.short(name.joined(separator: " "), fallback: "(commitment)"),
      detail: details.joined(separator: " · "), kind: .event,
      range: Self.range(of: document.nodes[index]))
  }

  /// The speaker of an attribution line (`— Name`, `– Name`, `-- Name`), or nil.
  static func attribution(_ line: String) -> String? {
    for dash in ["—", "–", "--"] where line.hasPrefix(dash) {
      let name = String(line.dropFirst(dash.count)).trimmingCharacters(in: " \t")
      return name.isEmpty ? nil : name
    }
    return nil
  }

  /// A node's range: from its start to just after its last scalar.
  static func range(of node: MarkdownNode) -> TextRange {
    let start = TextLocation(line: node.start.line, column: node.start.column)
    let end = TextLocation(line: node.end.line, column: node.end.column + 1)
    return TextRange(start: start, end: max(start, end))
  }

  /// Text cut to one short line for an outline.
  static func short(_ text: String, fallback: String) -> String {
    let trimmed = text.trimmingCharacters(in: " \t")
    guard !trimmed.isEmpty else { return fallback }
    return trimmed.count > 60 ? String(trimmed.prefix(59)) + "…" : trimmed
  }
}

extension String {
  /// `due:2026-03-01` as `due 2026-03-01`.
  fileprivate func replacingFirstColon() -> String {
    guard let colon = firstIndex(of: ":") else { return self }
    return self[..<colon] + " " + self[index(after: colon)...]
  }
}
