import Testing

@testable import RapportMarkdown

/// The flat tree: node kinds, order, nesting and positions in file lines and scalar columns.
@Suite struct MarkdownTreeTests {
  func parse(_ text: String, firstLine: Int = 1) -> MarkdownDocument {
    guard case .success(let document) = Markdown.parse(text[...], firstLine: firstLine) else {
      Issue.record("unexpected limit violation")
      return try! Markdown.parse(""[...], firstLine: 1).get()
    }
    return document
  }

  @Test func nodesArePreOrderWithSubtreeBounds() {
    let document = parse("# Title\n\nSome *emphasis* here.\n\n- one\n- two\n")
    #expect(
      document.nodes.map(\.kind) == [
        .document, .heading, .text, .paragraph, .text, .emphasis, .text, .text, .list, .item,
        .paragraph,
        .text, .item, .paragraph, .text,
      ])
    #expect(document.nodes[0].subtreeEnd == document.nodes.count)
    #expect(
      document.children(of: 0).map { document.nodes[$0].kind } == [.heading, .paragraph, .list])
    let list = document.children(of: 0)[2]
    #expect(document.children(of: list).count == 2)
    #expect(document.nodes[5].parent == 3)
    #expect(document.nodes[1].headingLevel == 1)
  }

  @Test func htmlBlocksEndOnTheirLastLine() {
    // cmark 0.30 reports 0:0 or one line short for these; the tree gives the real end.
    let document = parse("<!-- one -->\n\ntext\n\n<!-- two\nthree -->\n", firstLine: 10)
    let blocks = document.nodes.filter { $0.kind == .htmlBlock }
    #expect(blocks.map(\.start.line) == [10, 14])
    #expect(blocks.map(\.end.line) == [10, 15])
  }

  @Test func linesAreShiftedToFileLines() {
    let document = parse("First paragraph.\n\nSecond.\n", firstLine: 6)
    let paragraphs = document.nodes.filter { $0.kind == .paragraph }
    #expect(
      paragraphs.map(\.start) == [
        SourcePosition(line: 6, column: 1), SourcePosition(line: 8, column: 1),
      ])
    #expect(document.sourceLine(8) == "Second.")
    #expect(document.sourceLine(5) == nil)
  }

  @Test func columnsCountUnicodeScalarsNotBytes() {
    // "é" and "—" take 2 and 3 UTF-8 bytes; cmark reports bytes, rapport reports scalars.
    let document = parse("é — *word* here\n")
    let emphasis = document.nodes.first { $0.kind == .emphasis }!
    #expect(emphasis.start == SourcePosition(line: 1, column: 5))
    #expect(emphasis.end == SourcePosition(line: 1, column: 10))
  }

  @Test func linksCarryDestinationsAndCodeBlocksTheirText() {
    let document = parse("[site](https://example.com/#x)\n\n```swift\nlet a = 1\n```\n")
    let link = document.nodes.first { $0.kind == .link }!
    #expect(link.destination == "https://example.com/#x")
    let block = document.nodes.first { $0.kind == .codeBlock }!
    #expect(block.literal == "let a = 1\n")
    #expect(block.start.line == 3)
  }

  @Test func blockQuotesKeepTheirContentAsMarkdown() {
    let document = parse("> The export *saved* us.\n> — Jane Doe\n")
    let quote = document.nodes.first { $0.kind == .blockQuote }!
    #expect(quote.quotedMarkdown == "The export *saved* us.\n— Jane Doe")
  }

  @Test func crlfAndBareCRCountAsLineEndings() {
    #expect(TextLines.split("a\r\nb\rc\nd"[...]) == ["a", "b", "c", "d"])
    #expect(TextLines.split("a\n"[...]) == ["a"])
    let document = parse("one\r\n\r\ntwo\r\n", firstLine: 3)
    #expect(document.nodes.filter { $0.kind == .paragraph }.map(\.start.line) == [3, 5])
  }

  @Test func depthCountsContainerNesting() {
    #expect(parse("text\n").maximumDepth == 0)
    #expect(parse("> - a\n").maximumDepth == 3)
  }

  @Test func htmlRenderingIsSafe() {
    let html = Markdown.renderHTML("Hi <script>alert(1)</script> [x](javascript:alert(1)) *ok*")
    #expect(!html.contains("<script"))
    #expect(!html.contains("javascript:"))
    #expect(html.contains("<em>ok</em>"))
  }

  @Test func cmarkVersionIsKnown() {
    #expect(Markdown.cmarkVersion.split(separator: ".").count == 3)
  }
}
