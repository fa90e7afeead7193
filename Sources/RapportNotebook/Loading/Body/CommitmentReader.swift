import RapportMarkdown

/// Reads the owner, dates and text of one `[ ]`/`[x]` list item.
struct CommitmentReader {
  let text: InlineText
  let paragraph: Int
  let document: MarkdownDocument
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(text: InlineText, paragraph: Int, document: MarkdownDocument, file: String) {
    self.text = text
    self.paragraph = paragraph
    self.document = document
    self.file = file
  }

  /// The commitment, with a diagnostic for each missing or malformed part.
  mutating func read(isChecked: Bool, tags: [String], position: SourcePosition) -> Commitment {
    var owner: Located<String>? = nil
    var due: Located<Day>? = nil
    var done: Located<Day>? = nil
    var consumed: [Substring] = []
    var previous: Character? = nil
    for run in text.runs {
      guard case .prose(let prose, _) = run else {
        previous = "x"
        continue
      }
      for token in Self.tokens(prose, after: previous) {
        // Only `@…`, `due:…` and `done:…` matter: skip other words without lowercasing them.
        guard let first = token.utf8.first,
          first == UInt8(ascii: "@") || first | 0x20 == UInt8(ascii: "d")
        else { continue }
        let lower = token.prefix(5).lowercased()
        if token.hasPrefix("@"), owner == nil {
          let handle = Self.handle(token)
          guard !handle.isEmpty else { continue }
          owner = Located(handle, at: locate(token))
          consumed.append(token)
        } else if lower.hasPrefix("due:") || lower.hasPrefix("done:") {
          let isDue = lower.hasPrefix("due:")
          let value = token.dropFirst(isDue ? 4 : 5)
          let at = locate(token)
          consumed.append(token)
          guard let day = Day(value.trimmingTrailingPunctuation) else {
            diagnostics.append(
              DateInvalid.diagnostic(
                token: Located(token, at: at), value: value, isDue: isDue, file: file))
            continue
          }
          if isDue { due = Located(day, at: at) } else { done = Located(day, at: at) }
        }
      }
      previous = prose.last ?? previous
    }
    let commitment = Commitment(
      text: Self.displayText(text.displayText, without: consumed), isChecked: isChecked,
      owner: owner, due: due, done: done, tags: tags, position: position)
    let dueWritten = consumed.contains { $0.lowercased().hasPrefix("due:") }
    diagnostics += [
      CommitmentOwnerMissing.check(commitment, file: file),
      CommitmentDueMissing.check(commitment, dueWritten: dueWritten, file: file),
      CommitmentDoneUnchecked.check(commitment, file: file),
    ].compactMap { $0 }
    return commitment
  }

  /// Whitespace-separated words that begin after whitespace (so `sam@acme.com` is not an owner).
  static func tokens(_ text: Substring, after previous: Character?) -> [Substring] {
    var result: [Substring] = []
    var startsClean = previous.map(\.isWhitespace) ?? true
    // Split on bytes: every item's words are read twice, and scalars decode only past ASCII.
    var copy = text
    copy.withUTF8 { bytes in
      var start: Int? = nil
      var index = 0
      while true {
        let isEnd = index == bytes.count
        var length = 1
        var isWhitespace = isEnd
        if !isEnd {
          let byte = bytes[index]
          if byte < 0x80 {
            isWhitespace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
          } else {
            let scalar = Hashtags.scalar(at: index, in: bytes)
            length = scalar.length
            isWhitespace = Hashtags.isWhitespace(scalar.scalar)
          }
        }
        if isWhitespace {
          if let begin = start, startsClean {
            let from = text.utf8.index(text.startIndex, offsetBy: begin)
            result.append(text[from..<text.utf8.index(from, offsetBy: index - begin)])
          }
          start = nil
          startsClean = true
          if isEnd { break }
        } else if start == nil {
          start = index
        }
        index += length
      }
    }
    return result
  }

  /// The handle in an `@handle` token, without trailing punctuation.
  static func handle(_ token: Substring) -> String {
    String(
      token.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    )
    .trimmingTrailingPunctuationString.lowercased()
  }

  /// The item's text with the checkbox and the owner and date tokens taken out.
  static func displayText(_ text: String, without tokens: [Substring]) -> String {
    var words = Self.tokens(text.dropFirst(3), after: " ")
    for token in tokens {
      if let index = words.firstIndex(of: token) { words.remove(at: index) }
    }
    return words.joined(separator: " ")
  }

  /// Where a token is written within the paragraph's lines.
  private func locate(_ token: Substring) -> SourcePosition {
    let node = document.nodes[paragraph]
    for line in node.start.line...max(node.start.line, node.end.line) {
      if let source = document.sourceLine(line),
        let column = TextLines.column(of: token, in: source)
      {
        return SourcePosition(line: line, column: column)
      }
    }
    return node.start
  }
}

extension Substring {
  /// The text without trailing `.`, `,`, `;`, `:`, `)` or `!`.
  var trimmingTrailingPunctuation: Substring {
    var result = self
    while let last = result.last, ".,;:)!?".contains(last) { result = result.dropLast() }
    return result
  }
}

extension String {
  /// The text without trailing `.`, `,`, `;`, `:`, `)` or `!`.
  var trimmingTrailingPunctuationString: String { String(self[...].trimmingTrailingPunctuation) }
}
