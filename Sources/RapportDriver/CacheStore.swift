import Foundation
import RapportNotebook
import RapportSystem

/// Where the incremental cache lives: outside the notebook, so it can never be committed by accident.
///
/// `$RAPPORT_CACHE_DIR`, else `$XDG_CACHE_HOME/rapport`, else `~/.cache/rapport`; one file per
/// notebook, named after a hash of the notebook's absolute path.
struct CacheStore {
  let file: String?

  init(notebook: String, environment: [String: String]) {
    let folder: String?
    if let explicit = environment["RAPPORT_CACHE_DIR"], !explicit.isEmpty {
      folder = explicit
    } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      folder = xdg + "/rapport"
    } else if let home = environment["HOME"], !home.isEmpty {
      folder = home + "/.cache/rapport"
    } else {
      folder = nil
    }
    let name = String(ContentHash.of(Paths.resolved(notebook)), radix: 16)
    file = folder.map { $0 + "/notes-" + name + ".bin" }
  }

  /// The cache for this build and these limits, or nil when absent, stale or damaged.
  func load(key: String) -> NoteCache? {
    guard let file else { return nil }
    var bytes: [UInt8] = []
    guard case .success = FileSystem.read(file, into: &bytes, maxBytes: Int.max - 1) else {
      return nil
    }
    return NoteCache.decode(bytes, key: key)
  }

  /// Writes the cache to a temporary file, then renames it over the old one; failures only cost
  /// speed next time.
  func save(_ cache: NoteCache, key: String, startedAt: Int64) {
    guard let file else { return }
    let folder = (file as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let (head, records) = cache.encoded(key: key, writtenAt: startedAt)
    let temporary = file + ".\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    var ok = true
    var buffer: [UInt8] = head
    buffer.reserveCapacity(1 << 20)
    func flush() {
      guard ok, !buffer.isEmpty else { return }
      ok = buffer.withUnsafeBufferPointer { Self.writeAll(descriptor, $0) }
      buffer.removeAll(keepingCapacity: true)
    }
    for record in records {
      buffer.append(contentsOf: record)
      if buffer.count >= 1 << 20 { flush() }
    }
    flush()
    close(descriptor)
    if !ok || rename(temporary, file) != 0 { unlink(temporary) }
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
}
