import RapportTestSupport
import Testing

@testable import RapportNotebook

/// The summary shown on interview timelines: the Summary section, or else the first paragraph.
@Suite struct SummaryTests {
  func summary(_ body: String) -> String? { parseNote(noteWithBody(body)).body.summary }

  @Test func theSummarySectionUpToTheNextHeading() {
    #expect(
      summary("Intro.\n\n## Summary\n\nFirst.\n\n- a point\n\n## Notes\n\nLater.\n")
        == "First.\n\n- a point")
  }

  @Test func withoutASummaryHeadingTheFirstParagraph() {
    #expect(summary("# Call\n\nFirst paragraph.\n\nSecond.\n") == "First paragraph.")
  }

  @Test func htmlCommentsAreNotPartOfIt() {
    #expect(summary("## Summary\n\n<!-- placeholder -->\n\n## Notes\n") == nil)
    #expect(
      summary("## Summary\n\n<!-- a\nplaceholder -->\n\nWhat was said.\n\n<!-- b -->\n")
        == "What was said.")
  }

  @Test func anEmptySummarySectionGivesWayToTheFirstParagraph() {
    // The template's Summary keeps its comment while the interviewer writes further down.
    #expect(
      summary(
        "## Summary\n\n<!-- placeholder -->\n\n## What we heard\n\n<!-- a question -->\n\n"
          + "Ruth wants the rollout in March.\n\nMore.\n") == "Ruth wants the rollout in March.")
    #expect(summary("## Summary\n\n## Notes\n\n- [ ] a promise @sam due:2026-01-01\n") == nil)
    // Rough words above the Summary heading wait behind what is written after it.
    #expect(
      summary("Rough notes.\n\n## Summary\n\n<!-- x -->\n\n## Heard\n\nShe renews.\n")
        == "She renews.")
  }

  @Test func wordsTypedAfterThePlaceholderCommentAreTheSummary() {
    #expect(
      summary(
        "## Summary\n\n<!-- What mattered most? --> Ruth will renew if exports run overnight.\n\n"
          + "## What we heard\n\nWe opened with pricing.\n")
        == "Ruth will renew if exports run overnight.")
    #expect(BodyExtractor.withoutComments("a <!-- b --> c <!-- d") == "a  c ")
  }
}
