import RapportMarkdown

extension InlineText {
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
        let alignment = SourceAlignment(of: text, node: node, in: document, cursor: &cursor)
        result.reserveCapacity(result.count + matches.count)
        for match in matches {
          let (position, origin) = alignment.location(ofScalar: match.offset)
          guard origin == .plain else { continue }
          result.append(Located(match.name, at: position))
        }
      case .opaque(let text):
        previous = text.isEmpty ? previous : "x"
      case .lineBreak:
        previous = " "
      }
    }
    return result
  }
}
