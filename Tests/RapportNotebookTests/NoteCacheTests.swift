import Foundation
import RapportDriver
import RapportSystem
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// The incremental cache: a faithful round trip, reuse of unchanged files, and distrust of damage.
@Suite struct NoteCacheTests {
  static let key = NoteCache.key(version: "test", limits: Limits())

  func sample() throws -> (TemporaryNotebook, NotebookLoader.Result) {
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "acme/2026-04-01-raj.md":
          "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\nscores: { nps: 6 }\n---\n"
          + "> Slow #reports.\n> — Raj Patel\n\n- [x] Fix it @sam due:2026-04-10 done:2026-04-12 #tell-back\n- [ ] No owner\n"
      ]) { $1 })
    return (notebook, NotebookLoader(jobs: 2).load(root: notebook.root))
  }

  /// The cache as written to disk and read back, with every file older than it.
  func roundTrip(_ cache: NoteCache) throws -> NoteCache {
    try #require(
      NoteCache.decode(cache.encodedBytes(key: Self.key, writtenAt: .max), key: Self.key))
  }

  @Test func encodeDecodeRoundTripKeepsEveryFact() throws {
    let (_, result) = try sample()
    let decoded = try roundTrip(result.cache)
    #expect(decoded.entries.count == 2 && decoded.profiles.count == 1)
    #expect(decoded.lastRun == result.cache.lastRun)
    for (path, entry) in result.cache.entries {
      let copy = try #require(decoded.entries[path])
      #expect(copy.contentHash == entry.contentHash && copy.fingerprint == entry.fingerprint)
      #expect(copy.record.load().map(Array.init) == entry.record.load().map(Array.init))
      let note = try #require(copy.note(file: path))
      #expect(note.file == path)
    }
    let profile = try #require(
      decoded.profiles["acme/account.md"]?.profile(file: "acme/account.md"))
    #expect(profile.0.contacts.map(\.id) == ["jane-doe", "raj-patel"])
    #expect(profile.0.team.map(\.handle) == ["sam"])
  }

  @Test func recordsAreReadFromTheFileWhenUsedAndAnUnreadableOneIsLeftOut() throws {
    let (notebook, result) = try sample()
    let path = notebook.root + "/cache.bin"
    let bytes = result.cache.encodedBytes(key: Self.key, writtenAt: .max)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    let file = try #require(ReadableFile(path))
    let cache = try #require(NoteCache.decode(file: file, key: Self.key))
    // Nothing but the index is held: every record is still in the file.
    for entry in cache.entries.values {
      guard case .inFile = entry.record else {
        Issue.record("a record was read before it was used")
        continue
      }
    }
    for (notePath, entry) in cache.entries {
      #expect(entry.note(file: notePath) == result.cache.entries[notePath]?.note(file: notePath))
    }
    // A new cache file renamed over the old one does not change what the open one reads.
    let other = path + ".new"
    #expect(FileManager.default.createFile(atPath: other, contents: Data(repeating: 0, count: 64)))
    #expect(rename(other, path) == 0)
    for (notePath, entry) in cache.entries {
      #expect(entry.note(file: notePath) == result.cache.entries[notePath]?.note(file: notePath))
    }
    // Cut short while open: records past the end cannot be read, so they decode to nothing and
    // are left out of the next cache (those notes are parsed again) instead of being copied.
    let truncated = notebook.root + "/short.bin"
    let end = NoteCache.magic.count + 8
    #expect(FileManager.default.createFile(atPath: truncated, contents: Data(bytes)))
    let short = try #require(ReadableFile(truncated))
    let shortCache = try #require(NoteCache.decode(file: short, key: Self.key))
    #expect(truncate(truncated, off_t(end)) == 0)
    #expect(shortCache.entries.allSatisfy { $0.value.note(file: $0.key) == nil })
    let rewritten = try #require(
      NoteCache.decode(shortCache.encodedBytes(key: Self.key, writtenAt: .max), key: Self.key))
    #expect(rewritten.entries.isEmpty && rewritten.profiles.isEmpty)
    #expect(rewritten.lastRun == result.cache.lastRun)
  }

  @Test func decodedNotesEqualFreshlyParsedOnes() throws {
    // The sample notebook uses every field: attendees, sides, outcomes, confidential notes, quotes.
    let root = RepositoryPaths.root.appendingPathComponent("notebooks").path
    let result = NotebookLoader(jobs: 2).load(root: root)
    let decoded = try roundTrip(result.cache)
    #expect(decoded.entries.count == result.cache.entries.count)
    #expect(decoded.entries.count > 30)
    for path in result.cache.entries.keys.sorted() {
      let fresh = parseNote(
        try String(contentsOfFile: root + "/" + path, encoding: .utf8), file: path)
      let cached = try #require(decoded.entries[path]?.note(file: path))
      #expect(cached == fresh, "\(path)")
    }
  }

  @Test func foreignStaleOrDamagedCachesAreIgnored() throws {
    let (_, result) = try sample()
    let bytes = result.cache.encodedBytes(key: Self.key, writtenAt: 42)
    #expect(NoteCache.decode(bytes, key: NoteCache.key(version: "other", limits: Limits())) == nil)
    var limits = Limits()
    limits.maxNesting = 3
    #expect(NoteCache.decode(bytes, key: NoteCache.key(version: "test", limits: limits)) == nil)
    // A flipped byte anywhere in the header or index rejects the file; in a record, that record.
    for offset in stride(from: 20, to: bytes.count, by: max(1, bytes.count / 60)) {
      var damaged = bytes
      damaged[offset] ^= 0x5A
      // Whole-file damage rejects the file; damage inside one record rejects that record.
      if let cache = NoteCache.decode(damaged, key: Self.key) {
        let notes = cache.entries.keys.filter { cache.entries[$0]!.note(file: $0) != nil }.count
        let profiles = cache.profiles.keys.filter { cache.profiles[$0]!.profile(file: $0) != nil }
          .count
        let accounts = cache.accounts.values.filter { $0.notes() != nil }.count
        #expect(notes + profiles + accounts < 4, "flipped byte \(offset) went unnoticed")
      }
    }
    #expect(NoteCache.decode(Array(bytes.prefix(bytes.count / 2)), key: Self.key) == nil)
    #expect(NoteCache.decode([UInt8](repeating: 7, count: 100), key: Self.key) == nil)
  }

  @Test func everyTruncationAndEveryFlippedBitIsNoticed() throws {
    let (_, result) = try sample()
    let bytes = result.cache.encodedBytes(key: Self.key, writtenAt: 42)
    let records =
      result.cache.entries.count + result.cache.profiles.count + result.cache.accounts.count
    #expect(result.cache.accounts.count == 1)
    for length in 0..<bytes.count {
      #expect(NoteCache.decode(Array(bytes.prefix(length)), key: Self.key) == nil, "\(length)")
    }
    for offset in bytes.indices {
      for bit in 0..<8 {
        var damaged = bytes
        damaged[offset] ^= 1 << bit
        guard let cache = NoteCache.decode(damaged, key: Self.key) else { continue }
        // Only a record's own bytes pass the file's checks, and then that record is refused.
        let good =
          cache.entries.keys.filter { cache.entries[$0]!.note(file: $0) != nil }.count
          + cache.profiles.keys.filter { cache.profiles[$0]!.profile(file: $0) != nil }.count
          + cache.accounts.values.filter { $0.notes() != nil }.count
        #expect(good == records - 1, "bit \(bit) of byte \(offset)")
        #expect(cache.writtenAt == 42 && cache.lastRun == result.cache.lastRun)
      }
    }
  }

  /// The cache in `bytes` as a run that looks for changes reads it: from a file, its index only,
  /// its records left in the file.
  func index(_ bytes: [UInt8], at path: String) -> NoteCache? {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)),
      let file = ReadableFile(path)
    else { return nil }
    return NoteCache.decode(file: file, key: Self.key)
  }

  @Test func theIndexAloneTellsWhatChangedAndReadsNoRecord() throws {
    let (notebook, result) = try sample()
    let path = notebook.root + "/cache.bin"
    let bytes = result.cache.encodedBytes(key: Self.key, writtenAt: .max)
    let indexOnly = try #require(index(bytes, at: path))
    let whole = try #require(NoteCache.decode(bytes, key: Self.key))
    #expect(indexOnly.lastRun == result.cache.lastRun && indexOnly.writtenAt == .max)
    #expect(Set(indexOnly.entries.keys) == Set(whole.entries.keys))
    for (path, entry) in whole.entries {
      #expect(indexOnly.entries[path]?.fingerprint == entry.fingerprint)
      #expect(indexOnly.entries[path]?.contentHash == entry.contentHash)
      guard case .inFile? = indexOnly.entries[path]?.record else {
        Issue.record("the record of \(path) was read before it was used")
        continue
      }
    }
    #expect(
      NotebookLoader.unchangedInputs(root: notebook.root, cache: indexOnly) == result.inputs)
    // The records come first: the index starts after all of them.
    let start = try #require(
      NoteCache.indexStart(trailer: Array(bytes.suffix(NoteCache.trailerSize)), size: bytes.count))
    let records = result.cache.entries.values.map { $0.record.load()?.count ?? 0 }.reduce(0, +)
    #expect(start >= records)
    for length in 0..<bytes.count {
      let cut = Array(bytes.prefix(length))
      #expect(index(cut, at: path) == nil, "\(length)")
    }
    for offset in start..<bytes.count {
      var damaged = bytes
      damaged[offset] ^= 0x10
      #expect(index(damaged, at: path) == nil, "flipped byte \(offset) of the index went unnoticed")
    }
  }

  @Test func unchangedFilesComeFromTheCacheAndChangedOnesAreParsed() throws {
    let (notebook, first) = try sample()
    let frozen = try roundTrip(first.cache)
    let second = NotebookLoader(jobs: 2, cache: { _ in frozen }).load(root: notebook.root)
    #expect(second.parsedCount == 0)
    #expect(!second.cacheChanged)
    #expect(second.notebook.diagnostics == first.notebook.diagnostics)
    #expect(second.inputs == first.inputs)
    #expect(NotebookLoader.unchangedInputs(root: notebook.root, cache: frozen) == first.inputs)
    try notebook.write(
      "acme/2026-04-01-raj.md",
      "---\ndate: 2026-04-02\ninterviewer: Sam Lee\ncontact: raj-patel\n---\nNotes.\n")
    #expect(NotebookLoader.unchangedInputs(root: notebook.root, cache: frozen) == nil)
    let third = NotebookLoader(jobs: 2, cache: { _ in frozen }).load(root: notebook.root)
    #expect(third.parsedCount == 1)
    #expect(third.cacheChanged)
    #expect(third.inputs != first.inputs)
    #expect(
      third.notebook.account(id: "acme")?.interviews.map(\.date.description).contains("2026-04-02")
        == true)
  }

  @Test func aNewFileOrProfileChangeIsNoticed() throws {
    let (notebook, first) = try sample()
    let frozen = try roundTrip(first.cache)
    try notebook.write(
      "acme/2026-05-01-new.md",
      "---\ndate: 2026-05-01\ninterviewer: Sam Lee\ncontact: jane-doe\n---\n")
    #expect(NotebookLoader.unchangedInputs(root: notebook.root, cache: frozen) == nil)
    try FileManager.default.removeItem(atPath: notebook.root + "/acme/2026-05-01-new.md")
    #expect(NotebookLoader.unchangedInputs(root: notebook.root, cache: frozen) == first.inputs)
    try notebook.write(
      "acme/account.md", RuleCatalog.exampleBase["acme/account.md"]! + "More about Acme.\n")
    #expect(NotebookLoader.unchangedInputs(root: notebook.root, cache: frozen) == nil)
  }

  @Test func oneJobAndManyJobsGiveTheSameNotebook() throws {
    let (notebook, _) = try sample()
    let one = NotebookLoader(jobs: 1).load(root: notebook.root)
    let many = NotebookLoader(jobs: 8).load(root: notebook.root)
    #expect(one.notebook.diagnostics == many.notebook.diagnostics)
    #expect(one.inputs == many.inputs)
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

/// The binary coding under the cache: integers of every size survive a round trip.
@Suite struct BinaryCodingTests {
  @Test func integersRoundTrip() throws {
    let values = [0, 1, -1, 63, -64, 1 << 40, -(1 << 40), Int.max, Int.min]
    var writer = BinaryWriter()
    for value in values { writer.write(value) }
    writer.write(UInt64.max)
    writer.write("é—x")
    var read: [Int] = []
    var tail: (UInt64, String, Bool) = (0, "", false)
    try writer.bytes.withUnsafeBytes { bytes in
      var reader = BinaryReader(bytes)
      for _ in values { read.append(try reader.readInt()) }
      tail = (try reader.readUInt64(), try reader.readString(), reader.isAtEnd)
    }
    #expect(read == values)
    #expect(tail == (.max, "é—x", true))
  }
}
