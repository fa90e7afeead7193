import Testing

@testable import RapportMarkdown

/// Inline runs of a block, and literal offsets mapped back to where they are written.
@Suite struct InlineTextTests {
  func document(_ text: String, firstLine: Int = 1) throws -> MarkdownDocument {
    try Markdown.parse(text[...], firstLine: firstLine).get()
  }

  func paragraph(_ document: MarkdownDocument) -> Int {
    document.nodes.firstIndex { $0.kind == .paragraph }!
  }

  @Test func runsSeparateProseFromCodeAutolinksAndBreaks() throws {
    let document = try document("Hi *there* `code`\n<https://x.io> ![alt](i.png) end\n")
    let text = InlineText(block: paragraph(document), in: document)
    #expect(text.displayText == "Hi there code https://x.io alt end")
    let opaque = text.runs.compactMap { run -> String? in
      if case .opaque(let value) = run { return value }
      return nil
    }
    #expect(opaque == ["code", "https://x.io", "alt"])
    #expect(text.runs.contains { if case .lineBreak = $0 { true } else { false } })
  }

  /// The alignment of the paragraph's first prose run.
  func alignment(_ text: String) throws -> (Substring, SourceAlignment) {
    let document = try document(text, firstLine: 5)
    guard
      case .prose(let literal, let node)? = InlineText(block: paragraph(document), in: document)
        .runs.first
    else { throw CancellationError() }
    var cursor = LineCursor()
    return (literal, SourceAlignment(of: literal, node: node, in: document, cursor: &cursor))
  }

  @Test func aLiteralWrittenAsIsMapsOneColumnPerScalar() throws {
    let (literal, alignment) = try alignment("Café #x\n")
    let offset = literal.unicodeScalars.firstIndex(of: "#")!
    let scalars = literal.unicodeScalars.distance(from: literal.startIndex, to: offset)
    #expect(alignment.location(ofScalar: scalars) == (SourcePosition(line: 5, column: 6), .plain))
  }

  @Test func escapesAndEntitiesKeepColumnsAndSayHowTheyWereWritten() throws {
    // Literal: "a # é #b"; source: "a \# &eacute; #b".
    let (literal, alignment) = try alignment("a \\# &eacute; #b\n")
    #expect(literal == "a # é #b")
    #expect(alignment.location(ofScalar: 2) == (SourcePosition(line: 5, column: 3), .escaped))
    #expect(alignment.location(ofScalar: 4) == (SourcePosition(line: 5, column: 6), .entity))
    #expect(alignment.location(ofScalar: 6) == (SourcePosition(line: 5, column: 15), .plain))
  }
}
