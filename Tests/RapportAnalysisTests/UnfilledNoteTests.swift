import RapportTestSupport
import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// A note with nothing written in it (as `rapport new note` leaves it) is warned about and left
/// out: it must not make its contact heard.
@Suite struct UnfilledNoteTests {
  /// The body `rapport new note` writes: headings, placeholder comments and an open tell-back.
  static let scaffold = """
    ## Summary

    <!-- What mattered most in this conversation? -->

    ## Quotes

    <!-- > ...
    > — Ann -->

    ## Commitments

    - [ ] Tell Ann what we heard @sam due:2026-06-15 #tell-back

    """

  /// Loads one note about Ann dated 2026-06-01 with `body` and `extra` front matter.
  func load(_ body: String, extra: String = "") throws -> Notebook {
    var fixture = AnalysisFixture()
    fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
    fixture.note("2026-06-01", "ann", extra: extra, body: body)
    return try TemporaryNotebook(fixture.files).load()
  }

  @Test func aScaffoldIsWarnedAboutAndLeftOut() throws {
    let notebook = try load(Self.scaffold)
    let unfilled = notebook.diagnostics.filter { $0.rule == "note.unfilled" }
    #expect(unfilled.count == 1)
    #expect(unfilled.first?.severity == .warning)
    #expect(unfilled.first?.position?.line == 1)
    #expect(notebook.account(id: "acme")?.interviews.isEmpty == true)
    #expect(notebook.skippedNotes.count == 1)
    #expect(notebook.skippedByAccount["acme"] == 1)
  }

  @Test func anythingWrittenMakesItANote() throws {
    let written: [(body: String, extra: String)] = [
      ("Ann wants the exports overnight.\n\n" + Self.scaffold, ""),
      (Self.scaffold, "scores: { nps: 8 }"),
      (Self.scaffold, "themes: [pricing]"),
      (Self.scaffold + "\n> We would buy again.\n> — Ann\n", ""),
      (Self.scaffold + "\n- [ ] Send the price list @sam due:2026-06-10\n", ""),
      (Self.scaffold.replacing("- [ ]", with: "- [x]") + "\n", ""),
      (Self.scaffold + "\n```\nexport log\n```\n", ""),
      (Self.scaffold + "\n- asked about pricing\n", ""),
      // Typed after the placeholder comment, on its line: the comment opens an HTML block.
      (
        Self.scaffold.replacing(
          "<!-- What mattered most in this conversation? -->",
          with: "<!-- What mattered most in this conversation? --> Ann wants exports overnight."),
        ""
      ),
      (Self.scaffold + "\n<p>Ann wants the exports overnight.</p>\n", ""),
      (Self.scaffold.replacing("## Summary", with: "## Summary #pricing"), ""),
      (Self.scaffold.replacing("#tell-back", with: "#tell-back #pricing"), ""),
    ]
    for (body, extra) in written {
      let notebook = try load(body, extra: extra)
      #expect(!notebook.diagnostics.contains { $0.rule == "note.unfilled" }, "\(body) \(extra)")
      #expect(notebook.account(id: "acme")?.interviews.count == 1, "\(body) \(extra)")
    }
  }

  @Test func anotherCheckboxOnTheTellBackLeavesItEmpty() throws {
    // A tell-back marked `[-]` (called off) is not read as a commitment, nor as text.
    let notebook = try load(Self.scaffold.replacing("- [ ]", with: "- [-]"))
    #expect(notebook.diagnostics.contains { $0.rule == "note.unfilled" })
    #expect(notebook.account(id: "acme")?.interviews.isEmpty == true)
  }

  @Test func htmlCountsAsTextOnlyBeyondItsCommentsAndTags() {
    #expect(!BodyExtractor.hasText(html: "<!-- placeholder -->\n"))
    #expect(!BodyExtractor.hasText(html: "<!-- a\n> b\n-->\n<div>\n</div>\n"))
    #expect(BodyExtractor.hasText(html: "<!-- placeholder --> Ann said yes.\n"))
    #expect(BodyExtractor.hasText(html: "<p>Ann said yes.</p>\n"))
    #expect(!BodyExtractor.hasText(html: "<!-- never closed\n"))
  }

  @Test func aLostAccountStaysUnheardWhileItsNoteIsEmpty() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "relationship: customer\nstatus: lost\ncontacts:\n  - { id: ann, name: Ann, level: executive }"
    )
    fixture.note("2026-06-20", "ann", body: Self.scaffold)
    let account = try fixture.analyse().company.accounts[0]
    #expect(account.lastInterview == nil)
    #expect(account.attention.reasons.contains { $0.rule == .lostUnheard })
  }
}
