import RapportNotebook
import RapportSystem
import Synchronization

/// A cache file being written while the notebook is read: each note's record goes to the file as
/// soon as it is made, so records are never held in memory; `finish` adds the index and renames
/// the file into place. Until then it is a temporary file, removed if the run ends early.
///
/// It may carry the records of the cache it replaces, copied file to file when it is finished:
/// records still in use are then neither read nor written one by one.
final class CacheSpool: Sendable {
  private let output: ReplacingFile
  /// The earlier cache whose records this file is to carry, if any.
  private let carrying: (file: ReadableFile, recordsLength: Int)?
  /// Whether `finish` copied the earlier cache's records.
  private let carried = Atomic<Bool>(false)

  /// Starts a cache file to replace `file`, to carry the records of `old`'s file when given; nil
  /// when it cannot be created (caching is then off).
  init?(file: String, carrying old: NoteCache? = nil) {
    guard let output = ReplacingFile(replacing: file, header: NoteCache.magic) else { return nil }
    self.output = output
    carrying = old?.source
  }

  /// Whether the file, once finished, carried the earlier cache's records.
  var carries: Bool { carried.load(ordering: .relaxed) }

  /// Writes a record; says where it went.
  func append(_ record: UnsafeRawBufferPointer, hash: UInt64? = nil) -> NoteCache.RecordLocation {
    let hash = hash ?? ContentHash.of(record)
    let offset = output.append(record) - NoteCache.magic.count
    return NoteCache.RecordLocation(offset: offset, length: record.count, hash: hash)
  }

  /// Writes the records `cache` still holds, then its index, and puts the file in place.
  func finish(_ cache: NoteCache, key: String, writtenAt: Int64) {
    let magic = NoteCache.magic.count
    // The earlier file's records, all at once after the new ones: each keeps its place among them.
    let base = carrying.flatMap {
      output.append(copying: $0.file, offset: magic, count: $0.recordsLength)
    }
    carried.store(base != nil, ordering: .relaxed)
    let tail = cache.encodedTail(
      key: key, writtenAt: writtenAt,
      place: { record, hash in
        if let base, let hash, case .inFile(let file, let offset, let length) = record,
          file === carrying?.file
        {
          return NoteCache.RecordLocation(
            offset: base + offset - 2 * magic, length: length, hash: hash)
        }
        return record.load().map { bytes in bytes.withUnsafeBytes { append($0, hash: hash) } }
      },
      recordsEnd: { output.length - magic })
    output.finish(tail: tail)
  }

  /// Drops the file: nothing is worth keeping.
  func discard() { output.discard() }
}
