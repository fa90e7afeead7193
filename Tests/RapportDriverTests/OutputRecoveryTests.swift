import Foundation
import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportDriver

/// A run killed after committing is finished by the next; one killed before is discarded.
@Suite struct OutputRecoveryTests {
  @Test func aCommittedJournalIsCompleted() throws {
    let folder = try TemporaryNotebook([
      "out/index.md": "old\n", "out/gone.md": "stale\n",
      "out/.rapport-manifest": "rapport-manifest 2\nkey 1\n1 4 0 0 index.md\n1 6 0 0 gone.md\n",
      "out/.rapport-staging/index.md": "new\n",
      "out/.rapport-staging/.rapport-manifest": "rapport-manifest 2\nkey 2\n2 4 0 0 index.md\n",
      "out/.rapport-staging/journal": "rapport-journal 1\ninstall index.md\nremove gone.md\nend\n",
    ])
    let writer = try ReportWriter(out: folder.root + "/out")
    #expect(writer.recoveryWarnings == [])
    let out = folder.root + "/out"
    #expect(try String(contentsOfFile: out + "/index.md", encoding: .utf8) == "new\n")
    #expect(!FileManager.default.fileExists(atPath: out + "/gone.md"))
    #expect(writer.manifest()?.key == 2)
    #expect(!FileManager.default.fileExists(atPath: out + "/.rapport-staging"))
  }

  @Test func newFoldersMoveInWholeAndAReplayFinishesWhatIsLeft() throws {
    let folder = try TemporaryNotebook([
      "out/accounts/acme.md": "kept\n", "out/index.md": "old\n",
      // A replayed journal: people/beta moved in before the run was killed, people/acme did not.
      "out/people/beta/bo.md": "bo\n",
      "out/.rapport-staging/index.md": "new\n",
      "out/.rapport-staging/accounts/beta.md": "beta\n",
      "out/.rapport-staging/people/acme/ann.md": "ann\n",
      "out/.rapport-staging/people/acme/cy.md": "cy\n",
      "out/.rapport-staging/teams/sam.md": "sam\n",
      "out/.rapport-staging/journal": """
      rapport-journal 1
      install accounts/beta.md
      install index.md
      install people/acme/ann.md
      install people/acme/cy.md
      install people/beta/bo.md
      install teams/sam.md
      end

      """,
    ])
    let out = folder.root + "/out"
    func inode(_ path: String) throws -> Int {
      try (FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1
    }
    let acme = try inode(out + "/.rapport-staging/people/acme")
    let teams = try inode(out + "/.rapport-staging/teams")
    _ = try ReportWriter(out: out)
    for (path, text) in [
      "accounts/acme.md": "kept\n", "accounts/beta.md": "beta\n", "index.md": "new\n",
      "people/acme/ann.md": "ann\n", "people/acme/cy.md": "cy\n", "people/beta/bo.md": "bo\n",
      "teams/sam.md": "sam\n",
    ] {
      #expect(try String(contentsOfFile: out + "/" + path, encoding: .utf8) == text, "\(path)")
    }
    // The folders that did not exist moved in with one rename each.
    #expect(try inode(out + "/people/acme") == acme)
    #expect(try inode(out + "/teams") == teams)
    #expect(!FileManager.default.fileExists(atPath: out + "/.rapport-staging"))
  }

  @Test func anIncompleteJournalIsDiscarded() throws {
    let folder = try TemporaryNotebook([
      "out/index.md": "old\n",
      "out/.rapport-staging/index.md": "new\n",
      // No `end` line: the run died while writing the journal, before it committed.
      "out/.rapport-staging/journal": "rapport-journal 1\ninstall index.md\n",
    ])
    _ = try ReportWriter(out: folder.root + "/out")
    #expect(try String(contentsOfFile: folder.root + "/out/index.md", encoding: .utf8) == "old\n")
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/out/.rapport-staging"))
  }

  /// A run refused for errors leaves a killed run's staging folder alone, so the next run that
  /// writes finishes it and says what it left.
  @Test func aRefusedRunLeavesAKilledRunForTheNextToFinish() throws {
    let (folder, workspace) = try WorkspaceTests().sample()
    defer { withExtendedLifetime(folder) {} }
    let out = folder.root + "/out"
    let asOf = Day("2026-04-01")!
    _ = try workspace.report(ReportRequest(out: out, asOf: asOf))
    try FileManager.default.createDirectory(
      atPath: out + "/somedir", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: out + "/.rapport-staging", withIntermediateDirectories: true)
    try "rapport-journal 1\nremove somedir\nend\n".write(
      toFile: out + "/.rapport-staging/journal", atomically: false, encoding: .utf8)
    let bad = workspace.notebook + "/fernwood-foods/2026-02-30-bad.md"
    try "---\ndate: 2026-02-30\ninterviewer: Sam Lee\ncontact: nobody\n---\nA bad date.\n".write(
      toFile: bad, atomically: false, encoding: .utf8)
    let refused = try workspace.report(ReportRequest(out: out, asOf: asOf, strict: true))
    #expect(refused.result == .refused)
    #expect(FileManager.default.fileExists(atPath: out + "/.rapport-staging/journal"))
    try FileManager.default.removeItem(atPath: bad)
    let written = try workspace.report(ReportRequest(out: out, asOf: asOf))
    #expect(
      written.warnings.contains { $0.contains("left somedir in place") }, "\(written.warnings)")
    #expect(!FileManager.default.fileExists(atPath: out + "/.rapport-staging"))
  }
}
