import Glibc

/// Examines many files under one root, keeping the last file's folder open, so the kernel looks
/// up only each file's own name rather than its whole path.
///
/// Files taken folder by folder (as a sorted list gives them) cost one lookup each; the answers
/// are those of `FileSystem.fingerprint(root + "/" + path)`, links followed.
public struct FolderCursor: ~Copyable {
  private let root: String
  /// The folder open now, relative to `root` ("" for the root itself); nil when none is.
  private var folder: Substring?
  private var descriptor: Int32 = -1

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
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    let parent = slash.map { path[..<$0] } ?? ""
    // Compared as bytes: two folder names that differ only in Unicode normalisation are two
    // folders on Linux.
    if folder.map({ !parent.utf8.elementsEqual($0.utf8) }) ?? true {
      if descriptor >= 0 { close(descriptor) }
      descriptor = open(
        parent.isEmpty ? root : root + "/" + parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      folder = parent
    }
    var info = stat()
    // The name is the end of the path's own C string: no copy.
    let offset = slash.map { path.utf8.distance(from: path.utf8.startIndex, to: $0) + 1 } ?? 0
    guard descriptor >= 0, offset < path.utf8.count else {
      // No folder open (it cannot be opened by itself) or no name: look up the whole path.
      return stat(root + "/" + path, &info) == 0 ? FileFingerprint(info) : nil
    }
    let found = path.withCString { fstatat(descriptor, $0 + offset, &info, 0) }
    return found == 0 ? FileFingerprint(info) : nil
  }
}
