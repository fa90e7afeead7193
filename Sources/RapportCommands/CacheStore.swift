import Foundation
import RapportNotebook

/// Where the incremental cache lives: outside the notebook, so it can never be committed by accident.
///
/// `$RAPPORT_CACHE_DIR`, else `$XDG_CACHE_HOME/rapport`, else `~/.cache/rapport`; one file per
/// notebook, named after a hash of the notebook's absolute path.
struct CacheStore {
  let file: String?

  init(notebook: String) {
    let environment = ProcessInfo.processInfo.environment
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
    let absolute = URL(fileURLWithPath: notebook).standardizedFileURL.resolvingSymlinksInPath().path
    let name = String(ContentHash.of(absolute), radix: 16)
    file = folder.map { $0 + "/notes-" + name + ".bin" }
  }

  /// The cache for this build and these limits, or nil when absent, stale or damaged.
  func load(key: String) -> NoteCache? {
    guard let file, let data = FileManager.default.contents(atPath: file) else { return nil }
    return data.withUnsafeBytes { NoteCache.decode($0, key: key) }
  }

  /// Writes the cache atomically (temporary file, then rename); failures only cost speed next time.
  func save(_ cache: NoteCache, key: String, startedAt: Int64) {
    guard let file else { return }
    let folder = (file as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let bytes = cache.encoded(key: key, writtenAt: startedAt)
    let temporary = file + ".\(getpid()).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
    if rename(temporary, file) != 0 { unlink(temporary) }
  }
}

/// Nanoseconds since 1970 by the system clock (the clock file times use).
func wallClockNanoseconds() -> Int64 {
  var now = timespec()
  clock_gettime(CLOCK_REALTIME, &now)
  return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}
