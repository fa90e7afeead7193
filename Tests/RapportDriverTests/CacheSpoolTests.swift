import Foundation
import RapportNotebook
import RapportSystem
import RapportTestSupport
import Testing

@testable import RapportDriver

/// A new cache file may carry the records of the one it replaces, copied as they are: the records
/// still in use keep their order and spacing, and read back the same.
@Suite struct CacheSpoolTests {
  static let key = "test key"

  /// The example notebook's cache written to `notebook`'s `cache.bin` by a spool, and read back
  /// from the file.
  func written(_ notebook: TemporaryNotebook) throws -> (path: String, cache: NoteCache) {
    let loaded = NotebookLoader(jobs: 2).load(root: notebook.root)
    let path = notebook.root + "/cache.bin"
    let spool = try #require(CacheSpool(file: path))
    spool.finish(loaded.cache, key: Self.key, writtenAt: 1)
    let file = try #require(ReadableFile(path))
    let cache = try #require(NoteCache.decode(file: file, key: Self.key))
    #expect(!cache.entries.isEmpty && cache.source != nil)
    return (path, cache)
  }

  /// The example notebook with two notes more.
  func notebook() throws -> TemporaryNotebook {
    try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "acme/2026-04-01-raj.md":
          "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\n---\n> Slow #reports.\n",
        "acme/2026-04-02-jane.md":
          "---\ndate: 2026-04-02\ninterviewer: Sam Lee\ncontact: jane-doe\n---\n- [ ] Call @sam\n",
      ]) { $1 })
  }

  /// Where each note's record is in the file it is read from.
  func offsets(_ cache: NoteCache) -> [String: Int] {
    cache.entries.compactMapValues {
      if case .inFile(_, let offset, _) = $0.record { offset } else { nil }
    }
  }

  @Test func carriedRecordsKeepTheirSpacingAfterTheNewOnes() throws {
    let notebook = try notebook()
    let (path, old) = try written(notebook)
    // One note changed: its record is written as it is read, as a load does; another is gone.
    let spool = try #require(CacheSpool(file: path, carrying: old))
    var next = old
    let paths = old.entries.keys.sorted()
    try #require(paths.count >= 3)
    let (changed, gone) = (paths[0], paths[1])
    let note = try #require(old.entries[changed]?.note(file: changed))
    next.entries[changed] = NoteCache.Entry(
      fingerprint: old.entries[changed]!.fingerprint, contentHash: 42, note: note,
      write: { spool.append($0) })
    next.entries[gone] = nil
    spool.finish(next, key: Self.key, writtenAt: 2)
    #expect(spool.carries)
    let file = try #require(ReadableFile(path))
    let reread = try #require(NoteCache.decode(file: file, key: Self.key))
    #expect(Set(reread.entries.keys) == Set(next.entries.keys))
    for (file, entry) in next.entries {
      let expected = file == changed ? note : entry.note(file: file)
      #expect(expected != nil && reread.entries[file]?.note(file: file) == expected, "\(file)")
    }
    // Every carried record moved by the same distance: the earlier file's records were copied
    // whole, after the new one.
    let (before, after) = (offsets(old), offsets(reread))
    let kept = paths.filter { $0 != changed && $0 != gone }
    let shifts = Set(kept.map { after[$0]! - before[$0]! })
    #expect(shifts.count == 1)
    let newRecord = try #require(after[changed])
    #expect(kept.allSatisfy { after[$0]! > newRecord })
    #expect(reread.entries[changed]?.contentHash == 42)
  }

  @Test func aCacheFileCutShortIsNotCarried() throws {
    let notebook = try notebook()
    let (path, old) = try written(notebook)
    // Cut short after it was read: its records cannot all be copied.
    #expect(truncate(path, off_t(NoteCache.magic.count + 8)) == 0)
    let spool = try #require(CacheSpool(file: path, carrying: old))
    spool.finish(old, key: Self.key, writtenAt: 2)
    #expect(!spool.carries)
    // The records that can no longer be read are left out; the file is whole.
    let file = try #require(ReadableFile(path))
    let reread = try #require(NoteCache.decode(file: file, key: Self.key))
    #expect(reread.entries.isEmpty && reread.profiles.isEmpty)
    #expect(reread.lastRun == old.lastRun)
  }
}
