import Foundation
import RapportMarkdown
import RapportNotebook
import RapportSystem
import RapportTestSupport
import Testing

@testable import RapportDriver

/// A new cache file carries the records of the one it replaces that are still in use, copied
/// file to file; records of notes edited or gone are left behind, as a rewrite leaves them.
@Suite struct CacheSpoolTests {
  static let key = "test key"

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

  /// The notebook's cache written to `cache.bin` in it by a spool, and read back from the file.
  func written(_ notebook: TemporaryNotebook) throws -> (path: String, cache: NoteCache) {
    let loaded = NotebookLoader(jobs: 2).load(root: notebook.root)
    let path = notebook.root + "/cache.bin"
    let spool = try #require(CacheSpool(file: path))
    spool.finish(loaded.cache, key: Self.key, writtenAt: 1)
    #expect(spool.carriedBytes == 0)
    return (path, try read(path))
  }

  func read(_ path: String) throws -> NoteCache {
    let file = try #require(ReadableFile(path))
    return try #require(NoteCache.decode(file: file, key: Self.key))
  }

  /// The bytes of a record.
  func bytes(_ record: NoteCache.RecordBytes) throws -> [UInt8] {
    Array(try #require(record.load()))
  }

  @Test func recordsInUseAreCarriedAndTheRestLeftBehind() throws {
    let notebook = try notebook()
    let (path, old) = try written(notebook)
    let paths = old.entries.keys.sorted()
    try #require(paths.count >= 3)
    let (changed, gone) = (paths[0], paths[1])
    let left = [try bytes(old.entries[changed]!.record), try bytes(old.entries[gone]!.record)]
    // One note changed: its record is written as it is read, as a load does; another is gone.
    let spool = try #require(CacheSpool(file: path, carrying: old.sourceFile))
    var next = old
    var note = try #require(old.entries[changed]?.note(file: changed))
    note.channel = Located("video", at: SourcePosition(line: 5, column: 10))
    next.entries[changed] = NoteCache.Entry(
      fingerprint: old.entries[changed]!.fingerprint, contentHash: 42, note: note,
      write: { spool.append($0) })
    next.entries[gone] = nil
    spool.finish(next, key: Self.key, writtenAt: 2)
    // Every record still in use was carried: the other notes', the profile's, the accounts'.
    var kept = 0
    for file in paths where file != changed && file != gone {
      kept += try bytes(old.entries[file]!.record).count
    }
    for profile in old.profiles.values { kept += try bytes(profile.record).count }
    for account in old.accounts.values { kept += try bytes(account.record).count }
    #expect(spool.carriedBytes == kept)
    let reread = try read(path)
    #expect(Set(reread.entries.keys) == Set(next.entries.keys))
    for (file, entry) in next.entries {
      let expected = file == changed ? note : entry.note(file: file)
      #expect(expected != nil && reread.entries[file]?.note(file: file) == expected, "\(file)")
    }
    #expect(reread.entries[changed]?.contentHash == 42)
    for (file, profile) in old.profiles {
      #expect(try bytes(try #require(reread.profiles[file]).record) == bytes(profile.record))
      #expect(reread.profiles[file]?.profile(file: file) != nil, "\(file)")
    }
    for (id, account) in old.accounts {
      #expect(reread.accounts[id]?.notes() == account.notes(), "\(id)")
    }
    // The old records of the changed and the gone note are not in the new file.
    let whole = try #require(FileManager.default.contents(atPath: path))
    for record in left {
      #expect(whole.range(of: Data(record)) == nil)
    }
  }

  @Test func aCacheFileCutShortIsNotCarried() throws {
    let notebook = try notebook()
    let (path, old) = try written(notebook)
    // Cut short after it was read: its records cannot be copied.
    #expect(truncate(path, off_t(NoteCache.magic.count + 8)) == 0)
    let spool = try #require(CacheSpool(file: path, carrying: old.sourceFile))
    spool.finish(old, key: Self.key, writtenAt: 2)
    #expect(spool.carriedBytes == 0)
    // The records that can no longer be read are left out; the file is whole.
    let reread = try read(path)
    #expect(reread.entries.isEmpty && reread.profiles.isEmpty)
    #expect(reread.lastRun == old.lastRun)
  }

  @Test func aRecordIsFoundInTheRunThatHoldsAllOfIt() {
    let runs = [
      CacheSpool.Run(start: 16, end: 100, shift: 0),
      CacheSpool.Run(start: 200, end: 300, shift: -50),
    ]
    #expect(CacheSpool.run(holding: 16, length: 84, in: runs)?.start == 16)
    #expect(CacheSpool.run(holding: 50, length: 51, in: runs) == nil)
    #expect(CacheSpool.run(holding: 120, length: 10, in: runs) == nil)
    #expect(CacheSpool.run(holding: 250, length: 50, in: runs)?.shift == -50)
    #expect(CacheSpool.run(holding: 10, length: 4, in: runs) == nil)
    #expect(CacheSpool.run(holding: 300, length: 1, in: runs) == nil)
  }
}
