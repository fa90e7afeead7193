import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Task-list items become commitments with an owner, dates and tags.
@Suite struct CommitmentTests {
  func parsed(_ body: String) -> ParsedNote { parseNote(noteWithBody(body)) }

  @Test func openAndDoneItemsWithOwnersDatesAndTags() {
    let marked = MarkedText(
      noteWithBody(
        """
        - [ ] Share what we heard 1️⃣@sam 2️⃣due:2026-03-21 #tell-back
        - [x] Fix SSO follow-up @priya due:2026-03-10 done:2026-03-09
        - [X] Send notes @sam due:2026-03-20

        """))
    let note = parseNote(marked.text)
    let items = note.body.commitments
    #expect(items.map(\.isChecked) == [false, true, true])
    #expect(items.map { $0.owner?.value } == ["sam", "priya", "sam"])
    #expect(items.map { $0.due?.value.description } == ["2026-03-21", "2026-03-10", "2026-03-20"])
    #expect(items.map { $0.done?.value.description } == [nil, "2026-03-09", nil])
    #expect(items[0].tags == ["tell-back"])
    #expect(items[0].text == "Share what we heard #tell-back")
    #expect(items[0].owner?.position == marked["1️⃣"])
    #expect(items[0].due?.position == marked["2️⃣"])
    #expect(note.diagnostics.isEmpty)
  }

  @Test func anyListMarkerAndNesting() {
    let note = parsed(
      """
      * [ ] Star @sam due:2026-04-01
      + [ ] Plus @sam due:2026-04-01
      1. [ ] Ordered @sam due:2026-04-01
         - [ ] Nested @sam due:2026-04-01

      """)
    #expect(note.body.commitments.map(\.text) == ["Star", "Plus", "Ordered", "Nested"])
  }

  @Test func notCommitments() {
    let note = parsed("- [] empty brackets\n- plain item\n- [link](x) item\n- [ab] two letters\n")
    #expect(note.body.commitments.isEmpty)
    #expect(note.diagnostics.isEmpty)
  }

  @Test func emailsAndCodeAreNotOwners() {
    let note = parsed("- [ ] Mail sam@example.com and run `@bot` @priya due:2026-04-01\n")
    #expect(note.body.commitments.first?.owner?.value == "priya")
  }

  @Test func missingOwnerAndDueAreWarnings() {
    let marked = MarkedText(noteWithBody("- 1️⃣[ ] Follow up\n"))
    let note = parseNote(marked.text)
    #expect(
      note.diagnostics.map(\.rule).sorted() == [
        "commitment.due.missing", "commitment.owner.missing",
      ])
    #expect(
      note.diagnostics.allSatisfy { $0.severity == .warning && $0.position == marked["1️⃣"] })
  }

  @Test func malformedDatesAreErrorsThatShowTheFix() {
    let marked = MarkedText(noteWithBody("- [ ] Call back @sam 1️⃣due:2026-4-1\n"))
    let note = parseNote(marked.text)
    #expect(note.diagnostics.map(\.rule) == ["date.invalid"])
    #expect(note.diagnostics.first?.message.contains("write 2026-04-01") == true)
    #expect(note.diagnostics.first?.position == marked["1️⃣"])
  }

  @Test func doneOnUncheckedItemIsAnError() {
    let note = parsed("- [ ] Call back @sam due:2026-04-01 done:2026-03-30\n")
    #expect(note.diagnostics.map(\.rule) == ["commitment.done.unchecked"])
  }

  @Test func checkedWithoutDoneDateIsDoneOnAnUnknownDay() {
    let item = parsed("- [x] Sent @sam due:2026-04-01\n").body.commitments.first
    #expect(item?.isChecked == true)
    #expect(item?.done == nil)
  }

  @Test func otherCheckboxStatesAreReported() {
    let note = parsed("- [-] Cancelled @sam due:2026-04-01\n- [/] Half @sam due:2026-04-01\n")
    #expect(note.body.commitments.isEmpty)
    #expect(
      note.diagnostics.map(\.rule) == [
        "commitment.checkbox.unknown", "commitment.checkbox.unknown",
      ])
  }
}
