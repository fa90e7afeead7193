import RapportSystem

/// The cache file: its records first, then a header and an index of every note, profile and
/// account's note outcomes (`AccountNotes`), then a fixed-size trailer saying where the index
/// starts and its hash.
///
/// Records come first so they can be written as notes are read, without holding them; the index
/// comes last, so a run that only needs to know whether anything changed reads the trailer and the
/// index and never the records. The header names what produced the file (rapport's build and the
/// limits, everything a parsed note depends on) and when; the trailer's hash covers the header and
/// the index, and each record's hash is in the index and is checked when the record is decoded. A
/// file with another key or any damage (truncated, a bit flipped) is ignored.
extension NoteCache {
  /// The file's start, before any record.
  public static let magic = Array("RAPPORT-NOTES-8\n".utf8)
  /// Bytes of the trailer: the index's start in the file, then the hash of header and index.
  public static let trailerSize = 16

  /// The key a cache must carry to be used by this build with these limits.
  public static func key(version: String, limits: Limits) -> String {
    "\(version) \(limits.maxNoteBytes) \(limits.maxNesting) \(limits.maxBrackets) \(limits.maxThemes) \(limits.maxYAMLNodes)"
  }

  /// The header, index and trailer to write after the records. `place` puts a record that is
  /// not in the file yet (one reused from an older cache, a profile), with the hash it was stored
  /// under if any, and says where it is (nil when its bytes cannot be read); `recordsEnd` is where
  /// the records end (relative to the first record) once all are placed.
  public func encodedTail(
    key: String, writtenAt: Int64, place: (RecordBytes, UInt64?) -> RecordLocation?,
    recordsEnd: () -> Int
  ) -> [UInt8] {
    // Header and index in one writer: the trailer's hash covers both.
    var index = BinaryWriter(capacity: 64 * (entries.count + profiles.count) + 256)
    index.write(key)
    index.write(writtenAt)
    func add(_ location: RecordLocation) {
      index.writeCount(location.offset)
      index.writeCount(location.length)
      index.write(location.hash)
    }
    // Records are placed before the index is written: the index's position follows from them.
    // A reused record keeps the hash it was stored under, so damage stays detectable; one that
    // cannot be read back from the earlier file is left out (its file is read again next time).
    let notes = entries.keys.sorted().compactMap { path -> (String, RecordLocation)? in
      let entry = entries[path]!
      guard let location = entry.location ?? place(entry.record, entry.recordHash) else {
        return nil
      }
      return (path, location)
    }
    let profileRecords = profiles.keys.sorted().compactMap { path -> (String, RecordLocation)? in
      let profile = profiles[path]!
      return place(profile.record, profile.recordHash).map { (path, $0) }
    }
    let accountRecords = accounts.keys.sorted().compactMap { id -> (String, RecordLocation)? in
      let account = accounts[id]!
      return place(account.record, account.recordHash).map { (id, $0) }
    }
    index.writeCount(notes.count)
    for (path, location) in notes {
      let entry = entries[path]!
      index.write(path)
      index.write(entry.fingerprint.size)
      index.write(entry.fingerprint.modified)
      index.write(entry.fingerprint.changed)
      index.write(entry.fingerprint.inode)
      index.write(entry.contentHash)
      add(location)
    }
    index.writeCount(profileRecords.count)
    for (path, location) in profileRecords {
      let profile = profiles[path]!
      index.write(path)
      index.write(profile.contentHash)
      index.write(profile.settingsHash)
      add(location)
    }
    index.writeCount(accountRecords.count)
    for (id, location) in accountRecords {
      index.write(id)
      index.write(accounts[id]!.key)
      add(location)
    }
    index.write(lastRun != nil)
    if let lastRun {
      index.write(lastRun.inputs)
      lastRun.encode(to: &index)
    }
    let hash = index.bytes.withUnsafeBytes { ContentHash.of($0) }
    index.write(UInt64(Self.magic.count + recordsEnd()))
    index.write(hash)
    return index.bytes
  }

  /// The whole file as one byte array (for tests and small caches).
  public func encodedBytes(key: String, writtenAt: Int64) -> [UInt8] {
    var records: [UInt8] = []
    let tail = encodedTail(
      key: key, writtenAt: writtenAt,
      place: { record, hash in
        guard let bytes = record.load() else { return nil }
        defer { records += bytes }
        return RecordLocation(
          offset: records.count, length: bytes.count,
          hash: hash ?? bytes.withUnsafeBytes { ContentHash.of($0) })
      }, recordsEnd: { records.count })
    return Self.magic + records + tail
  }

  /// Where the index of a cache file of `size` bytes starts, from its trailer; nil when the file
  /// cannot be one.
  public static func indexStart(trailer: [UInt8], size: Int) -> Int? {
    guard trailer.count == trailerSize, size >= magic.count + trailerSize else { return nil }
    let start = trailer.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    guard start >= UInt64(magic.count), start <= UInt64(size - trailerSize) else { return nil }
    return Int(start)
  }

  /// Reads a cache written with `key` from the file's bytes; nil when foreign, stale or damaged.
  ///
  /// Records stay in `bytes` (shared, not copied) until they are decoded.
  public static func decode(_ bytes: [UInt8], key: String) -> NoteCache? {
    guard bytes.starts(with: magic),
      let start = indexStart(trailer: Array(bytes.suffix(trailerSize)), size: bytes.count)
    else { return nil }
    return decode(
      tail: bytes[start...], recordsLength: start - magic.count, key: key,
      record: { offset, length in
        .inMemory(bytes[(magic.count + offset)..<(magic.count + offset + length)])
      })
  }

  /// Reads a cache written with `key` from an open file: its header and index now, each record
  /// only when it is used. Nil when foreign, stale or damaged (a damaged record is found when it
  /// is read, by its hash).
  public static func decode(file: ReadableFile, key: String) -> NoteCache? {
    guard let (tail, start) = indexPart(of: file) else { return nil }
    var cache = decode(
      tail: tail[...], recordsLength: start - magic.count, key: key,
      record: { offset, length in .inFile(file, offset: magic.count + offset, length: length) })
    cache?.sourceFile = file
    return cache
  }

  /// The bytes of an open cache file from its index's start to its end, and that start; nil when
  /// the file cannot be a cache.
  private static func indexPart(of file: ReadableFile) -> (tail: [UInt8], start: Int)? {
    guard file.read(offset: 0, count: magic.count) == magic,
      let trailer = file.read(offset: file.size - trailerSize, count: trailerSize),
      let start = indexStart(trailer: trailer, size: file.size),
      let tail = file.read(offset: start, count: file.size - start)
    else { return nil }
    return (tail, start)
  }

  /// Decodes the header and index in `tail` (which ends with the trailer); `record` gives the bytes
  /// of a record at an offset and length already checked against `recordsLength`.
  private static func decode(
    tail: ArraySlice<UInt8>, recordsLength: Int, key: String,
    record: (Int, Int) -> RecordBytes
  ) -> NoteCache? {
    guard tail.count >= trailerSize else { return nil }
    return tail.withUnsafeBytes { raw -> NoteCache? in
      let covered = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - trailerSize)])
      var trailer = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[(raw.count - 8)...]))
      guard let storedHash = try? trailer.readUInt64(), ContentHash.of(covered) == storedHash
      else { return nil }
      // Every read is bounded by the bytes that are there, so a damaged index cannot overrun.
      var reader = BinaryReader(covered)
      /// A record's bytes and stored hash; the hash is checked when the record is decoded.
      func location(_ reader: inout BinaryReader) throws -> (RecordBytes, UInt64) {
        let offset = Int(clamping: try reader.readVarint())
        let length = Int(clamping: try reader.readVarint())
        let hash = try reader.readUInt64()
        guard offset <= recordsLength, length <= recordsLength - offset else {
          throw BinaryReader.Damaged()
        }
        return (record(offset, length), hash)
      }
      do {
        guard try reader.readString() == key else { return nil }
        var cache = NoteCache(writtenAt: Int64(try reader.readInt()))
        let count = try reader.readCount()
        cache.entries.reserveCapacity(count)
        for _ in 0..<count {
          let path = try reader.readString()
          let fingerprint = FileFingerprint(
            size: try reader.readInt(), modified: Int64(try reader.readInt()),
            changed: Int64(try reader.readInt()), inode: try reader.readUInt64())
          let contentHash = try reader.readUInt64()
          let (bytes, hash) = try location(&reader)
          cache.entries[path] = Entry(
            fingerprint: fingerprint, contentHash: contentHash, record: bytes, recordHash: hash)
        }
        for _ in 0..<(try reader.readCount()) {
          let path = try reader.readString()
          let contentHash = try reader.readUInt64()
          let settingsHash = try reader.readUInt64()
          let (bytes, hash) = try location(&reader)
          cache.profiles[path] = ProfileEntry(
            contentHash: contentHash, settingsHash: settingsHash, record: bytes, recordHash: hash)
        }
        for _ in 0..<(try reader.readCount()) {
          let id = try reader.readString()
          let key = try reader.readUInt64()
          let (bytes, hash) = try location(&reader)
          cache.accounts[id] = AccountEntry(key: key, record: bytes, recordHash: hash)
        }
        if try reader.readBool() {
          cache.lastRun = try LastRun(inputs: try reader.readUInt64(), from: &reader)
        }
        guard reader.isAtEnd else { return nil }
        return cache
      } catch {
        return nil
      }
    }
  }
}

extension NoteCache.LastRun {
  func encode(to writer: inout BinaryWriter) {
    writer.writeCount(diagnostics.count)
    for diagnostic in diagnostics { diagnostic.encode(to: &writer) }
    writer.write(noteCount)
    writer.write(accountCount)
    writer.writeCount(skippedNotes.count)
    for path in skippedNotes { writer.write(path) }
    writer.write(noteDates)
  }

  init(inputs: UInt64, from reader: inout BinaryReader) throws {
    self.init(
      inputs: inputs, diagnostics: try reader.readArray { try Diagnostic(file: "", from: &$0) },
      noteCount: try reader.readInt(), accountCount: try reader.readInt(),
      skippedNotes: try reader.readArray { try $0.readString() },
      noteDates: try reader.readNoteDates())
  }
}
