import Glibc

/// Thin POSIX file access (Linux): listing folders, stat fingerprints and whole-file reads without
/// Foundation overhead.
public enum FileSystem {
  /// An entry of a folder listing.
  public struct Entry: Sendable {
    public let name: String
    /// Whether it is a folder, or a link to one.
    public let isDirectory: Bool
    /// Whether it is a regular file, or a link to one.
    public let isFile: Bool
    /// Whether the entry itself is a symbolic link (`isDirectory` and `isFile` describe its target;
    /// both are false for a link to nowhere).
    public let isLink: Bool
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
      var info = stat()
      // Some file systems do not give the type in the listing.
      if type == UInt8(DT_UNKNOWN), lstat(path + "/" + name, &info) == 0 {
        type = kind(info.st_mode)
      }
      let isLink = type == UInt8(DT_LNK)
      if isLink {
        type = stat(path + "/" + name, &info) == 0 ? kind(info.st_mode) : UInt8(DT_UNKNOWN)
      }
      entries.append(
        Entry(
          name: name, isDirectory: type == UInt8(DT_DIR), isFile: type == UInt8(DT_REG),
          isLink: isLink))
    }
    return entries.sorted { $0.name < $1.name }
  }

  /// The listing type (`DT_DIR`, `DT_REG`, `DT_LNK` or `DT_UNKNOWN`) of a stat mode.
  private static func kind(_ mode: mode_t) -> UInt8 {
    switch mode & S_IFMT {
    case S_IFDIR: return UInt8(DT_DIR)
    case S_IFREG: return UInt8(DT_REG)
    case S_IFLNK: return UInt8(DT_LNK)
    default: return UInt8(DT_UNKNOWN)
    }
  }

  /// The device and inode of what `path` names (links followed), or nil when it cannot be examined.
  public static func identity(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Where the symbolic link at `path` points, as written in it; nil when it is not a link.
  public static func linkText(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
    // Not blocking: opening a FIFO put where a file was expected would wait for a writer forever.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .failure(FileError(path: path, code: errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(FileError(path: path, code: errno)) }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      return .failure(FileError(path: path, code: FileError.notRegularFile))
    }
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
      // A regular file that gave exactly the size fstat saw, short of the spare byte, is at its
      // end: asking again only to be told so is a system call per note.
      if total == fingerprint.size { break }
    }
    buffer.removeSubrange(total...)
    return .success(fingerprint)
  }
}

extension FileSystem {
  /// Writes `bytes` to `path` with plain POSIX calls (no forced flush to disk, which is slow for
  /// many files); with `exclusive`, fails (EEXIST) rather than replace a file.
  public static func write(
    _ path: String, _ bytes: UnsafeBufferPointer<UInt8>, exclusive: Bool = false
  ) throws(FileError) {
    if let failure = writeAll(path, bytes, exclusive: exclusive) { throw failure }
  }

  /// Writes a string's UTF-8 bytes to `path` (see `write(_:_:exclusive:)`).
  public static func write(_ path: String, text: String, exclusive: Bool = false) throws(FileError)
  {
    var copy = text
    if let failure = copy.withUTF8({ writeAll(path, $0, exclusive: exclusive) }) { throw failure }
  }

  /// Writes `bytes` to `path` and returns the file's fingerprint as written, from the open file: a
  /// page's manifest entry needs it, and a second lookup by path costs a walk of the path.
  public static func writeRecording(
    _ path: String, _ bytes: UnsafeBufferPointer<UInt8>
  ) throws(FileError) -> FileFingerprint {
    var info = stat()
    if let failure = writeAll(path, bytes, exclusive: false, status: &info) { throw failure }
    return FileFingerprint(info)
  }

  private static func writeAll(
    _ path: String, _ bytes: UnsafeBufferPointer<UInt8>, exclusive: Bool
  ) -> FileError? {
    writeAll(path, bytes, exclusive: exclusive, status: nil)
  }

  /// Writes, and fills `status` from the open file afterwards when one is given.
  private static func writeAll(
    _ path: String, _ bytes: UnsafeBufferPointer<UInt8>, exclusive: Bool,
    status: UnsafeMutablePointer<stat>?
  ) -> FileError? {
    let mode = exclusive ? O_EXCL : O_TRUNC
    let descriptor = open(path, O_WRONLY | O_CREAT | mode | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return FileError(path: path, code: errno) }
    defer { close(descriptor) }
    if let code = writeAll(descriptor, UnsafeRawBufferPointer(bytes)) {
      return FileError(path: path, code: code)
    }
    if let status, fstat(descriptor, status) != 0 { return FileError(path: path, code: errno) }
    return nil
  }

  /// Writes all of `bytes` to an open file, retrying short and interrupted writes; the `errno` of
  /// a failure, else nil.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}

extension FileSystem {
  /// Makes a folder and any missing folders above it (mode 0755, less the umask).
  public static func makeFolders(_ path: String) throws(FileError) {
    if isDirectory(path) { return }
    let parent = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
      .joined(separator: "/")
    if !parent.isEmpty || path.hasPrefix("/") {
      try makeFolders((path.hasPrefix("/") ? "/" : "") + parent)
    }
    if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileError(path: path, code: errno) }
  }
}

/// A reason a file could not be read or written.
public struct FileError: Error, Sendable, CustomStringConvertible {
  public let path: String
  /// The POSIX `errno`.
  public let code: Int32

  public init(path: String, code: Int32) {
    self.path = path
    self.code = code
  }

  /// "cannot write PATH: REASON", for messages.
  public var description: String { "cannot write \(path): \(reason)" }

  /// The system's description of the error, such as "Permission denied".
  public var reason: String {
    code == Self.notRegularFile ? "not a regular file" : String(cString: strerror(code))
  }

  /// The code of a path that is a FIFO, device or socket where a file is read (no `errno`).
  public static let notRegularFile: Int32 = -1
}

/// What identifies a file or folder on this machine, whatever the path it is reached by.
public struct FileIdentity: Sendable, Hashable {
  public let device: UInt64
  public let inode: UInt64
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
