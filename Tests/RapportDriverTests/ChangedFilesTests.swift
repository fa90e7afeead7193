import RapportNotebook
import Testing

@testable import RapportDriver

/// What `check --changed` keeps.
@Suite struct ChangedFilesTests {
  @Test func aChangedNoteKeepsWhatIsSaidAboutItsFolder() throws {
    let changed = ChangedFiles(paths: ["globex/2026/2026-01-10-hank.md"])
    let missing = try #require(
      AccountProfileMissing.check(folder: "globex", hasProfile: false, noteCount: 1))
    #expect(changed.affects(missing))
    #expect(!ChangedFiles(paths: ["initech/2026-01-10-bill.md"]).affects(missing))
    // Not a folder whose name merely starts the same way.
    #expect(!ChangedFiles(paths: ["globex-inc/2026-01-10-hank.md"]).affects(missing))
  }
}
