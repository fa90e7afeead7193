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
    // Private to its owner, like the files in it.
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    Self.removeAbandoned(of: file, in: folder)
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

  /// Removes temporary files of `file` left by runs that were killed outright (their process is
  /// gone), so they do not pile up in the cache folder.
  static func removeAbandoned(of file: String, in folder: String) {
    let prefix = (file as NSString).lastPathComponent + "."
    for entry in FileSystem.list(folder) ?? []
    where entry.name.hasPrefix(prefix) && entry.name.hasSuffix(".tmp") {
      let middle = entry.name.dropFirst(prefix.count).dropLast(4)
      guard let pid = middle.split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0,
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      unlink(folder + "/" + entry.name)
    }
  }

  /// Drops the file: nothing is worth keeping.
  func discard() {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    unlink(temporary)
    Termination.unregister(token)
  }
}
