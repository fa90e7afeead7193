import Foundation
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
}
