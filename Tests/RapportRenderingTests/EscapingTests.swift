import RapportRendering
import RapportTestSupport
import Testing

/// The escapers, byte for byte against rapport's `Escaping`.
@Suite struct EscapingTests {
  @Test func htmlEscapesFiveCharacters() {
    #expect(
      TemplateEscaping.escape("<a href=\"x\">Tom & Jerry's</a>", for: .html)
        == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
  }

  @Test func markdownEscapesMarkupAndJoinsLines() {
    #expect(
      TemplateEscaping.escape("# *a* _b_ `c` [d] <e> |f| ~g~ \\ #h\r\ni", for: .markdown)
        == "\\# \\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\<e\\> \\|f\\| \\~g\\~ \\\\ #h  i")
  }

  @Test func textEscapesNothing() {
    #expect(TemplateEscaping.escape("<#*\n>", for: .text) == "<#*\n>")
  }

  @Test func emptyTextStaysEmpty() {
    for contentType in TemplateContentType.allCases {
      #expect(TemplateEscaping.escape("", for: contentType) == "")
    }
  }

  @Test func bothEscapersMatchRapportsOwnOnRandomText() {
    var random = SeededRandom(seed: 7)
    for _ in 0..<2000 {
      let text = random.text(pieces: 0...12)
      #expect(TemplateEscaping.escape(text, for: .markdown) == Escaping.markdown(text))
      #expect(TemplateEscaping.escape(text, for: .html) == Escaping.html(text))
    }
  }
}
