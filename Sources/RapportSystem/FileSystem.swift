import Glibc

/// Thin POSIX file access (Linux): listing folders, stat fingerprints and whole-file reads without
/// Foundation overhead.
public enum FileSystem {
  /// An entry of a folder listing.
  public struct Entry: Sendable {
    public let name: String
    public let isDirectory: Bool
    public let isFile: Bool
  }

  /// The entries of a folder (following symbolic links to see what they point at), or nil if unreadable.
  public static func list(_ path: String) -> [Entry]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var entries: [Entry] = []
    while let pointer = readdir(directory) {
      let name = withUnsafeBytes(of: pointer.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      var type = pointer.pointee.d_type
      if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
        var info = stat()
        type =
          stat(path + "/" + name, &info) == 0
          ? ((info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)) : UInt8(DT_UNKNOWN)
      }
      entries.append(
        Entry(name: name, isDirectory: type == UInt8(DT_DIR), isFile: type == UInt8(DT_REG)))
    }
    return entries.sorted { $0.name < $1.name }
  }

  /// The fingerprint of a file, or nil when it cannot be examined.
  public static func fingerprint(_ path: String) -> FileFingerprint? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileFingerprint(info)
  }

  /// Whether something exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` is a folder.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Reads a whole file into `buffer` (reused between calls); returns its fingerprint.
  ///
  /// Files over `maxBytes` are not read: the buffer is left empty and the fingerprint gives the size.
  public static func read(
    _ path: String, into buffer: inout [UInt8], maxBytes: Int
  ) -> Result<FileFingerprint, FileError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(FileError(path: path, code: errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(FileError(path: path, code: errno)) }
    let fingerprint = FileFingerprint(info)
    guard fingerprint.size <= maxBytes else {
      buffer.removeAll(keepingCapacity: true)
      return .success(fingerprint)
    }
    // Read straight into the buffer; one spare byte notices a file that grew since fstat.
    let capacity = fingerprint.size + 1
    if buffer.count < capacity {
      buffer.append(contentsOf: repeatElement(0, count: capacity - buffer.count))
    }
    var total = 0
    while total < capacity {
      let count = buffer.withUnsafeMutableBytes {
        Glibc.read(descriptor, $0.baseAddress! + total, capacity - total)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(FileError(path: path, code: errno))
      }
      if count == 0 { break }
      total += count
    }
    buffer.removeSubrange(total...)
    return .success(fingerprint)
  }
}

/// A reason a file could not be read.
public struct FileError: Error, Sendable {
  public let path: String
  /// The POSIX `errno`.
  public let code: Int32

  /// The system's description of the error, such as "Permission denied".
  public var reason: String { String(cString: strerror(code)) }
}

/// What identifies one version of a file without reading it: size, times and inode.
public struct FileFingerprint: Sendable, Hashable {
  /// Bytes.
  public var size: Int
  /// Modification time, nanoseconds since 1970.
  public var modified: Int64
  /// Status-change time, nanoseconds since 1970; any write moves it and tools cannot set it back.
  public var changed: Int64
  public var inode: UInt64

  public init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
  }

  init(_ info: stat) {
    size = Int(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    inode = UInt64(info.st_ino)
  }
}
