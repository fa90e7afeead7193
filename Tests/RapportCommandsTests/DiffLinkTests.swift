import Foundation
import RapportTestSupport
import Testing

/// `diff` between two commits reads their links as `check` reads the working tree's.
@Suite struct DiffLinkTests {
  @Test func aLinkAddedByTheChangeIsAProblemItIntroduces() throws {
    let workflow = WorkflowTests()
    let repo = try workflow.repository()
    let folder = repo.root + "/research/notebooks/fernwood-foods/"
    try FileManager.default.createSymbolicLink(
      atPath: folder + "2026-10-09-outside.md", withDestinationPath: "/etc/hostname")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "2026-10-10-broken.md", withDestinationPath: "no-such-note.md")
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-qm", "Links"], in: repo.root)
    let run = try RapportProcess.run(
      ["diff", "main", "review", "--notebook", ".", "--as-of", "2026-11-20"],
      in: repo.root + "/research/notebooks")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("file.outside-notebook"), "\(run.stdout)")
    #expect(run.stdout.contains("file.unreadable"), "\(run.stdout)")
  }
}
