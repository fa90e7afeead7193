import Foundation
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Files that exist but cannot be read are reported, not dropped, and the rest is still read.
@Suite struct FileErrorTests {
  @Test func aBrokenLinkIsReportedAndTheOtherNotesAreRead() throws {
    let notebook = try TemporaryNotebook(RuleCatalog.exampleBase)
    try FileManager.default.createSymbolicLink(
      atPath: notebook.root + "/acme/2026-05-01-gone.md",
      withDestinationPath: notebook.root + "/nowhere.md")
    let loaded = notebook.load()
    let unreadable = loaded.diagnostics.filter { $0.rule == "file.unreadable" }
    #expect(unreadable.map(\.file) == ["acme/2026-05-01-gone.md"])
    #expect(unreadable.first?.severity == .error)
    #expect(loaded.account(id: "acme")?.interviews.count == 1)
    #expect(loaded.noteCount == 2)
  }
}
