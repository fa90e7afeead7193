import Testing

@testable import RapportMarkdown

/// Note text copied into reports: nothing loads from elsewhere, nothing runs, nothing spills.
@Suite struct SafeRenderingTests {
  static let images =
    "See ![chart](https://cdn.example/x.png), ![](//host/y.png), ![local *alt*](pic.png), "
    + "[![inside](https://a.example/b.png)](https://c.example/) and ![x](javascript:alert(1))."

  @Test func imagesBecomeLinksOrTheirAltTextInHTML() {
    let html = Markdown.renderHTML(Self.images)
    #expect(!html.contains("<img"), "\(html)")
    #expect(html.contains(#"<a href="https://cdn.example/x.png">chart</a>"#), "\(html)")
    #expect(html.contains(#"<a href="//host/y.png">//host/y.png</a>"#), "\(html)")
    #expect(html.contains("<em>local <em>alt</em></em>"), "\(html)")
    #expect(html.contains(#"<a href="https://c.example/"><em>inside</em></a>"#), "\(html)")
    #expect(!html.contains("javascript"), "\(html)")
  }

  @Test func imagesBecomeLinksOrTheirAltTextInMarkdown() {
    let markdown = Markdown.sanitized(Self.images)
    #expect(!markdown.contains("!["), "\(markdown)")
    #expect(markdown.contains("[chart](https://cdn.example/x.png)"), "\(markdown)")
    #expect(markdown.contains("*local *alt**"), "\(markdown)")
    #expect(!markdown.contains("javascript"), "\(markdown)")
  }

  @Test func rawHTMLImagesAreText() {
    let html = Markdown.renderHTML(#"An <img src="https://z.example/q.png"> tag."#)
    #expect(!html.contains("<img"), "\(html)")
    #expect(html.contains("&lt;img src=&quot;https://z.example/q.png&quot;&gt;"), "\(html)")
  }

  @Test func anUnclosedFenceIsClosed() {
    let markdown = Markdown.sanitized("Before.\n\n```\nunclosed fence")
    #expect(markdown.hasSuffix("```"), "\(markdown)")
    #expect(markdown.components(separatedBy: "```").count == 3, "\(markdown)")
    let tilde = Markdown.sanitized("~~~~\nstill open")
    #expect(tilde.components(separatedBy: "~~~~").count == 3 || tilde.hasSuffix("```"), "\(tilde)")
  }

  @Test func plainTextIsKeptAsWritten() {
    let text = "Jane finds #reporting slow; *exports* help (a lot)."
    #expect(Markdown.sanitized(text) == text)
  }
}
