import Foundation
import RapportNotebook
import RapportSystem

/// Where the incremental cache lives: outside the notebook, so it can never be committed by accident.
///
/// `$RAPPORT_CACHE_DIR`, else `$XDG_CACHE_HOME/rapport`, else `~/.cache/rapport`; one file per
/// notebook, named after a hash of the notebook's absolute path.
struct CacheStore {
  let file: String?
  /// The file of each account's slimmed report from the last `report` (see `AccountRecords`).
  let accountsFile: String?

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
    accountsFile = folder.map { $0 + "/accounts-" + name + ".bin" }
  }

  /// The cache for this build and these limits, or nil when absent, stale or damaged.
  ///
  /// A file up to `readWholeBytes` is read in one go (faster than a read per record); a larger
  /// one keeps its records in the file, read as they are used, so a large notebook's run never
  /// holds a copy of it. The file stays open (and, once replaced by a newer cache, still reads as
  /// it was) while the cache is kept.
  func load(key: String, readWholeBytes: Int = 64 << 20) -> NoteCache? {
    guard let file, let opened = ReadableFile(file) else { return nil }
    guard opened.size > readWholeBytes else {
      return opened.read(offset: 0, count: opened.size).flatMap { NoteCache.decode($0, key: key) }
    }
    return NoteCache.decode(file: opened, key: key)
  }

  /// A new cache file to write records into as notes are read (nil without a cache folder),
  /// carrying the records still in use from `old`, the file of an earlier cache (see
  /// `CacheSpool`).
  func spool(carrying old: ReadableFile? = nil) -> CacheSpool? {
    file.flatMap { CacheSpool(file: $0, carrying: old) }
  }
}
