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
  /// Seconds without a write after which another run's temporary file counts as abandoned: a
  /// live run writes to its file all through its load.
  static let abandonedAfter: Int64 = 3600

  /// Starts a cache file to replace `file`; nil when it cannot be created (caching is then off).
  init?(file: String) {
    let folder = (file as NSString).deletingLastPathComponent
    // Private to its owner, like the files in it.
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    Self.removeAbandoned(of: file, in: folder)
    // A random part: process ids repeat (in containers, every run may be process 1), and a file
    // left by a killed run must never block the name.
    temporary = file + ".\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
    self.file = file
    // Readable only by its owner: it holds what notes say (confidential ones sealed).
    guard let output = try? AppendingFile(creating: temporary, mode: 0o600) else { return nil }
    self.output = output
    token = Termination.register(temporary)
    NoteCache.magic.withUnsafeBytes { _ = output.append($0) }
  }

  deinit { discard() }

  /// Writes a record; says where it went.
  func append(_ record: UnsafeRawBufferPointer, hash: UInt64? = nil) -> NoteCache.RecordLocation {
    let hash = hash ?? ContentHash.of(record)
    let offset = output.append(record) - NoteCache.magic.count
    return NoteCache.RecordLocation(offset: offset, length: record.count, hash: hash)
  }

  /// Writes the records `cache` still holds, then its index, and puts the file in place.
  func finish(_ cache: NoteCache, key: String, writtenAt: Int64) {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    defer { Termination.unregister(token) }
    let tail = cache.encodedTail(
      key: key, writtenAt: writtenAt,
      place: { record, hash in record.withUnsafeBytes { append($0, hash: hash) } },
      recordsEnd: { output.length - NoteCache.magic.count })
    tail.withUnsafeBytes { _ = output.append($0) }
    if !output.finish() || rename(temporary, file) != 0 { unlink(temporary) }
  }

  /// Removes temporary files of `file` left by runs that were killed outright, so they do not
  /// pile up in the cache folder. They are told by age, not by process id: ids repeat, and a
  /// cache folder may be shared by machines or containers that see other processes.
  static func removeAbandoned(
    of file: String, in folder: String, now: Int64 = Clock.wallNanoseconds()
  ) {
    let prefix = (file as NSString).lastPathComponent + "."
    for entry in FileSystem.list(folder) ?? []
    where entry.name.hasPrefix(prefix) && entry.name.hasSuffix(".tmp") {
      let path = folder + "/" + entry.name
      guard let fingerprint = FileSystem.fingerprint(path),
        now - fingerprint.modified > abandonedAfter * 1_000_000_000
      else { continue }
      unlink(path)
    }
  }

  /// Drops the file: nothing is worth keeping.
  func discard() {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    unlink(temporary)
    Termination.unregister(token)
  }
}
