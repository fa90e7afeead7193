import Foundation
import RapportSystem
import Synchronization

/// A cache file being written beside the one it replaces: a temporary file, readable by its owner
/// only, appended to by several threads and renamed into place by `finish`, or removed by
/// `discard` (and if the run is ended by a signal).
final class ReplacingFile: Sendable {
  private let output: AppendingFile
  /// The file this one replaces when finished.
  let file: String
  private let temporary: String
  private let token: Int
  private let done = Atomic<Bool>(false)
  /// Seconds without a write after which another run's temporary file counts as abandoned: a
  /// live run writes to its file all through its work.
  static let abandonedAfter: Int64 = 3600

  /// A file to replace `file`, starting with `header`; nil when it cannot be created.
  init?(replacing file: String, header: [UInt8]) {
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
    header.withUnsafeBytes { _ = output.append($0) }
  }

  deinit { discard() }

  /// Bytes appended so far, the header included.
  var length: Int { output.length }

  /// Appends `bytes`; returns the offset they start at in the file.
  @discardableResult
  func append(_ bytes: UnsafeRawBufferPointer) -> Int { output.append(bytes) }

  /// Appends `count` bytes of `file` from `offset`, copied file to file; returns the offset they
  /// start at, or nil (appending nothing) when they cannot all be copied.
  func append(copying file: ReadableFile, offset: Int, count: Int) -> Int? {
    output.append(copying: file, offset: offset, count: count)
  }

  /// Appends `tail` and puts the file in place; if anything fails, the old file stays.
  func finish(tail: [UInt8]) {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    defer { Termination.unregister(token) }
    tail.withUnsafeBytes { _ = output.append($0) }
    if !output.finish() || rename(temporary, file) != 0 { unlink(temporary) }
  }

  /// Drops the file: nothing is worth keeping.
  func discard() {
    guard !done.exchange(true, ordering: .relaxed) else { return }
    unlink(temporary)
    Termination.unregister(token)
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
}
