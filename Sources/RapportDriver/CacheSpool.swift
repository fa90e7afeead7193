import RapportNotebook
import RapportSystem

/// A cache file being written while the notebook is read: each note's record goes to the file as
/// soon as it is made, so records are never held in memory; `finish` adds the index and renames
/// the file into place. Until then it is a temporary file, removed if the run ends early.
final class CacheSpool: Sendable {
  private let output: ReplacingFile

  /// Starts a cache file to replace `file`; nil when it cannot be created (caching is then off).
  init?(file: String) {
    guard let output = ReplacingFile(replacing: file, header: NoteCache.magic) else { return nil }
    self.output = output
  }

  /// Writes a record; says where it went.
  func append(_ record: UnsafeRawBufferPointer, hash: UInt64? = nil) -> NoteCache.RecordLocation {
    let hash = hash ?? ContentHash.of(record)
    let offset = output.append(record) - NoteCache.magic.count
    return NoteCache.RecordLocation(offset: offset, length: record.count, hash: hash)
  }

  /// Writes the records `cache` still holds, then its index, and puts the file in place.
  func finish(_ cache: NoteCache, key: String, writtenAt: Int64) {
    let tail = cache.encodedTail(
      key: key, writtenAt: writtenAt,
      place: { record, hash in record.withUnsafeBytes { append($0, hash: hash) } },
      recordsEnd: { output.length - NoteCache.magic.count })
    output.finish(tail: tail)
  }

  /// Drops the file: nothing is worth keeping.
  func discard() { output.discard() }
}
