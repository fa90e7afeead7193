import Foundation
import RapportTestSupport
import Testing

/// A note from `rapport new note` as the interviewer starts filling it in.
@Suite struct NewNoteFlowTests {
  @Test func aHalfFilledNoteCountsAndShowsNoneOfItsPlaceholders() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let created = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "Tomas Berg", "--date", "2026-11-21"], in: folder.root)
    #expect(created.status == 0, "\(created.stderr)")
    let path = folder.root + "/" + created.stdout.trimmingCharacters(in: .newlines)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // A summary and no scores yet: it counts, asks for its scores, and shows none of its
    // placeholder text.
    try text.replacing("<!-- What mattered most", with: "Tomas wants weekly updates.\n\n<!--")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let report = try RapportProcess.run(
      ["report", "--out", "reports", "--as-of", "2026-11-21"], in: folder.root)
    #expect(report.status == 0, "\(report.stderr)")
    let check = try RapportProcess.run(["check", "--no-cache"], in: folder.root).stdout
    #expect(check.components(separatedBy: "[score.empty]").count - 1 == 2)
    #expect(!check.contains("[note.unfilled]"))
    let page = try String(
      contentsOfFile: folder.root + "/reports/accounts/northwind-logistics.md", encoding: .utf8)
    #expect(
      page.contains("2026-11-21-tomas-berg.md") && page.contains("Tomas wants weekly updates"))
    #expect(!page.contains("left out of this account's report"))
    #expect(!page.contains("What mattered most") && !page.contains("exactly as said"))
    #expect(!page.contains("A question to open with"), "the question is a placeholder")
  }

  @Test func anAccountIsAFolderOfTheNotebookNeverAPathOutOfIt() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    try FileManager.default.copyItem(
      atPath: folder.root + "/notebooks/northwind-logistics/account.md",
      toPath: folder.root + "/account.md")
    for account in ["..", ".", "northwind-logistics/..", "../notebooks/northwind-logistics"] {
      let run = try RapportProcess.run(
        ["new", "note", account, "Tomas Berg", "--date", "2026-11-21"], in: folder.root)
      #expect(run.status == 64, "\(account): \(run.stdout)")
      #expect(run.stderr.contains("is not an account"), "\(run.stderr)")
    }
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.root)
    #expect(!written.contains { $0.hasSuffix("tomas-berg.md") }, "\(written)")
    // Nor a folder that is a link leading out of the notebook, nor the templates folder.
    try FileManager.default.createDirectory(
      atPath: folder.root + "/elsewhere", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: folder.root + "/account.md", toPath: folder.root + "/elsewhere/account.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.root + "/notebooks/away", withDestinationPath: folder.root + "/elsewhere")
    for account in ["away", "templates"] {
      let run = try RapportProcess.run(
        ["new", "note", account, "Tomas Berg", "--date", "2026-11-21"], in: folder.root)
      #expect(run.status == 64, "\(account): \(run.stdout)")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.root + "/elsewhere") == [
        "account.md"
      ])
    let unknown = try RapportProcess.run(["new", "note", "nosuch", "Tomas Berg"], in: folder.root)
    #expect(unknown.status == 64 && unknown.stderr.contains("no account `nosuch`"))
  }

  @Test func theNoteOpensWithThePlansQuestionForThatPerson() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let plan = try RapportProcess.run(
      ["plan", "--account", "northwind-logistics", "--as-of", "2026-11-21"], in: folder.root)
    #expect(plan.status == 0, "\(plan.stderr)")
    // A detractor waiting on a promise is asked about it, not the account's usual question.
    let followUp = "Here is what we have done since we last spoke"
    #expect(plan.stdout.contains("Jonas Weber") && plan.stdout.contains(followUp), "\(plan.stdout)")
    let created = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "Jonas Weber", "--date", "2026-11-21"], in: folder.root
    )
    #expect(created.status == 0, "\(created.stderr)")
    let path = folder.root + "/" + created.stdout.trimmingCharacters(in: .newlines)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("A question to open with: " + followUp), "\(text)")
  }

  @Test func aNoteWithSomeoneWhoHasLeftIsWrittenAndSaysSo() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let created = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "ruth-adler", "--date", "2026-11-21"], in: folder.root)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.hasSuffix("2026-11-21-ruth-adler.md\n"))
    #expect(
      created.stderr.contains("note: Ruth Adler is marked `status: left`"), "\(created.stderr)")
    let path = folder.root + "/" + created.stdout.trimmingCharacters(in: .newlines)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text.contains(
        "A question to open with: Looking back on your time working with us, what should we have done differently?"
      ), "\(text)")
    let active = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "Jonas Weber", "--date", "2026-11-21"], in: folder.root
    )
    #expect(!active.stderr.contains("status: left"), "\(active.stderr)")
  }
}
