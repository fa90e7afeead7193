import Foundation
import RapportNotebook
import RapportSystem
import Synchronization

/// A cache file being written while the notebook is read: each note's record goes to the file as
/// soon as it is made, so records are never held in memory; `finish` adds the index and renames
/// the file into place. Until then it is a temporary file, removed if the run ends early.
final class CacheSpool: Sendable {
  private let output: AppendingFile
  /// The cache file this one replaces when finished.
  let file: String
  let temporary: String
  private let token: Int
  private let done = Atomic<Bool>(false)
  private static let counter = Atomic<Int>(0)

  /// Starts a cache file to replace `file`; nil when it cannot be created (caching is then off).
  init?(file: String) {
    let folder = (file as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let number = Self.counter.add(1, ordering: .relaxed).newValue
    temporary = file + ".\(getpid())-\(number).tmp"
    self.file = file
    // Readable only by its owner: it holds what notes say (confidential ones sealed).
    guard let output = try? AppendingFile(creating: temporary, mode: 0o600) else { return nil }
    self.output = output
    token = Termination.register(temporary)
    NoteCache.fileStart.withUnsafeBytes { _ = output.append($0) }
  }

  deinit { discard() }

  /// Writes a record; says where it went.
  func append(_ record: UnsafeRawBufferPointer, hash: UInt64? = nil) -> NoteCache.RecordLocation {
    let hash = hash ?? ContentHash.of(record)
    let offset = output.append(record) - NoteCache.fileStart.count
    return NoteCache.RecordLocation(offset: offset, length: record.count, hash: hash)
  }

  /// Writes the records `cache` still holds, then its index, and puts the file in place.
  func finish(_ cache: NoteCache, key: String, writtenAt: Int64) {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    defer { Termination.unregister(token) }
    let tail = cache.encodedTail(
      key: key, writtenAt: writtenAt,
      place: { record, hash in record.withUnsafeBytes { append($0, hash: hash) } },
      recordsEnd: { output.length - NoteCache.fileStart.count })
    tail.withUnsafeBytes { _ = output.append($0) }
    if !output.finish() || rename(temporary, file) != 0 { unlink(temporary) }
  }

  /// Drops the file: nothing is worth keeping.
  func discard() {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    unlink(temporary)
    Termination.unregister(token)
  }
}
