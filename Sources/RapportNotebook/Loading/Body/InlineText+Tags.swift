import RapportMarkdown

extension InlineText {
  /// Every tag in the prose runs, with its file position; a `#` written escaped (`\#`) or as an
  /// entity (`&#35;`) does not open a tag. `matches` is the scanner's list, shared by the blocks of
  /// a note.
  func tags(
    in document: MarkdownDocument, matches: inout [Hashtags.Match]
  ) -> [Located<String>] {
    var result: [Located<String>] = []
    var previous: Unicode.Scalar? = nil
    var cursor = LineCursor()
    for run in runs {
      switch run {
      case .prose(let text, let node):
        previous = Hashtags.scan(text, after: previous, into: &matches) ?? previous
        guard !matches.isEmpty else { continue }
        let alignment = SourceAlignment(of: text, node: node, in: document, cursor: &cursor)
        // Sized for the first run's tags; later runs grow it geometrically.
        if result.isEmpty { result.reserveCapacity(matches.count) }
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
