import Testing

@testable import RapportRendering

/// Prefixing each line, as quotes are written into Markdown pages.
@Suite struct LinePrefixTests {
  @Test func everyLineGetsThePrefixIncludingEmptyOnes() {
    #expect(Formatting.prefixingLines("", with: "> ") == "> ")
    #expect(Formatting.prefixingLines("one", with: "> ") == "> one")
    #expect(Formatting.prefixingLines("one\n\ntwo", with: "> ") == "> one\n> \n> two")
    #expect(Formatting.prefixingLines("one\n", with: "> ") == "> one\n> ")
    #expect(Formatting.prefixingLines("é\r\nß", with: "> ") == "> é\r\n> ß")
  }
}
