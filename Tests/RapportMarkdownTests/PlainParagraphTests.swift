import RapportTestSupport
import Testing

@testable import RapportMarkdown

/// Text rendered without parsing reads exactly as cmark renders it, and anything else is parsed.
@Suite struct PlainParagraphTests {
  @Test func plainTextRendersAsCmarkRendersIt() {
    var random = SeededRandom(seed: 31)
    // Pieces plain text is made of, and pieces that may make it something else.
    let plainPieces = [
      "word", "Ana", "x", "7", " ", "\n", ".", ",", ";", ":", "'", "\"", "?", "(", ")", "/", "%",
      "$", "@", "+", "=", "-", "#", "^", "é", "—", "🙂", "\u{00A0}", "\u{2028}", "http://a.example",
    ]
    let otherPieces = [
      "  ", "\n\n", "\r\n", "\t", "*", "_", "`", "[", "]", "!", "<", ">", "&", "&amp;", "\\", "~",
      "|", "1.", "- ", "# ", "> ", "===", "---", "\u{7F}", "\u{1}", "\n ", " \n",
    ]
    var plain = 0
    for _ in 0..<20_000 {
      let others = random.chance(0.5)
      let text = (0..<random.int(1...12)).map { _ in
        random.pick(others && random.chance(0.3) ? otherPieces : plainPieces)
      }.joined()
      let cmark = Markdown.renderHTMLThroughCmark(text)
      if let fast = PlainParagraph.html(text) {
        plain += 1
        #expect(fast == cmark, "\(text.debugDescription)")
      }
      #expect(Markdown.renderHTML(text) == cmark, "\(text.debugDescription)")
    }
    #expect(plain > 1_000)
  }

  @Test func quotesAndTagsAreRenderedWithoutParsing() {
    let quote = "You listened last time, and \"that\" is why I am still here. #reporting"
    #expect(
      PlainParagraph.html(quote)
        == "<p>You listened last time, and &quot;that&quot; is why I am still here. #reporting</p>\n"
    )
    #expect(PlainParagraph.html("Two\nlines") == "<p>Two\nlines</p>\n")
    for text in ["", " lead", "trail ", "- list", "a *b*", "a <b>", "a  \nb", "a\n\nb", "a\n"] {
      #expect(PlainParagraph.html(text) == nil, "\(text.debugDescription)")
    }
  }
}
