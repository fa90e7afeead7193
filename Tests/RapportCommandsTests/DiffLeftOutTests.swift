import Foundation
import RapportTestSupport
import Testing

/// `diff` says when a note it lists is left out of the reports, rather than showing blanks.
@Suite struct DiffLeftOutTests {
  let workflow = WorkflowTests()

  @Test func anEmptyNewNoteIsShownAsLeftOut() throws {
    let repo = try workflow.repository()
    let notebook = repo.root + "/research/notebooks"
    let created = try RapportProcess.run(
      ["new", "note", "linden-transit", "Ruth Okafor", "--date", "2026-11-18"], in: notebook)
    #expect(created.status == 0, "\(created.stderr)")
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-qm", "Start a note"], in: repo.root)
    for format in ["markdown", "json"] {
      let run = try RapportProcess.run(
        ["diff", "main", "--notebook", ".", "--as-of", "2026-11-20", "--format", format],
        in: notebook)
      #expect(run.status == 0, "\(run.stderr)")
      if format == "markdown" {
        #expect(
          run.stdout.contains("| added (left out of reports) | Linden Transit |"), "\(run.stdout)")
        #expect(run.stdout.contains("note.unfilled"), "the checks section says why")
      } else {
        #expect(run.stdout.contains("\"left_out\": true"), "\(run.stdout)")
        #expect(!run.stdout.contains("\"left_out\": null"), "no confidential note here")
      }
    }
  }
}
