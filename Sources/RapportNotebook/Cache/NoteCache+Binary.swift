import RapportSystem

/// The cache file: a hash, a header, an index of every note and profile, then their encoded
/// records.
///
/// The header names what produced the file (rapport's build and the limits, everything a parsed
/// note depends on), when, and how long the index is; the hash covers the header and the index,
/// and each record's hash is in the index and is checked when the record is decoded. A file with
/// another key or any damage (truncated, a bit flipped) is ignored.
extension NoteCache {
  static let magic = Array("RAPPORT-NOTES-4\n".utf8)

  /// The key a cache must carry to be used by this build with these limits.
  public static func key(version: String, limits: Limits) -> String {
    "\(version) \(limits.maxNoteBytes) \(limits.maxNesting) \(limits.maxBrackets) \(limits.maxThemes) \(limits.maxYAMLNodes)"
  }

  /// The file as a head (magic, header, index) and the records to write after it, in order.
  public func encoded(
    key: String, writtenAt: Int64
  ) -> (head: [UInt8], records: [ArraySlice<UInt8>]) {
    var index = BinaryWriter()
    var records: [ArraySlice<UInt8>] = []
    var offset = 0
    func add(_ record: ArraySlice<UInt8>, hash: UInt64? = nil, to index: inout BinaryWriter) {
      index.writeCount(offset)
      index.writeCount(record.count)
      index.write(hash ?? record.withUnsafeBytes { ContentHash.of($0) })
      records.append(record)
      offset += record.count
    }
    index.writeCount(entries.count)
    for path in entries.keys.sorted() {
      let entry = entries[path]!
      index.write(path)
      index.write(entry.fingerprint.size)
      index.write(entry.fingerprint.modified)
      index.write(entry.fingerprint.changed)
      index.write(entry.fingerprint.inode)
      index.write(entry.contentHash)
      add(entry.record, hash: entry.recordHash, to: &index)
    }
    index.writeCount(profiles.count)
    for path in profiles.keys.sorted() {
      let profile = profiles[path]!
      index.write(path)
      index.write(profile.contentHash)
      index.write(profile.settingsHash)
      add(profile.record, hash: profile.recordHash, to: &index)
    }
    index.write(lastRun != nil)
    if let lastRun {
      var record = BinaryWriter()
      lastRun.encode(to: &record)
      index.write(lastRun.inputs)
      add(record.bytes[...], to: &index)
    }
    var header = BinaryWriter()
    header.write(key)
    header.write(writtenAt)
    header.writeCount(index.bytes.count)
    let covered = header.bytes + index.bytes
    var hash = BinaryWriter(capacity: 8)
    hash.write(covered.withUnsafeBytes { ContentHash.of($0) })
    return (Self.magic + hash.bytes + covered, records)
  }

  /// The whole file as one byte array (for tests and small caches).
  public func encodedBytes(key: String, writtenAt: Int64) -> [UInt8] {
    let (head, records) = encoded(key: key, writtenAt: writtenAt)
    return records.reduce(head) { $0 + $1 }
  }

  /// Reads a cache written with `key` from the file's bytes; nil when foreign, stale or damaged.
  ///
  /// Records stay in `bytes` (shared, not copied) until they are decoded.
  public static func decode(_ bytes: [UInt8], key: String) -> NoteCache? {
    guard bytes.starts(with: magic) else { return nil }
    return bytes.withUnsafeBytes { raw -> NoteCache? in
      var header = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[magic.count...]))
      guard let storedHash = try? header.readUInt64() else { return nil }
      let headerStart = raw.count - header.remaining
      // Every read is bounded by the bytes that are there, so a damaged header cannot overrun.
      guard let storedKey = try? header.readString(), storedKey == key,
        let writtenAt = try? header.readInt(), let indexLength = try? header.readCount(),
        indexLength <= header.remaining
      else { return nil }
      let indexStart = raw.count - header.remaining
      let recordsStart = indexStart + indexLength
      let covered = UnsafeRawBufferPointer(rebasing: raw[headerStart..<recordsStart])
      guard ContentHash.of(covered) == storedHash else { return nil }
      var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[indexStart..<recordsStart]))
      /// A record's bytes and stored hash; the hash is checked when the record is decoded.
      func record(_ reader: inout BinaryReader) throws -> (ArraySlice<UInt8>, UInt64) {
        // Offsets point past the index, so they are checked against the rest of the file.
        let offset = Int(clamping: try reader.readVarint())
        let length = Int(clamping: try reader.readVarint())
        let hash = try reader.readUInt64()
        let available = raw.count - recordsStart
        guard offset <= available, length <= available - offset else {
          throw BinaryReader.Damaged()
        }
        let start = recordsStart + offset
        return (bytes[start..<start + length], hash)
      }
      do {
        var cache = NoteCache(writtenAt: Int64(writtenAt))
        let count = try reader.readCount()
        cache.entries.reserveCapacity(count)
        for _ in 0..<count {
          let path = try reader.readString()
          let fingerprint = FileFingerprint(
            size: try reader.readInt(), modified: Int64(try reader.readInt()),
            changed: Int64(try reader.readInt()), inode: try reader.readUInt64())
          let contentHash = try reader.readUInt64()
          let (bytes, hash) = try record(&reader)
          cache.entries[path] = Entry(
            fingerprint: fingerprint, contentHash: contentHash, record: bytes, recordHash: hash)
        }
        for _ in 0..<(try reader.readCount()) {
          let path = try reader.readString()
          let contentHash = try reader.readUInt64()
          let settingsHash = try reader.readUInt64()
          let (bytes, hash) = try record(&reader)
          cache.profiles[path] = ProfileEntry(
            contentHash: contentHash, settingsHash: settingsHash, record: bytes, recordHash: hash)
        }
        if try reader.readBool() {
          let inputs = try reader.readUInt64()
          let (bytes, hash) = try record(&reader)
          cache.lastRun = try bytes.withUnsafeBytes { raw in
            guard ContentHash.of(raw) == hash else { throw BinaryReader.Damaged() }
            var last = BinaryReader(raw)
            let run = try LastRun(inputs: inputs, from: &last)
            guard last.isAtEnd else { throw BinaryReader.Damaged() }
            return run
          }
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
    writer.writeCount(noteDates.count)
    for note in noteDates {
      writer.write(note.file)
      writer.encodeLocated(note.date) { $0.write($1.daysSinceEpoch) }
      writer.write(note.confidential)
    }
  }

  init(inputs: UInt64, from reader: inout BinaryReader) throws {
    self.init(
      inputs: inputs, diagnostics: try reader.readArray { try Diagnostic(file: "", from: &$0) },
      noteCount: try reader.readInt(), accountCount: try reader.readInt(),
      skippedNotes: try reader.readArray { try $0.readString() },
      noteDates: try reader.readArray { reader in
        NoteDate(
          file: try reader.readString(),
          date: try reader.decodeLocated { Day(daysSinceEpoch: try $0.readInt()) },
          confidential: try reader.readBool())
      })
  }
}
