import Foundation
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// The incremental cache: a faithful round trip, reuse of unchanged notes, and distrust of damage.
@Suite struct NoteCacheTests {
  func sample() throws -> (TemporaryNotebook, NotebookLoader.Result) {
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "acme/2026-04-01-raj.md":
          "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\nscores: { nps: 6 }\n---\n"
          + "> Slow #reports. — not this\n> — Raj Patel\n\n- [x] Fix it @sam due:2026-04-10 done:2026-04-12 #tell-back\n- [ ] No owner\n"
      ]) { $1 })
    return (notebook, NotebookLoader(jobs: 2).load(root: notebook.root))
  }

  @Test func encodeDecodeRoundTripKeepsEveryFact() throws {
    let (_, result) = try sample()
    let key = NoteCache.key(version: "test", limits: Limits())
    let bytes = result.cache.encoded(key: key, writtenAt: 42)
    let decoded = try #require(bytes.withUnsafeBytes { NoteCache.decode($0, key: key) })
    #expect(decoded.writtenAt == 42)
    #expect(decoded.entries.count == 2)
    for (path, entry) in result.cache.entries {
      let copy = try #require(decoded.entries[path])
      #expect(copy.contentHash == entry.contentHash && copy.fingerprint == entry.fingerprint)
      // Re-encoding the decoded cache gives the same bytes: nothing was lost or changed.
      var one = NoteCache()
      one.entries[path] = entry
      var other = NoteCache()
      other.entries[path] = copy
      #expect(one.encoded(key: key, writtenAt: 1) == other.encoded(key: key, writtenAt: 1))
    }
  }

  @Test func foreignStaleOrDamagedCachesAreIgnored() throws {
    let (_, result) = try sample()
    let key = NoteCache.key(version: "test", limits: Limits())
    let bytes = result.cache.encoded(key: key, writtenAt: 42)
    #expect(
      bytes.withUnsafeBytes {
        NoteCache.decode($0, key: NoteCache.key(version: "other", limits: Limits()))
      } == nil)
    var limits = Limits()
    limits.maxNesting = 3
    #expect(
      bytes.withUnsafeBytes {
        NoteCache.decode($0, key: NoteCache.key(version: "test", limits: limits))
      } == nil)
    for offset in stride(from: 20, to: bytes.count, by: max(1, bytes.count / 40)) {
      var damaged = bytes
      damaged[offset] ^= 0x5A
      #expect(
        damaged.withUnsafeBytes { NoteCache.decode($0, key: key) } == nil, "flipped byte \(offset)")
    }
    #expect(
      Array(bytes.prefix(bytes.count / 2)).withUnsafeBytes { NoteCache.decode($0, key: key) } == nil
    )
    #expect(
      [UInt8](repeating: 7, count: 100).withUnsafeBytes { NoteCache.decode($0, key: key) } == nil)
  }

  @Test func unchangedNotesComeFromTheCacheAndChangedOnesAreParsed() throws {
    let (notebook, first) = try sample()
    var cache = first.cache
    cache.writtenAt = Int64.max  // every file predates this cache
    let frozen = cache
    let second = NotebookLoader(jobs: 2, cache: { _ in frozen }).load(root: notebook.root)
    #expect(second.parsedCount == 0)
    #expect(second.notebook.diagnostics == first.notebook.diagnostics)
    try notebook.write(
      "acme/2026-04-01-raj.md",
      "---\ndate: 2026-04-02\ninterviewer: Sam Lee\ncontact: raj-patel\n---\n")
    let third = NotebookLoader(jobs: 2, cache: { _ in frozen }).load(root: notebook.root)
    #expect(third.parsedCount == 1)
    #expect(
      third.notebook.account(id: "acme")?.interviews.map(\.date.description).contains("2026-04-02")
        == true)
  }

  @Test func oneJobAndManyJobsGiveTheSameNotebook() throws {
    let (notebook, _) = try sample()
    let one = NotebookLoader(jobs: 1).load(root: notebook.root)
    let many = NotebookLoader(jobs: 8).load(root: notebook.root)
    #expect(one.notebook.diagnostics == many.notebook.diagnostics)
    #expect(one.accountHashes == many.accountHashes)
    #expect(
      one.notebook.accounts.map { $0.interviews.map(\.file) }
        == many.notebook.accounts.map { $0.interviews.map(\.file) })
  }

  @Test func contentHashMatchesPublishedXXH64Values() {
    #expect(ContentHash.of("") == 0xEF46_DB37_51D8_E999)
    #expect(ContentHash.of("a") == 0xD24E_C4F1_A98C_6E5B)
    #expect(ContentHash.of("abc") == 0x44BC_2CF5_AD77_0999)
  }
}
