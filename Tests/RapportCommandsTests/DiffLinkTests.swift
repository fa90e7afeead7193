import Foundation
import RapportTestSupport
import Testing

@testable import RapportSystem

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

  @Test func aRevisionsLinkIsNeverFollowedToWriteOutsideTheExport() throws {
    let folder = try TemporaryNotebook([:])
    let outside = folder.root + "/outside"
    let export = folder.root + "/export"
    for path in [outside, export] {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    GitRepository.placeLink("nb/acme", to: outside, in: export)
    // A later entry under that link, and one at a place a file holds, are left out.
    GitRepository.placeLink("nb/acme/x.md", to: "/etc/hostname", in: export)
    try "note".write(toFile: export + "/nb/a.md", atomically: false, encoding: .utf8)
    GitRepository.placeLink("nb/a.md", to: "/etc/hostname", in: export)
    GitRepository.placeLink("nb/b/c.md", to: "../a.md", in: export)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    #expect(try String(contentsOfFile: export + "/nb/a.md", encoding: .utf8) == "note")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: export + "/nb/b/c.md") == "../a.md")
  }
}
