import RapportMarkdown

extension InlineText {
  /// Appends every tag in the prose runs to `result`, with its file position; a `#` written
  /// escaped (`\#`) or as an entity (`&#35;`) does not open a tag. `matches` is the scanner's
  /// list, shared by the blocks of a note.
  func appendTags(
    in document: MarkdownDocument, matches: inout [Hashtags.Match],
    to result: inout [Located<String>]
  ) {
    var previous: Unicode.Scalar? = nil
    var cursor = LineCursor()
    for run in runs {
      switch run {
      case .prose(let text, let node):
        previous = Hashtags.scan(text, after: previous, into: &matches) ?? previous
        guard !matches.isEmpty else { continue }
        let alignment = SourceAlignment(of: text, node: node, in: document, cursor: &cursor)
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
  }
}
