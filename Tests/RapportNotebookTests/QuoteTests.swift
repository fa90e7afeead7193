import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Block quotes become quotes; a last line starting with a dash names the speaker.
@Suite struct QuoteTests {
  func quotes(_ body: String) -> [Quote] { parseNote(noteWithBody(body)).body.quotes }

  @Test func attributionAfterEmDashDoubleHyphenOrEnDash() {
    for dash in ["—", "--", "-- ", "–"] {
      let quote = quotes("> The export saved us a day. #automation\n> \(dash) Jane Doe\n")
      #expect(quote.count == 1)
      #expect(quote.first?.attribution?.value == "Jane Doe", "dash \(dash)")
      #expect(quote.first?.markdown == "The export saved us a day. #automation")
      #expect(quote.first?.tags == ["automation"])
    }
  }

  @Test func attributionInItsOwnParagraph() {
    let marked = MarkedText(noteWithBody("> First line.\n>\n> — 1️⃣raj-patel\n"))
    let quote = parseNote(marked.text).body.quotes.first
    #expect(quote?.attribution?.value == "raj-patel")
    #expect(quote?.attribution?.position == marked["1️⃣"])
    #expect(quote?.markdown == "First line.")
  }

  @Test func withoutAttributionTheWholeQuoteStays() {
    let marked = MarkedText(noteWithBody("1️⃣> We would renew tomorrow.\n> Really.\n"))
    let quote = parseNote(marked.text).body.quotes.first
    #expect(quote?.attribution == nil)
    #expect(quote?.markdown == "We would renew tomorrow.\nReally.")
    #expect(quote?.position == marked["1️⃣"])
  }

  @Test func hardBreakBeforeAttributionLeavesNoBackslash() {
    #expect(quotes("> Keep it simple.\\\n> — Jane Doe\n").first?.markdown == "Keep it simple.")
  }

  @Test func nestedQuotesAreOneQuoteAndQuotesInListsCount() {
    #expect(quotes("> Outer\n> > inner\n").count == 1)
    #expect(
      quotes("- item\n\n  > Said in a list\n  > — Jane\n").first?.attribution?.value == "Jane")
  }

  @Test func aDashInsideTheTextIsNotAnAttribution() {
    #expect(quotes("> It works -- mostly.\n").first?.attribution == nil)
  }
}
