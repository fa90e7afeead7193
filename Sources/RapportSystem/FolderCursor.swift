import Glibc

/// Examines many files under one root, keeping the last file's folder open, so the kernel looks
/// up only each file's own name rather than its whole path.
///
/// Files taken folder by folder (as a sorted list gives them) cost one lookup each; the answers
/// are those of `FileSystem.fingerprint(root + "/" + path)`, links followed.
public struct FolderCursor: ~Copyable {
  private let root: String
  /// The bytes of the folder open now, relative to `root` (empty for the root itself); nil when
  /// none is.
  private var folder: [UInt8]?
  private var descriptor: Int32 = -1
  /// Whether the folder open now is known to be missing (so nothing in it exists).
  private var isMissing = false

  /// A cursor over the files under `root`.
  public init(root: String) {
    self.root = root
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// The fingerprint of the file at `path` (relative to the root), or nil when it cannot be
  /// examined.
  public mutating func fingerprint(_ path: String) -> FileFingerprint? {
    let (slash, isOpen) = Self.split(path, against: folder)
    if !isOpen {
      if descriptor >= 0 { close(descriptor) }
      let parent = path.utf8.prefix(max(slash, 0))
      descriptor = open(
        parent.isEmpty ? root : root + "/" + String(Substring(parent)),
        O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      // A folder that is not there holds nothing: its files need no `stat` each (a first report
      // asks about every page of a set whose folders do not exist yet).
      isMissing = descriptor < 0 && (errno == ENOENT || errno == ENOTDIR)
      folder = Array(parent)
    }
    if isMissing { return nil }
    var info = stat()
    let offset = slash + 1
    guard descriptor >= 0, offset < path.utf8.count else {
      // No folder open (it cannot be opened by itself) or no name: look up the whole path.
      return stat(root + "/" + path, &info) == 0 ? FileFingerprint(info) : nil
    }
    // The name is the end of the path's own C string: no copy.
    let found = path.withCString { fstatat(descriptor, $0 + offset, &info, 0) }
    return found == 0 ? FileFingerprint(info) : nil
  }

  /// Where `path`'s last `/` is (-1 for none), and whether the folder before it is `folder`.
  /// Read as bytes: tens of thousands of paths a run are split this way. Folder names are
  /// compared as bytes: two that differ only in Unicode normalisation are two folders on Linux.
  private static func split(_ path: String, against folder: [UInt8]?) -> (Int, Bool) {
    var path = path
    return path.withUTF8 { bytes in
      var slash = bytes.count - 1
      while slash >= 0, bytes[slash] != UInt8(ascii: "/") { slash -= 1 }
      guard let folder, folder.count == max(slash, 0) else { return (slash, false) }
      return (
        slash,
        folder.withUnsafeBufferPointer { open in
          open.isEmpty || memcmp(open.baseAddress!, bytes.baseAddress!, open.count) == 0
        }
      )
    }
  }
}
