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

  /// The cache's index only (no record can be decoded from it): enough to tell whether any file
  /// changed, read without the records that make up most of the file.
  func loadIndex(key: String) -> NoteCache? {
    guard let file else { return nil }
    return FileSystem.withRanges(file) { size, read in
      guard let start = read(0, NoteCache.magic.count), start == NoteCache.magic,
        let trailer = read(size - NoteCache.trailerSize, NoteCache.trailerSize),
        let indexStart = NoteCache.indexStart(trailer: trailer, size: size),
        let tail = read(indexStart, size - indexStart)
      else { return nil }
      return NoteCache.decodeIndex(tail: tail, indexStart: indexStart, key: key)
    }
  }

  /// A new cache file to write records into as notes are read (nil without a cache folder).
  func spool() -> CacheSpool? { file.flatMap { CacheSpool(file: $0) } }
}
