/// The cache file format: a header naming what produced it, then one record per note.
///
/// The header holds a key (rapport's version and the limits, everything a parsed note depends on)
/// and a hash of the records; a file with another key, a bad hash or any damage is ignored.
extension NoteCache {
  static let magic = Array("RAPPORT-NOTES-1\n".utf8)

  /// The key a cache must carry to be used by this build with these limits.
  public static func key(version: String, limits: Limits) -> String {
    "\(version) \(limits.maxNoteBytes) \(limits.maxNesting) \(limits.maxBrackets)"
  }

  /// The cache as bytes, stamped with `key` and `writtenAt` (nanoseconds since 1970).
  public func encoded(key: String, writtenAt: Int64) -> [UInt8] {
    var records = BinaryWriter()
    for path in entries.keys.sorted() {
      let entry = entries[path]!
      records.write(path)
      records.write(entry.fingerprint.size)
      records.write(entry.fingerprint.modified)
      records.write(entry.fingerprint.changed)
      records.write(entry.fingerprint.inode)
      records.write(entry.contentHash)
      entry.note.encode(to: &records)
    }
    var header = BinaryWriter()
    header.write(key)
    header.write(writtenAt)
    header.writeCount(entries.count)
    header.write(records.bytes.withUnsafeBytes { ContentHash.of($0) })
    return Self.magic + header.bytes + records.bytes
  }

  /// Reads a cache written with `key`; nil when the bytes are foreign, stale or damaged.
  public static func decode(_ bytes: UnsafeRawBufferPointer, key: String) -> NoteCache? {
    guard bytes.starts(with: magic) else { return nil }
    var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[magic.count...]))
    do {
      guard try reader.readString() == key else { return nil }
      let writtenAt = Int64(try reader.readInt())
      let count = try reader.readCount()
      let checksum = try reader.readUInt64()
      let headerEnd = bytes.count - reader.remaining
      guard ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[headerEnd...])) == checksum else {
        return nil
      }
      var entries: [String: Entry] = [:]
      entries.reserveCapacity(count)
      for _ in 0..<count {
        let path = try reader.readString()
        let fingerprint = FileFingerprint(
          size: try reader.readInt(), modified: Int64(try reader.readInt()),
          changed: Int64(try reader.readInt()),
          inode: try reader.readUInt64())
        let hash = try reader.readUInt64()
        let note = try ParsedNote(file: path, from: &reader)
        entries[path] = Entry(fingerprint: fingerprint, contentHash: hash, note: note)
      }
      guard reader.isAtEnd else { return nil }
      return NoteCache(entries: entries, writtenAt: writtenAt)
    } catch {
      return nil
    }
  }
}
