import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// `#tags` in note bodies: what counts, what is excluded, and where each one is.
@Suite struct ThemeTagTests {
  func tags(_ body: String) -> [String] { parseNote(noteWithBody(body)).body.tags.map(\.value) }

  @Test func tagsAfterStartWhitespaceBracketsOrQuotes() {
    #expect(
      tags("#first word #second (#third) [#fourth] \"#fifth\" “#sixth”\n") == [
        "first", "second", "third", "fourth", "fifth", "sixth",
      ])
  }

  @Test func tagNamesTakeLettersDigitsDashUnderscoreAndSlash() {
    #expect(
      tags("#product/reporting, #tell-back. #snake_case! #v2 #Upper #café\n") == [
        "product/reporting", "tell-back", "snake_case", "v2", "upper", "café",
      ])
    #expect(tags("Ends with a slash #area/ and a dash #word-\n") == ["area", "word"])
  }

  @Test func aTagStartsWithALetter() {
    #expect(tags("Ticket #12 and #-x and # alone\n") == [])
  }

  @Test func excludedInCodeSpansAndCodeBlocks() {
    #expect(tags("Run `git tag #v1` now.\n\n```\n#not-a-tag\n```\n\n    #indented-code\n") == [])
  }

  @Test func excludedInLinkDestinationsAndAutolinks() {
    #expect(
      tags("[docs #real](https://example.com/#anchor) <https://example.com/#auto>\n") == ["real"])
    #expect(tags("Mail <someone@example.com#x>\n") == [])
  }

  @Test func excludedAfterLettersAndDigits() {
    #expect(tags("We use C# and see issue#12 and abc#def.\n") == [])
  }

  @Test func headingMarkersAreNotTagsButHeadingTextCan() {
    #expect(tags("# Summary\n\n## Pricing #price ##\n") == ["price"])
  }

  @Test func emphasisIsTransparent() {
    #expect(tags("Very **#urgent** and *#soon*\n") == ["urgent", "soon"])
  }

  @Test func imagesDescriptionsAreNotScanned() {
    #expect(tags("![diagram #one](img.png) text #two\n") == ["two"])
  }

  /// The positions of the tags found in a note whose body is `marked`.
  func tagPositions(_ marked: MarkedText) -> [SourcePosition] {
    parseNote(marked.text).body.tags.map(\.position)
  }

  @Test func positionsAreFileLinesAndScalarColumns() {
    let marked = MarkedText(noteWithBody("Intro.\n\nCafé — 1️⃣#reporting and `x` 2️⃣#second\n"))
    #expect(tagPositions(marked) == [marked["1️⃣"], marked["2️⃣"]])
  }

  @Test func sameTagTwiceOnALineGetsBothColumns() {
    let marked = MarkedText(noteWithBody("1️⃣#a then 2️⃣#a\n"))
    #expect(tagPositions(marked) == [marked["1️⃣"], marked["2️⃣"]])
  }

  @Test func anEscapedOrEncodedHashOpensNoTag() {
    #expect(tags("a \\#escaped &#35;decimal &#x23;hex &num;named #real\n") == ["real"])
  }

  @Test func columnsStayRightAfterEscapesAndEntities() {
    // Each escape or entity makes the literal shorter than the source; the columns must not drift.
    let marked = MarkedText(noteWithBody("\\* &amp; &eacute; caf&#233; 1️⃣#one \\_ 2️⃣#two\n"))
    #expect(parseNote(marked.text).body.tags.map(\.value) == ["one", "two"])
    #expect(tagPositions(marked) == [marked["1️⃣"], marked["2️⃣"]])
  }

  @Test func tagsWrittenWithEntitiesInsideTheNameCount() {
    #expect(tags("#pric&#105;ng\n") == ["pricing"])
  }

  @Test func frontMatterThemesAreLowercasedAndChecked() {
    let note = parseNote(
      "---\ndate: 2026-03-14\ninterviewer: Sam\ncontact: jane\nthemes: [Reporting, '#automation', bad theme]\n---\n"
    )
    #expect(note.themes.map(\.value) == ["reporting", "automation"])
    #expect(note.diagnostics.map(\.rule) == ["theme.invalid"])
  }
}
